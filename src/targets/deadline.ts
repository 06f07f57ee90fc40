/**
 * Reading dates and deadlines ("9月前", "2023年12月", "2021年12月完成", "12月底之前", "年底前",
 * "上半年", "1-12月", "2023-12-31") from normalised text, in one left-to-right pass.
 * @internal
 */

import { daysInMonth } from './calendar'
import { phraseAt } from './lexicon'
import { isDigit } from './scan'

/** The parts of a date; the month is always known. @internal */
export interface DateParts {
  readonly year?: number
  readonly month: number
  readonly day?: number
  readonly fromMonth?: number
}

/** What {@link readDeadline} found. @internal */
export type DeadlineRead =
  | { readonly ok: true; readonly parts: DateParts }
  | { readonly ok: false; readonly fragment: string }

interface Token {
  readonly start: number
  readonly end: number
  readonly year?: number
  readonly month?: number
  readonly day?: number
  readonly fromMonth?: number
  readonly invalid?: boolean
}

const CN_MONTHS: readonly { readonly text: string; readonly month: number }[] = [
  { text: '十二月', month: 12 },
  { text: '十一月', month: 11 },
  { text: '十月', month: 10 },
  ...['一', '二', '三', '四', '五', '六', '七', '八', '九'].map((c, i) => ({
    text: `${c}月`,
    month: i + 1,
  })),
]

/** Period words that stand for a month: the last month of the period. */
const PERIODS: readonly { readonly text: string; readonly month: number }[] = [
  { text: '上半年', month: 6 },
  { text: '下半年', month: 12 },
  { text: '年度内', month: 12 },
  { text: '年底', month: 12 },
  { text: '年末', month: 12 },
  { text: '年终', month: 12 },
  { text: '年内', month: 12 },
  ...['一', '二', '三', '四'].flatMap((c, i) => [
    { text: `第${c}季度`, month: (i + 1) * 3 },
    { text: `${c}季度`, month: (i + 1) * 3 },
    { text: `第${i + 1}季度`, month: (i + 1) * 3 },
    { text: `${i + 1}季度`, month: (i + 1) * 3 },
  ]),
].sort((a, b) => b.text.length - a.text.length)

/** Words around a date that keep it a deadline ("前", "底之前", "完成", "截至" …). Longest first. */
const FILLERS: readonly { readonly text: string }[] = [
  '之前',
  '以前',
  '前',
  '底',
  '末',
  '完成',
  '以内',
  '之内',
  '内',
  '止',
  '截至',
  '截止',
  '于',
  '在',
  '到',
  '至',
  '份',
  '按时',
  '全部',
  '竣工',
  '完工',
  '上旬',
  '中旬',
  '下旬',
  '结束',
  '交付',
  '完毕',
  '前后',
  '当月',
  '(含)',
  '-',
  '~',
  '.',
  '。',
]
  .map((text) => ({ text }))
  .sort((a, b) => b.text.length - a.text.length)

/** Words right after a date that make the text a deadline whatever follows ("9月前完成验收"). */
const DEADLINE_WORDS: readonly { readonly text: string }[] = [
  '前',
  '之前',
  '以前',
  '底前',
  '完成',
  '内',
  '止',
  '结束',
  '竣工',
  '完工',
  '交付',
]
  .map((text) => ({ text }))
  .sort((a, b) => b.text.length - a.text.length)

function readInt(s: string, at: number, maxLen: number): { value: number; end: number } | null {
  let end = at
  while (isDigit(s[end]) && end - at <= maxLen) end++
  const len = end - at
  if (len === 0 || len > maxLen || isDigit(s[at - 1])) return null
  return { value: Number(s.slice(at, end)), end }
}

function validMonth(m: number): boolean {
  return m >= 1 && m <= 12
}

function validDay(d: number): boolean {
  return d >= 1 && d <= 31
}

/**
 * True for a day past the end of its month: 2月30日, 4月31日, 2023年2月29日. With no year printed
 * the day may be in a leap year, so 2月29日 is a date.
 */
function pastMonthEnd(
  year: number | undefined,
  month: number | undefined,
  day: number | undefined,
) {
  if (month === undefined || day === undefined) return false
  return day > daysInMonth(year ?? ANY_LEAP_YEAR, month)
}

const ANY_LEAP_YEAR = 2000

/** Year written as "2023年", "2023年度", "2023-12(-31)", "2023/12(/31)". */
function readYearToken(s: string, at: number): Token | null {
  const y = readInt(s, at, 4)
  if (y === null || y.end - at !== 4 || y.value < 1900 || y.value > 2100) return null
  const sep = s[y.end]
  if (sep === '年') {
    let end = y.end + 1
    if (s[end] === '度') end++
    return { start: at, end, year: y.value }
  }
  if (sep === '.') return readDottedDate(s, at, y)
  if (sep === '-' || sep === '/') {
    const m = readInt(s, y.end + 1, 2)
    if (m === null) return null
    if (s[m.end] === sep) {
      const d = readInt(s, m.end + 1, 2)
      if (d !== null) {
        const invalid = !validMonth(m.value) || !validDay(d.value)
        return { start: at, end: d.end, year: y.value, month: m.value, day: d.value, invalid }
      }
    }
    return { start: at, end: m.end, year: y.value, month: m.value, invalid: !validMonth(m.value) }
  }
  return null
}

/**
 * "2022.12", "2022.12.31", "2022.6月": a date written with dots, as forms print them. A dot is also
 * a decimal point, so only a real month (and day) makes a date — "2050.00" and "2023.13" are
 * numbers, never a bad date — and a bare one-digit month ("2023.5") only with words after it.
 */
function readDottedDate(s: string, at: number, y: { value: number; end: number }): Token | null {
  const m = readInt(s, y.end + 1, 2)
  if (m === null || !validMonth(m.value)) return null
  const month = { start: at, end: m.end, year: y.value, month: m.value }
  if (s[m.end] === '月') return withDay(s, { ...month, end: m.end + 1 })
  if (s[m.end] === '.') {
    const d = readInt(s, m.end + 1, 2)
    return d !== null && validDay(d.value) ? { ...month, end: d.end, day: d.value } : null
  }
  return m.end - (y.end + 1) === 1 && m.end === s.length ? null : month
}

/** Month written "9月", "1-12月", "十二月", with a day "12月31日" when one follows. */
function readMonthToken(s: string, at: number): Token | null {
  const cn = phraseAt(s, at, CN_MONTHS)
  const prev = s[at - 1]
  if (cn !== undefined && (prev === undefined || !'一二三四五六七八九十'.includes(prev))) {
    return withDay(s, { start: at, end: at + cn.text.length, month: cn.month })
  }
  const m = readInt(s, at, 2)
  if (m === null) return null
  if (s[m.end] === '月') {
    return withDay(s, { start: at, end: m.end + 1, month: m.value, invalid: !validMonth(m.value) })
  }
  const sep = s[m.end]
  if (sep === '-' || sep === '~' || sep === '至' || sep === '到') {
    const to = readInt(s, m.end + 1, 2)
    if (to !== null && s[to.end] === '月') {
      const invalid = !validMonth(m.value) || !validMonth(to.value) || m.value > to.value
      return { start: at, end: to.end + 1, fromMonth: m.value, month: to.value, invalid }
    }
  }
  return null
}

function withDay(s: string, token: Token): Token {
  const d = readInt(s, token.end, 2)
  if (d === null || (s[d.end] !== '日' && s[d.end] !== '号')) return token
  return {
    ...token,
    end: d.end + 1,
    day: d.value,
    invalid: token.invalid === true || !validDay(d.value),
  }
}

function readToken(s: string, at: number): Token | null {
  const period = phraseAt(s, at, PERIODS)
  if (period !== undefined) return { start: at, end: at + period.text.length, month: period.month }
  return readYearToken(s, at) ?? readMonthToken(s, at)
}

/** Merges "2023年" + "12月" (or a month range "6月至9月") into one date; null when they do not. */
function mergeTokens(tokens: readonly Token[], s: string): Token | null {
  const [first, ...rest] = tokens
  if (first === undefined) return null
  let merged: Token = first
  for (const t of rest) {
    const prev: Token = merged
    const glue = s[prev.end]
    const yearThenMonth =
      prev.end === t.start &&
      prev.year !== undefined &&
      prev.month === undefined &&
      t.year === undefined
    const monthRange =
      prev.month !== undefined &&
      t.month !== undefined &&
      prev.fromMonth === undefined &&
      t.fromMonth === undefined &&
      t.year === undefined &&
      (glue === '至' || glue === '到' || glue === '-') &&
      prev.end + 1 === t.start
    if (yearThenMonth) {
      merged = { ...t, start: prev.start, year: prev.year }
    } else if (monthRange) {
      const invalid: boolean =
        prev.invalid === true || t.invalid === true || (prev.month ?? 0) > (t.month ?? 0)
      const fromMonth: number = prev.month ?? 0
      merged = { ...t, start: prev.start, fromMonth, invalid }
      if (prev.year !== undefined) merged = { ...merged, year: prev.year }
    } else {
      return null
    }
  }
  return merged
}

/**
 * Reads a deadline from normalised text. Returns null when the text is not a deadline: no date,
 * other figures beside the date, a comparator, or other words that do not belong to a deadline.
 * A year alone ("2023年完成") stands for its December.
 * @internal
 */
export function readDeadline(text: string): DeadlineRead | null {
  const s = withoutWholeShare(text)
  const tokens: Token[] = []
  const leftover: string[] = []
  let i = 0
  while (i < s.length) {
    const t = readToken(s, i)
    if (t !== null) {
      tokens.push(t)
      i = t.end
      continue
    }
    const ch = s[i] ?? ''
    // Any other figure or a comparator means this is not a bare deadline.
    if (isDigit(ch) || '≥≤<>='.includes(ch)) return null
    leftover.push(ch)
    i++
  }
  if (tokens.length === 0 || tokens.length > 3) return null
  const date = mergeTokens(tokens, s)
  if (date === null) return null
  const month = date.month ?? (date.year !== undefined ? 12 : undefined)
  if (month === undefined) return null
  const rest = stripFillers(leftover.join(''))
  if (
    rest !== '' &&
    phraseAt(s, date.end, DEADLINE_WORDS) === undefined &&
    !timeLabelled(s.slice(0, date.start), s.slice(date.end))
  ) {
    return null
  }
  if (date.invalid === true || pastMonthEnd(date.year, date.month, date.day)) {
    return { ok: false, fragment: s.slice(date.start, date.end) }
  }
  return {
    ok: true,
    parts: {
      ...(date.year !== undefined ? { year: date.year } : {}),
      month,
      ...(date.day !== undefined ? { day: date.day } : {}),
      ...(date.fromMonth !== undefined ? { fromMonth: date.fromMonth } : {}),
    },
  }
}

/**
 * "11月底完成100%", "年底前支付完毕100%": a completion verb followed by 100% says "all of it by then",
 * which is the deadline itself. Any other share ("6月底前完成50%") is a milestone, not a deadline,
 * and stays a figure beside the date.
 */
function withoutWholeShare(s: string): string {
  if (!s.endsWith('100%')) return s
  const head = s.slice(0, -'100%'.length)
  return COMPLETION_VERBS.some((w) => head.endsWith(w)) ? head : s
}

/** Verbs before a "100%" that make it the whole of the work ("完成100%", "支付100%"). */
const COMPLETION_VERBS: readonly string[] = ['完成', '完毕', '支付', '拨付', '执行', '到位', '交付']

/** Words of a label that says the date after it is a time ("完成时间为2022年12月30日", 55). */
const TIME_LABELS: readonly string[] = ['时间', '日期', '期限', '时限', '截止', '截至', '工期']

/** A date under a time label ("完成时间为…", "截止日期:…") with nothing but fillers after it. */
function timeLabelled(before: string, after: string): boolean {
  return TIME_LABELS.some((w) => before.includes(w)) && stripFillers(after) === ''
}

/** Removes deadline filler words from anywhere in `text`. */
function stripFillers(text: string): string {
  let out = ''
  let i = 0
  while (i < text.length) {
    const f = phraseAt(text, i, FILLERS)
    if (f !== undefined) {
      i += f.text.length
      continue
    }
    out += text[i] ?? ''
    i++
  }
  return out
}
