// What the extension keeps in chrome.storage.local: the server's URL, the API token and
// the address it belongs to, and the last list fetched (shown, marked stale, offline).
// State lives here, never in a service worker's globals (they vanish when it sleeps).

export const DEFAULT_SERVER_URL = "http://127.0.0.1:8000"; // `afterview serve`'s default

export async function readConfig() {
  const stored = await chrome.storage.local.get(["serverUrl", "token", "email"]);
  return {
    serverUrl: stored.serverUrl || DEFAULT_SERVER_URL,
    token: stored.token || null,
    email: stored.email || null,
  };
}

export async function saveServerUrl(serverUrl) {
  await chrome.storage.local.set({ serverUrl: serverUrl.replace(/\/+$/, "") });
}

export async function saveSignIn(token, email) {
  await chrome.storage.local.set({ token, email });
}

export async function forgetSignIn() {
  await chrome.storage.local.remove(["token", "email", "lastList"]);
}

export async function saveLastList(list, summary, savedAt) {
  await chrome.storage.local.set({ lastList: { list, summary, savedAt } });
}

export async function readLastList() {
  return (await chrome.storage.local.get("lastList")).lastList || null;
}
