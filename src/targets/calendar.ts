// Calendar arithmetic on the proleptic Gregorian calendar, as forms print dates. A `Date` would
// bring the host's time zone in: Pacific/Apia skipped 2011-12-30, so day counts through local
// time gave a different answer there.

/** True for a leap year of the Gregorian calendar. @internal */
export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
}

/** The days of `month` (1–12) in `year`. @internal */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}
