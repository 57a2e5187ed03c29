// Signing in and out. Runs in the service worker: a popup closes when the web-auth
// window takes the focus, and would lose the answer.

import { readHandOff, signInUrl } from "./handoff.js";
import { revokeToken } from "./api.js";
import { forgetSignIn, readConfig, saveSignIn } from "./store.js";

export async function signIn() {
  const { serverUrl } = await readConfig();
  const redirect = await chrome.identity.launchWebAuthFlow({
    url: signInUrl(serverUrl, chrome.runtime.id),
    interactive: true,
  });
  const handed = readHandOff(redirect);
  if (handed.error) throw new Error(handed.description);
  await saveSignIn(handed.token, handed.email);
  return { email: handed.email };
}

/** Revoke the token at the server (when it answers) and forget it here either way. */
export async function signOut() {
  try {
    await revokeToken();
  } catch {
    // Offline or already revoked: the token is forgotten below all the same.
  }
  await forgetSignIn();
}
