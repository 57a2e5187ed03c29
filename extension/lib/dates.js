// Dates in the popup's words, in the user's time zone, relative to the server's clock
// (the API's `now`), never the browser's: the advice was computed for that moment.

const DAY_MS = 24 * 60 * 60 * 1000;

function calendarDay(date, timeZone) {
  // "2026-03-19": the day on the user's calendar (en-CA writes dates as ISO does).
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(date);
}

function nextCalendarDay(day) {
  const [year, month, date] = day.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, date) + DAY_MS).toISOString().slice(0, 10);
}

function clockTime(date, timeZone) {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(date);
}

/** "Thu 19 Mar" (with the year when it is not the current one). */
export function dayWords(date, now, timeZone) {
  const sameYear = calendarDay(date, timeZone).slice(0, 4) === calendarDay(now, timeZone).slice(0, 4);
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "short",
    day: "numeric",
    month: "short",
    ...(sameYear ? {} : { year: "numeric" }),
  })
    .format(date)
    .replace(",", "");
}

/**
 * When the advice changes: "until today 17:00", "until tomorrow 09:30", "until Thu 19 Mar".
 * Empty when the advice has no end. `dayOnly` (the thread's `day_only`): the hour is the
 * server's stand-in for an interview known by its day alone, so only the day is shown.
 */
export function untilWords(untilIso, nowIso, timeZone, dayOnly = false) {
  if (!untilIso) return "";
  const until = new Date(untilIso);
  const now = new Date(nowIso);
  const day = calendarDay(until, timeZone);
  const today = calendarDay(now, timeZone);
  const clock = dayOnly ? "" : ` ${clockTime(until, timeZone)}`;
  if (day === today) return `until today${clock}`;
  if (day === nextCalendarDay(today)) return `until tomorrow${clock}`;
  return `until ${dayWords(until, now, timeZone)}`;
}

/** "Thu 19 Mar 14:02": when a stored list was fetched. */
export function momentWords(iso, nowIso, timeZone) {
  const date = new Date(iso);
  return `${dayWords(date, new Date(nowIso), timeZone)} ${clockTime(date, timeZone)}`;
}

/** The moment `days` days after the server's `now`, for a snooze (RFC 3339, UTC). */
export function daysAfter(nowIso, days) {
  return new Date(Date.parse(nowIso) + days * DAY_MS).toISOString();
}
