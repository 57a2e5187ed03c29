import assert from "node:assert/strict";
import { test } from "node:test";

import { daysAfter, momentWords, untilWords } from "../lib/dates.js";

const NOW = "2026-03-16T15:00:00+00:00"; // a Monday

test("a later day reads as its weekday, date and month", () => {
  assert.equal(untilWords("2026-03-19T17:00:00+00:00", NOW, "UTC"), "until Thu 19 Mar");
});

test("today and tomorrow read as such, with the time", () => {
  assert.equal(untilWords("2026-03-16T17:30:00+00:00", NOW, "UTC"), "until today 17:30");
  assert.equal(untilWords("2026-03-17T09:00:00+00:00", NOW, "UTC"), "until tomorrow 09:00");
});

test("the day is the one on the user's calendar, not UTC's", () => {
  // 02:00 UTC on the 17th is still the 16th, 22:00, in New York.
  assert.equal(untilWords("2026-03-17T02:00:00+00:00", NOW, "America/New_York"), "until today 22:00");
  assert.equal(untilWords("2026-03-19T23:30:00+00:00", NOW, "Asia/Tokyo"), "until Fri 20 Mar");
});

test("another year is named", () => {
  assert.equal(untilWords("2027-01-05T12:00:00+00:00", NOW, "UTC"), "until Tue 5 Jan 2027");
});

test("advice without an end says nothing", () => {
  assert.equal(untilWords(null, NOW, "UTC"), "");
});

test("a snooze counts from the server's clock", () => {
  assert.equal(daysAfter(NOW, 1), "2026-03-17T15:00:00.000Z");
  assert.equal(daysAfter(NOW, 7), "2026-03-23T15:00:00.000Z");
});

test("a stored list's moment reads as day and time", () => {
  assert.equal(momentWords("2026-03-16T15:00:00+00:00", NOW, "Europe/Paris"), "Mon 16 Mar 16:00");
});

test("a day whose hour is the server's stand-in reads as the day alone", () => {
  // an interview known by its day only: the advice ends at 09:00, an hour nobody stated
  assert.equal(untilWords("2026-03-16T17:30:00+00:00", NOW, "UTC", true), "until today");
  assert.equal(untilWords("2026-03-17T09:00:00+00:00", NOW, "UTC", true), "until tomorrow");
  assert.equal(untilWords("2026-03-19T09:00:00+00:00", NOW, "UTC", true), "until Thu 19 Mar");
  assert.equal(untilWords("2026-03-17T09:00:00+00:00", NOW, "UTC", false), "until tomorrow 09:00");
});
