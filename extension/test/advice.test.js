import assert from "node:assert/strict";
import { test } from "node:test";

import { actionsDue, badgeText, groupForPopup } from "../lib/advice.js";

const thread = (id, action, until = null) => ({ id, action, until });
// The API's groups (server/schemas.py GROUPS): act_now holds three actions.
const apiGroups = (...threads) => [
  { key: "act_now", title: "Act now", threads: threads.filter((t) => ["reply", "send_thank_you", "follow_up"].includes(t.action)) },
  { key: "prepare", title: "Prepare", threads: threads.filter((t) => t.action === "prepare") },
  { key: "wait", title: "Wait", threads: threads.filter((t) => t.action === "wait") },
  { key: "move_on", title: "Move on", threads: threads.filter((t) => t.action === "move_on") },
  { key: "closed", title: "Closed", threads: threads.filter((t) => t.action === "closed") },
  { key: "offer", title: "Offers", threads: threads.filter((t) => t.action === "offer") },
  { key: "other", title: "Marked as interview", threads: threads.filter((t) => t.action === "none") },
];

test("groups come in the order a person acts on them, empty ones left out", () => {
  const groups = groupForPopup(
    apiGroups(
      thread(1, "offer"),
      thread(2, "wait"),
      thread(3, "follow_up"),
      thread(4, "reply"),
      thread(5, "closed"),
      thread(6, "send_thank_you"),
      thread(7, "move_on"),
      thread(8, "prepare"),
    ),
  );
  assert.deepEqual(
    groups.map((group) => group.title),
    ["Reply", "Thank-you due", "Follow up", "Prepare", "Waiting", "Move on", "Closed", "Offers"],
  );
});

test("within a group the soonest deadline comes first, threads without one last", () => {
  const [group] = groupForPopup(
    apiGroups(
      thread(1, "wait", null),
      thread(2, "wait", "2026-03-20T09:00:00+00:00"),
      thread(3, "wait", "2026-03-18T09:00:00+00:00"),
    ),
  );
  assert.deepEqual(group.threads.map((t) => t.id), [3, 2, 1]);
});

test("an action this version does not know still shows, last", () => {
  const groups = groupForPopup([{ key: "x", threads: [thread(9, "negotiate"), thread(1, "reply")] }]);
  assert.deepEqual(groups.map((group) => group.key), ["reply", "negotiate"]);
});

test("the badge counts reply, thank-you and follow-up rows, and is empty at zero", () => {
  const groups = apiGroups(thread(1, "reply"), thread(2, "follow_up"), thread(3, "wait"));
  assert.equal(actionsDue(groups), 2);
  assert.equal(badgeText(actionsDue(groups)), "2");
  assert.equal(badgeText(0), "");
});
