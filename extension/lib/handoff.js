// The server's sign-in hand-off: `https://<id>.chromiumapp.org/#token=...&email=...`, or
// `#error=...&error_description=...` (server/signin.py). Pure.

/** {token, email} from the redirect URL, or {error, description}. */
export function readHandOff(redirectUrl) {
  const fragment = new URL(redirectUrl).hash.replace(/^#/, "");
  const params = new URLSearchParams(fragment);
  if (params.get("error")) {
    return {
      error: params.get("error"),
      description: params.get("error_description") || "Sign-in was not completed",
    };
  }
  const token = params.get("token");
  if (!token) return { error: "no_token", description: "The server sent no token" };
  return { token, email: params.get("email") || "" };
}

/** The URL the web-auth window opens: the server's start of Google sign-in. */
export function signInUrl(serverUrl, extensionId) {
  const base = serverUrl.replace(/\/+$/, ""); // keeps a path prefix, unlike new URL(path, base)
  return `${base}/auth/google/start?extension_id=${encodeURIComponent(extensionId)}`;
}
