// What each advice means in the popup: its group (in the order a person needs them), its
// words, and the Gmail label the worker puts on the thread. Pure: no chrome.* here.

// The groups, in the order a person acts on them. The API's "act_now" group is split
// into its three actions, because each asks for something different.
export const GROUPS = [
  { key: "reply", title: "Reply", actions: ["reply"] },
  { key: "send_thank_you", title: "Thank-you due", actions: ["send_thank_you"] },
  { key: "follow_up", title: "Follow up", actions: ["follow_up"] },
  { key: "prepare", title: "Prepare", actions: ["prepare"] },
  { key: "wait", title: "Waiting", actions: ["wait"] },
  { key: "move_on", title: "Move on", actions: ["move_on"] },
  { key: "closed", title: "Closed", actions: ["closed"] },
  { key: "offer", title: "Offers", actions: ["offer"] },
  { key: "other", title: "Marked as interview", actions: ["none"] },
];

// The advice in plain words, as the row's headline.
export const ADVICE_WORDS = {
  reply: "Reply to them",
  send_thank_you: "Send a thank-you note",
  follow_up: "Send one polite follow-up",
  prepare: "Prepare for the interview",
  wait: "Wait: nothing to do yet",
  move_on: "Move on",
  closed: "Closed: nothing more to do",
  offer: "You have an offer",
  none: "You marked this as an interview",
};

// The label the worker applies for each advice (worker/labels.py LABEL_NAMES under
// "Afterview/"; tests/test_extension_files.py checks the two agree).
export const GMAIL_LABELS = {
  prepare: "Afterview/Prepare",
  reply: "Afterview/Reply needed",
  send_thank_you: "Afterview/Thank-you due",
  wait: "Afterview/Waiting",
  follow_up: "Afterview/Follow up",
  move_on: "Afterview/Move on",
  closed: "Afterview/Closed",
  offer: "Afterview/Offer",
};

// Advice whose row names the person to write to, and advice the server can draft.
export const WRITE_ACTIONS = new Set(["reply", "send_thank_you", "follow_up"]);
export const DRAFT_ACTIONS = new Set(["send_thank_you", "follow_up"]);
export const ACT_NOW_ACTIONS = WRITE_ACTIONS;

/** Every thread of the API's groups, in any order of groups. */
export function allThreads(apiGroups) {
  return (apiGroups || []).flatMap((group) => group.threads || []);
}

function untilOrder(a, b) {
  // Soonest deadline first; threads without one after those that have one.
  if (a.until === b.until) return 0;
  if (!a.until) return 1;
  if (!b.until) return -1;
  return Date.parse(a.until) - Date.parse(b.until);
}

/**
 * The popup's groups from the API's `groups`: only those with threads, in GROUPS order,
 * each group's threads soonest deadline first (Array.prototype.sort is stable, so
 * threads with the same deadline keep the API's newest-first order).
 */
export function groupForPopup(apiGroups) {
  const byAction = new Map();
  for (const thread of allThreads(apiGroups)) {
    if (!byAction.has(thread.action)) byAction.set(thread.action, []);
    byAction.get(thread.action).push(thread);
  }
  const known = new Set(GROUPS.flatMap((group) => group.actions));
  const groups = GROUPS.map((group) => ({
    key: group.key,
    title: group.title,
    threads: group.actions.flatMap((action) => byAction.get(action) || []).sort(untilOrder),
  }));
  // An action this version does not know yet still shows, last, rather than vanishing.
  const unknown = [...byAction.keys()].filter((action) => !known.has(action));
  for (const action of unknown) {
    groups.push({ key: action, title: action, threads: byAction.get(action) });
  }
  return groups.filter((group) => group.threads.length > 0);
}

/** How many threads ask for an action now (what the badge shows). */
export function actionsDue(apiGroups) {
  return allThreads(apiGroups).filter((thread) => ACT_NOW_ACTIONS.has(thread.action)).length;
}

/** The badge's text: the count, or nothing at zero. */
export function badgeText(count) {
  return count > 0 ? String(count) : "";
}
