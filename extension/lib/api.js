// Calls to the Afterview API (server/README.md) with the stored bearer token. The
// server allows this extension's origin by CORS, so no host permission is needed.

import { forgetSignIn, readConfig } from "./store.js";

/** The server answered with an error body: {"error": {"code", "message"}}. */
export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** The server could not be reached (offline, stopped, or refusing this origin). */
export class Unreachable extends Error {}

/** No token is stored, or the server no longer accepts it (forgotten here then). */
export class SignedOut extends Error {}

export async function call(method, path, body) {
  const { serverUrl, token } = await readConfig();
  if (!token) throw new SignedOut("not signed in");
  const headers = { Authorization: `Bearer ${token}` };
  const options = { method, headers, cache: "no-store" };
  if (method !== "GET") {
    headers["Content-Type"] = "application/json";
    options.body = JSON.stringify(body || {});
  }
  let response;
  try {
    response = await fetch(serverUrl + path, options);
  } catch {
    throw new Unreachable(`Cannot reach the Afterview server at ${serverUrl}`);
  }
  if (response.status === 401) {
    await forgetSignIn();
    throw new SignedOut("the server no longer accepts this sign-in");
  }
  const answer = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (answer && answer.error) || {};
    throw new ApiError(
      response.status,
      error.code || "http_error",
      error.message || `The server answered ${response.status}`,
    );
  }
  return answer;
}

export const getThreads = () => call("GET", "/api/threads");
export const getSummary = () => call("GET", "/api/summary");
export const getSyncStatus = () => call("GET", "/api/sync");
export const startSync = () => call("POST", "/api/sync", {});
export const getSettings = () => call("GET", "/api/settings");
export const putSettings = (changes) => call("PUT", "/api/settings", changes);
export const deleteAccount = () => call("DELETE", "/api/account", {});
export const revokeToken = () => call("DELETE", "/api/token", {});

export const dismiss = (id) => call("POST", `/api/threads/${id}/dismiss`, {});
export const snooze = (id, until) => call("POST", `/api/threads/${id}/snooze`, { until });
export const notInterview = (id) => call("POST", `/api/threads/${id}/not-interview`, {});
export const createDraft = (id) => call("POST", `/api/threads/${id}/draft`, {});
