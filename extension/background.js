// The service worker: keeps the toolbar badge at the number of actions due now, on an
// alarm and whenever the popup or the options page changes something; runs sign-in.

import { badgeText } from "./lib/advice.js";
import { SignedOut, getSummary } from "./lib/api.js";
import { signIn, signOut } from "./lib/account.js";

const ALARM = "refresh-summary";
const EVERY_MINUTES = 5;

// Checked before creating: a service worker restarts often, and re-creating the alarm
// each time would push its next run back every time.
async function ensureAlarm() {
  const existing = await chrome.alarms.get(ALARM);
  if (!existing) {
    await chrome.alarms.create(ALARM, { delayInMinutes: 1, periodInMinutes: EVERY_MINUTES });
  }
}

async function refreshBadge() {
  try {
    const summary = await getSummary();
    await chrome.action.setBadgeBackgroundColor({ color: "#b3261e" });
    await chrome.action.setBadgeText({ text: badgeText(summary.actions_due) });
    await chrome.action.setTitle({
      title: `Afterview: ${summary.actions_due} action(s) due now`,
    });
  } catch (error) {
    if (error instanceof SignedOut) {
      await chrome.action.setBadgeText({ text: "" });
      await chrome.action.setTitle({ title: "Afterview: signed out" });
    } else {
      // Unreachable or failing server: keep the last count, say why it may be old.
      await chrome.action.setTitle({ title: `Afterview: ${error.message}` });
    }
  }
}

chrome.runtime.onInstalled.addListener(() => ensureAlarm());
chrome.runtime.onStartup.addListener(() => ensureAlarm());
ensureAlarm();

chrome.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === ALARM) refreshBadge();
});

// A new token (sign-in, or a test putting one in) or a forgotten one: refresh at once.
chrome.storage.onChanged.addListener((changes, area) => {
  if (area === "local" && "token" in changes) refreshBadge();
});

const HANDLERS = {
  refresh: () => refreshBadge().then(() => ({ ok: true })),
  signIn: () => signIn(),
  signOut: () => signOut().then(() => ({ ok: true })),
};

chrome.runtime.onMessage.addListener((message, sender, reply) => {
  const handler = sender.id === chrome.runtime.id && HANDLERS[message && message.type];
  if (!handler) return false;
  handler().then(
    (result) => reply(result),
    (error) => reply({ error: error.message }),
  );
  return true; // the answer comes asynchronously
});
