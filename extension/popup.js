// The popup: the user's interview threads grouped by what to do now. Everything that
// came from an email is written with textContent, never as HTML.

import { ADVICE_WORDS, DRAFT_ACTIONS, GMAIL_LABELS, WRITE_ACTIONS, groupForPopup } from "./lib/advice.js";
import * as api from "./lib/api.js";
import { daysAfter, momentWords, untilWords } from "./lib/dates.js";
import { initialState, next, progressWords, syncActivity } from "./lib/state.js";
import { readConfig, readLastList, saveLastList } from "./lib/store.js";

const POLL_MS = 1500; // while a sync runs
const GMAIL_PREFIX = "https://mail.google.com/";

const $ = (id) => document.getElementById(id);
let state = initialState; // the popup's own page: it lives only while the popup is open
let pollTimer = null;
let config = { serverUrl: "", token: null, email: null }; // read again at each load

function clone(id) {
  return $(id).content.firstElementChild.cloneNode(true);
}

function field(root, name) {
  return root.querySelector(`[data-field="${name}"]`);
}

function show(newState) {
  state = newState;
  render();
}

function renderHeader() {
  $("account").textContent = config.token ? config.email || "" : "Not signed in";
  $("sync").hidden = !config.token;
}

function renderCounts() {
  const summary = state.summary;
  const counts = $("counts");
  counts.hidden = !summary || !["list", "offline"].includes(state.view);
  if (!counts.hidden) {
    const week = summary.interviews_this_week;
    counts.textContent =
      `${summary.actions_due} to do now · ` +
      `${week} interview${week === 1 ? "" : "s"} this week`;
  }
}

function renderNotice() {
  const notice = $("notice");
  let words = "";
  if (state.view === "offline") {
    const { now, timezone } = state.list;
    words = `Offline: ${state.message}. Showing the list as of ${momentWords(state.savedAt, now, timezone)}; it may be out of date.`;
  } else if (state.view === "list" && state.activity && state.activity.active) {
    words = progressWords(state.activity);
  } else if (state.activity && state.activity.problem) {
    words = state.activity.problem;
  }
  if (state.done) words = state.done;
  notice.textContent = words;
  notice.hidden = !words;
}

function renderThread(thread, list, offline) {
  const row = clone("thread");
  const company = thread.company || "Unknown company";
  const link = field(row, "link");
  if (thread.gmail_url && thread.gmail_url.startsWith(GMAIL_PREFIX)) link.href = thread.gmail_url;
  link.title = "Open the thread in Gmail";
  field(row, "company").textContent = company;
  field(row, "role").textContent = thread.role || "";
  field(row, "advice").textContent = ADVICE_WORDS[thread.action] || thread.action;
  field(row, "until").textContent = untilWords(
    thread.until,
    list.now,
    list.timezone,
    thread.day_only === true,
  );
  field(row, "reason").textContent = thread.reason || "";
  const writeTo = WRITE_ACTIONS.has(thread.action) && thread.contact;
  field(row, "contact-line").hidden = !writeTo;
  if (writeTo) field(row, "contact").textContent = thread.contact;
  field(row, "label").textContent = GMAIL_LABELS[thread.action] || "";
  field(row, "label").title = "The label this thread carries in Gmail";
  field(row, "subject").textContent = thread.subject || "";
  row.dataset.threadId = String(thread.id);
  row.querySelector('[data-action="draft"]').hidden = !DRAFT_ACTIONS.has(thread.action);
  for (const button of row.querySelectorAll("button")) {
    button.setAttribute("aria-label", `${button.textContent}: ${company}`);
    button.disabled = offline;
  }
  return row;
}

function renderList(list, offline) {
  const fragment = document.createDocumentFragment();
  for (const group of groupForPopup(list.groups)) {
    const section = clone("group");
    section.dataset.group = group.key;
    field(section, "title").textContent = group.title;
    field(section, "count").textContent = `(${group.threads.length})`;
    const items = section.querySelector(".threads");
    items.setAttribute("aria-label", group.title);
    for (const thread of group.threads) items.append(renderThread(thread, list, offline));
    fragment.append(section);
  }
  return fragment;
}

function render() {
  const main = $("view");
  main.dataset.state = state.view;
  main.setAttribute("aria-busy", String(state.view === "loading" || Boolean(state.refreshing)));
  document.body.dataset.state = state.view;
  renderCounts();
  renderNotice();
  let content;
  switch (state.view) {
    case "signedOut":
      content = clone("signed-out");
      field(content, "server").textContent = config.serverUrl;
      field(content, "message").textContent = state.message || "";
      break;
    case "loading":
      content = clone("loading");
      break;
    case "syncing":
      content = clone("syncing");
      field(content, "progress-words").textContent = progressWords(state.activity);
      if (state.activity.total) {
        field(content, "progress").max = state.activity.total;
        field(content, "progress").value = state.activity.done;
      }
      break;
    case "empty":
      content = clone("empty");
      break;
    case "error":
      content = clone("error");
      field(content, "message").textContent = state.message;
      break;
    case "list":
    case "offline":
      content = renderList(state.list, state.view === "offline");
      break;
    default:
      throw new Error(`no view for ${state.view}`);
  }
  main.replaceChildren(content);
  renderHeader();
  clearTimeout(pollTimer);
  if (state.activity && state.activity.active && ["syncing", "list"].includes(state.view)) {
    pollTimer = setTimeout(load, POLL_MS);
  }
}

async function failed(error) {
  if (error instanceof api.SignedOut) {
    const hadToken = Boolean(config.token);
    config = await readConfig();
    show(next(state, hadToken ? { type: "unauthorized" } : { type: "noToken" }));
  } else if (error instanceof api.Unreachable) {
    show(next(state, { type: "unreachable", stored: await readLastList(), message: error.message }));
  } else {
    show(next(state, { type: "failed", message: error.message }));
  }
}

async function load() {
  config = await readConfig();
  if (!config.token) return show(next(state, { type: "noToken" }));
  show(next(state, { type: "load" }));
  try {
    const [list, summary, sync] = await Promise.all([
      api.getThreads(),
      api.getSummary(),
      api.getSyncStatus(),
    ]);
    await saveLastList(list, summary, list.now);
    show(next(state, { type: "loaded", list, summary, sync: syncActivity(sync) }));
  } catch (error) {
    await failed(error);
  }
}

async function sync() {
  try {
    await api.startSync();
    show(next(state, { type: "syncStarted", activity: syncActivity(await api.getSyncStatus()) }));
  } catch (error) {
    await failed(error);
  }
}

async function signIn(button) {
  button.disabled = true;
  // The service worker runs the flow: this popup may close while Google's page shows.
  const answer = await chrome.runtime.sendMessage({ type: "signIn" });
  button.disabled = false;
  if (answer && answer.error) return show(next(state, { type: "noToken", message: answer.error }));
  await load();
}

const ROW_ACTIONS = {
  dismiss: (id) => api.dismiss(id).then(() => "Dismissed."),
  "snooze-day": (id) => api.snooze(id, daysAfter(state.list.now, 1)).then(() => "Snoozed for a day."),
  "snooze-week": (id) => api.snooze(id, daysAfter(state.list.now, 7)).then(() => "Snoozed for a week."),
  "not-interview": (id) => api.notInterview(id).then(() => "Marked as not an interview."),
  draft: (id) => api.createDraft(id).then(() => "Draft requested: it will appear in Gmail's Drafts."),
};

async function rowAction(action, row) {
  for (const button of row.querySelectorAll("button")) button.disabled = true;
  try {
    const done = await ROW_ACTIONS[action](Number(row.dataset.threadId));
    await chrome.runtime.sendMessage({ type: "refresh" }); // the badge follows
    await load();
    show({ ...state, done });
  } catch (error) {
    await failed(error);
  }
}

$("view").addEventListener("click", (event) => {
  const button = event.target.closest("button[data-action]");
  if (!button) return;
  const action = button.dataset.action;
  if (action === "sign-in") signIn(button);
  else if (action === "retry") load();
  else if (action === "sync") sync();
  else if (action in ROW_ACTIONS) rowAction(action, button.closest(".thread"));
});
$("sync").addEventListener("click", () => sync());
$("options").addEventListener("click", () => chrome.runtime.openOptionsPage());

load();
