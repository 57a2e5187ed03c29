// The options page: the server's URL, sign-in, the advice policy and its windows, the
// weekly summary, and deleting the account.

import * as api from "./lib/api.js";
import { readConfig, saveServerUrl } from "./lib/store.js";

// The policy's adjustable waits (server/schemas.py WINDOWS), in words and units.
const WINDOW_WORDS = {
  thank_you_due: ["Thank-you due within", "hours"],
  thank_you_lapses: ["Thank-you no longer useful after", "hours"],
  decision_grace_business_days: ["Grace after a stated decision date", "business days"],
  default_wait_business_days: ["Wait when no timeline was given", "business days"],
  after_follow_up_business_days: ["Wait after the follow-up", "business days"],
  give_up_days: ["Move on after silence of", "days"],
  applied_give_up_days: ["Move on from an unanswered application after", "days"],
};

const $ = (id) => document.getElementById(id);
let loadedWindows = {};

function say(words) {
  $("status").textContent = words;
  $("status").hidden = !words;
}

function renderWindows(windows) {
  loadedWindows = windows;
  const rows = [];
  for (const [name, value] of Object.entries(windows)) {
    const [words, unit] = WINDOW_WORDS[name] || [name, ""];
    const label = document.createElement("label");
    label.htmlFor = `window-${name}`;
    label.textContent = `${words} (${unit})`;
    const input = document.createElement("input");
    input.type = "number";
    input.id = `window-${name}`;
    input.name = name;
    input.min = "0";
    input.step = unit === "hours" ? "any" : "1";
    input.value = String(value);
    rows.push(label, input);
  }
  $("windows").replaceChildren(...rows);
}

async function showAccount() {
  const { serverUrl, token, email } = await readConfig();
  $("server-url").value = serverUrl;
  $("account-words").textContent = token ? `Signed in as ${email}.` : "Not signed in.";
  $("sign-in").hidden = Boolean(token);
  $("sign-out").hidden = !token;
  $("settings-form").hidden = !token;
  $("danger").hidden = !token;
  if (!token) return;
  try {
    const settings = await api.getSettings();
    for (const radio of document.querySelectorAll('input[name="policy"]')) {
      radio.checked = radio.value === settings.policy;
    }
    renderWindows(settings.windows);
    $("weekly-enabled").checked = settings.weekly_summary.enabled;
    $("weekly-day").value = settings.weekly_summary.day;
  } catch (error) {
    say(`Could not read your settings: ${error.message}`);
    if (error instanceof api.SignedOut) showAccount();
  }
}

$("server-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  await saveServerUrl($("server-url").value.trim());
  say("Server saved. Sign in again if you changed servers.");
});

$("sign-in").addEventListener("click", async () => {
  say("Signing in…");
  const answer = await chrome.runtime.sendMessage({ type: "signIn" });
  say(answer && answer.error ? `Sign-in failed: ${answer.error}` : "Signed in.");
  await showAccount();
});

$("sign-out").addEventListener("click", async () => {
  await chrome.runtime.sendMessage({ type: "signOut" });
  say("Signed out.");
  await showAccount();
});

$("settings-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const windows = {};
  for (const input of $("windows").querySelectorAll("input")) {
    const value = Number(input.value);
    if (input.value !== "" && value !== loadedWindows[input.name]) windows[input.name] = value;
  }
  const policy = document.querySelector('input[name="policy"]:checked');
  const changes = {
    weekly_summary: { enabled: $("weekly-enabled").checked, day: $("weekly-day").value },
  };
  if (policy) changes.policy = policy.value;
  if (Object.keys(windows).length) changes.windows = windows;
  try {
    const saved = await api.putSettings(changes);
    renderWindows(saved.windows);
    await chrome.runtime.sendMessage({ type: "refresh" });
    say(`Settings saved: ${saved.policy} policy.`);
  } catch (error) {
    say(`Not saved: ${error.message}`);
  }
});

$("delete").addEventListener("click", () => $("confirm-delete").showModal());
$("confirm-delete").addEventListener("close", async () => {
  if ($("confirm-delete").returnValue !== "delete") return;
  try {
    const answer = await api.deleteAccount();
    await chrome.runtime.sendMessage({ type: "signOut" });
    say(`Deleted the account of ${answer.email}.`);
  } catch (error) {
    say(`Not deleted: ${error.message}`);
  }
  await showAccount();
});

showAccount();
