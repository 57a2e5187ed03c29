import assert from "node:assert/strict";
import { test } from "node:test";

import { initialState, next, progressWords, syncActivity } from "../lib/state.js";

const list = (...actions) => ({
  now: "2026-03-16T15:00:00+00:00",
  timezone: "UTC",
  groups: [{ key: "act_now", threads: actions.map((action, id) => ({ id, action })) }],
});
const idle = syncActivity({ accounts: [{ status: "idle", job: null, progress: { done: 0, total: 0 } }] });
const running = syncActivity({ accounts: [{ status: "running", job: "started", progress: { done: 30, total: 120 } }] });

test("without a token the popup asks to sign in", () => {
  assert.equal(next(initialState, { type: "noToken" }).view, "signedOut");
});

test("a list with threads is shown; without any it is the empty view", () => {
  assert.equal(next(initialState, { type: "loaded", list: list("reply"), sync: idle }).view, "list");
  assert.equal(next(initialState, { type: "loaded", list: list(), sync: idle }).view, "empty");
});

test("an empty list while a sync runs shows the sync's progress", () => {
  const state = next(initialState, { type: "loaded", list: list(), sync: running });
  assert.equal(state.view, "syncing");
  assert.equal(progressWords(state.activity), "Syncing: 30 of 120 read (25%)");
});

test("the progress names the phase and the time left at the quota", () => {
  const activity = syncActivity({
    accounts: [
      {
        status: "running",
        job: "started",
        phase_text: "recent mail",
        progress: { done: 20, total: 80, seconds_left: 150 },
      },
    ],
  });
  assert.equal(progressWords(activity), "Syncing recent mail: 20 of 80 read (25%), about 3 min left");
  const window = syncActivity({
    accounts: [
      {
        status: "running",
        job: "started",
        phase_text: "the last 12 months",
        progress: { done: 790, total: 800, seconds_left: 12 },
      },
    ],
  });
  assert.equal(progressWords(window), "Syncing the last 12 months: 790 of 800 read (98%), under a minute left");
});

test("a server out of reach shows the stored list, marked stale", () => {
  const stored = { list: list("reply"), summary: null, savedAt: "2026-03-16T14:00:00+00:00" };
  const state = next({ view: "loading" }, { type: "unreachable", stored, message: "Cannot reach" });
  assert.equal(state.view, "offline");
  assert.equal(state.savedAt, stored.savedAt);
});

test("a server out of reach with nothing stored is an error with a retry", () => {
  const state = next({ view: "loading" }, { type: "unreachable", stored: null, message: "Cannot reach" });
  assert.deepEqual(state, { view: "error", message: "Cannot reach", retry: true });
});

test("a refused token signs the popup out, saying why", () => {
  const state = next({ view: "list" }, { type: "unauthorized" });
  assert.equal(state.view, "signedOut");
  assert.match(state.message, /Sign in again/);
});

test("a refresh keeps the list on screen", () => {
  const shown = next(initialState, { type: "loaded", list: list("reply"), sync: idle });
  const refreshing = next(shown, { type: "load" });
  assert.equal(refreshing.view, "list");
  assert.equal(refreshing.refreshing, true);
});

test("a sync asked for from the empty view shows progress", () => {
  const empty = next(initialState, { type: "loaded", list: list(), sync: idle });
  assert.equal(next(empty, { type: "syncStarted", activity: idle }).view, "syncing");
});

test("a revoked Google grant is the sync's problem, in the server's words", () => {
  const activity = syncActivity({
    accounts: [{ status: "idle", needs_reauth: true, reauth_reason: "sign in again to resume syncing" }],
  });
  assert.equal(activity.problem, "sign in again to resume syncing");
});
