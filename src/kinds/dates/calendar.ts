/** Plain calendar arithmetic on year/month/day triples (proleptic Gregorian, UTC). No time zones. */

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function parseIso(value: string | undefined): Ymd | undefined {
  if (value === undefined || value.length !== 10) return undefined;
  const y = Number(value.slice(0, 4));
  const m = Number(value.slice(5, 7));
  const d = Number(value.slice(8, 10));
  return isValidDay(y, m, d) ? { y, m, d } : undefined;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  // no Date object for the usual case (every date candidate is checked); Date.UTC reads years
  // 0–99 as 1900–1999 and rolls other months over, so everything else keeps the Date path
  if (y >= 100 && y <= 9999 && m >= 1 && m <= 12 && Number.isInteger(y) && Number.isInteger(m)) {
    return m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : MONTH_LENGTHS[m - 1]!;
  }
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) && y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** "01" … "99": every date's month and day, without a number-to-string conversion and a padStart each. */
const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, k) => pad(k, 2));

function pad2(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < 100 ? TWO_DIGITS[n]! : pad(n, 2);
}

/** Years of four digits (all but the strangest) need no padding. */
function pad4(y: number): string {
  return Number.isInteger(y) && y >= 1000 ? String(y) : pad(y, 4);
}

export function isoDay(v: Ymd): string {
  return `${pad4(v.y)}-${pad2(v.m)}-${pad2(v.d)}`;
}

export function isoMonth(y: number, m: number): string {
  return `${pad4(y)}-${pad2(m)}`;
}

function fromUtc(t: number): Ymd {
  const dt = new Date(t);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

function toUtc(v: Ymd): number {
  // Date.UTC gives the same time without a Date object, except that it reads years 0–99 as 1900–1999
  if (v.y >= 100) return Date.UTC(v.y, v.m - 1, v.d);
  const dt = new Date(0);
  dt.setUTCFullYear(v.y, v.m - 1, v.d);
  return dt.getTime();
}

export function addDays(v: Ymd, n: number): Ymd {
  return fromUtc(toUtc(v) + n * 86_400_000);
}

/** Same day n months later, clipped to the month's last day (31 Jan + 1 month → 28/29 Feb). */
export function addMonths(v: Ymd, n: number): Ymd {
  const total = v.y * 12 + (v.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return { y, m, d: Math.min(v.d, daysInMonth(y, m)) };
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function weekday(v: Ymd): number {
  // what getUTCDay computes, without a Date object: 1 January 1970 was a Thursday
  const days = Math.floor(toUtc(v) / 86_400_000);
  const w = (((days + 4) % 7) + 7) % 7;
  return w === 0 ? 7 : w;
}

/** The first day with ISO weekday `wd` strictly after `v` (strict=true) or on/after it. */
export function nextWeekday(v: Ymd, wd: number, strict: boolean): Ymd {
  let diff = (wd - weekday(v) + 7) % 7;
  if (diff === 0 && strict) diff = 7;
  return addDays(v, diff);
}

/** The last day with ISO weekday `wd` strictly before `v`. */
export function previousWeekday(v: Ymd, wd: number): Ymd {
  let diff = (weekday(v) - wd + 7) % 7;
  if (diff === 0) diff = 7;
  return addDays(v, -diff);
}

/** The day with ISO weekday `wd` in the Monday-based week of `v`, shifted by `weeks`. */
export function weekdayOfWeek(v: Ymd, wd: number, weeks: number): Ymd {
  return addDays(v, wd - weekday(v) + 7 * weeks);
}

/** The n-th (1-based) weekday `wd` of a month, or with n = -1 the last one. */
export function nthWeekdayOfMonth(y: number, m: number, wd: number, n: number): Ymd | undefined {
  if (n === -1) {
    const last = { y, m, d: daysInMonth(y, m) };
    const diff = (weekday(last) - wd + 7) % 7;
    return addDays(last, -diff);
  }
  const first = nextWeekday({ y, m, d: 1 }, wd, false);
  const day = first.d + 7 * (n - 1);
  return day <= daysInMonth(y, m) ? { y, m, d: day } : undefined;
}
