// The popup's states and how events move between them. Pure: the popup feeds it what
// the API and chrome.storage said, and renders whatever view comes out.
//
//   signedOut  no token                      -> a sign-in button
//   loading    asking the server             -> a spinner
//   syncing    a sync runs and nothing yet   -> its progress
//   empty      no interview thread           -> the "no threads" sentence, a sync button
//   list       the grouped threads           -> the list (with progress if a sync runs)
//   error      the server answered an error  -> its message, a retry button
//   offline    the server cannot be reached  -> the stored list, marked stale

import { allThreads } from "./advice.js";

export const initialState = Object.freeze({ view: "loading" });

const ACTIVE_STATUSES = new Set(["queued", "running"]);
const ACTIVE_JOBS = new Set(["queued", "started", "scheduled", "deferred"]);

/**
 * What `GET /api/sync` says, summed over the user's mailboxes: whether a sync is under
 * way, its progress, and why one cannot run (a revoked Google grant).
 */
export function syncActivity(status) {
  const accounts = (status && status.accounts) || [];
  const active = accounts.filter(
    (account) => ACTIVE_STATUSES.has(account.status) || ACTIVE_JOBS.has(account.job),
  );
  const reauth = accounts.find((account) => account.needs_reauth);
  const failed = accounts.find((account) => account.status === "failed" && account.last_error);
  return {
    active: active.length > 0,
    done: active.reduce((sum, account) => sum + ((account.progress && account.progress.done) || 0), 0),
    total: active.reduce((sum, account) => sum + ((account.progress && account.progress.total) || 0), 0),
    // The first running mailbox's phase ("recent mail"); the longest time left of them all.
    phase: (active.find((account) => account.phase_text) || {}).phase_text || null,
    secondsLeft: active.reduce((most, account) => {
      const left = account.progress && account.progress.seconds_left;
      return typeof left === "number" && (most === null || left > most) ? left : most;
    }, null),
    problem: reauth
      ? reauth.reauth_reason || "Sign in again to resume syncing"
      : failed
        ? `The last sync failed: ${failed.last_error}`
        : null,
  };
}

/**
 * "Syncing recent mail: 120 of 300 read (40%), about 2 min left" (or without figures
 * before they are known).
 */
export function progressWords(activity) {
  const what = activity && activity.phase ? `Syncing ${activity.phase}` : "Syncing";
  if (!activity || !activity.total) return activity && activity.phase ? `${what}…` : "Syncing your mail…";
  const percent = Math.floor((100 * activity.done) / activity.total);
  return `${what}: ${activity.done} of ${activity.total} read (${percent}%)${timeLeftWords(activity.secondsLeft)}`;
}

/** ", about 3 min left" from the worker's estimate at the Gmail quota; nothing without one. */
function timeLeftWords(seconds) {
  if (typeof seconds !== "number" || seconds <= 0) return "";
  if (seconds < 60) return ", under a minute left";
  return `, about ${Math.round(seconds / 60)} min left`;
}

/** The next state after `event`. */
export function next(state, event) {
  switch (event.type) {
    case "noToken":
      return { view: "signedOut", message: event.message || null };
    case "unauthorized":
      return {
        view: "signedOut",
        message: "Your sign-in is no longer valid. Sign in again.",
      };
    case "load":
      // Keep what is shown while a refresh runs, except from views that have nothing.
      if (state.view === "list" || state.view === "offline") return { ...state, refreshing: true };
      return { view: "loading" };
    case "loaded": {
      const activity = event.sync || syncActivity(null);
      const count = allThreads(event.list.groups).length;
      if (count === 0 && activity.active) return { view: "syncing", activity, list: event.list };
      if (count === 0) return { view: "empty", activity, list: event.list };
      return { view: "list", activity, list: event.list, summary: event.summary || null };
    }
    case "syncStarted":
      if (state.view === "list") return { ...state, activity: { ...event.activity, active: true } };
      return { view: "syncing", activity: { ...event.activity, active: true }, list: state.list };
    case "unreachable":
      if (event.stored && event.stored.list) {
        return {
          view: "offline",
          list: event.stored.list,
          summary: event.stored.summary || null,
          savedAt: event.stored.savedAt,
          message: event.message,
        };
      }
      return { view: "error", message: event.message, retry: true };
    case "failed":
      return { view: "error", message: event.message, retry: true };
    default:
      throw new Error(`unknown event ${event.type}`);
  }
}
