/**
 * Linear scanners over normalised text: numbers, units after a number, and figures damaged by OCR.
 * @internal
 */
import { phraseAt } from './lexicon'
import { COMPOSITE_JOINS, MEASURE_WORDS, SCALES, UNIT_SPELLINGS, type UnitDimension } from './units'

/** A run of digits with an optional fraction, as found in normalised text. @internal */
export interface NumberToken {
  readonly start: number
  readonly end: number
  readonly digits: string
}

/** True for an ASCII digit. @internal */
export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9'
}

/** True for an ASCII letter. @internal */
export function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'))
}

/**
 * The numbers in `s`, in order, up to `limit` of them (one more is returned when there are more, so
 * callers can tell "exactly n" from "more than n" without scanning a long text to its end).
 * @internal
 */
export function scanNumbers(s: string, limit: number): NumberToken[] {
  const out: NumberToken[] = []
  let i = 0
  while (i < s.length && out.length <= limit) {
    if (!isDigit(s[i])) {
      i++
      continue
    }
    const start = i
    while (isDigit(s[i])) i++
    if (s[i] === '.' && isDigit(s[i + 1])) {
      i++
      while (isDigit(s[i])) i++
    }
    out.push({ start, end: i, digits: s.slice(start, i) })
  }
  return out
}

/** A unit read right after a number. @internal */
export interface UnitRead {
  /** Canonical spelling (`%`, `m²`, `万元`, `元/人·月` …, or the measure word as written). */
  readonly unit: string
  /** Index just after the unit. */
  readonly end: number
  /** What the unit measures (see {@link UNIT_TABLE}). */
  readonly dimension: UnitDimension
}

/**
 * Reads a unit at `at`: a known unit (longest first, {@link UNIT_TABLE}), a measure word (个, 场,
 * 株 …, {@link MEASURE_WORDS}) with an optional scale before it ("550万粒"), or a composite of those
 * ("元/人", "元/人·月", "元/人*月", "元/人、天", "人次/年"; the denominator's parts are joined with
 * "·" in the canonical spelling). An ASCII unit must not run on into more letters ("m" is a unit,
 * "mg/L" is not read as "m").
 * @internal
 */
export function readUnit(s: string, at: number): UnitRead | null {
  const first = readSimpleUnit(s, at)
  if (first === null) return null
  if (s[first.end] !== '/') return first
  // A rate unit: "元/人", "万元/公里", "人次/年", "元/人·月", "元/户·年".
  const per: string[] = []
  let end = first.end
  let at2 = first.end + 1
  for (let part = readSimpleUnit(s, at2); part !== null; part = readSimpleUnit(s, at2)) {
    // "元/人·月": per month, not per "个月".
    per.push(part.unit === '个月' ? '月' : part.unit)
    end = part.end
    const join = s[end]
    if (join === undefined || !COMPOSITE_JOINS.has(join) || per.length >= 3) break
    at2 = end + 1
  }
  if (per.length === 0) return first
  return { unit: `${first.unit}/${per.join('·')}`, end, dimension: 'composite' }
}

function readSimpleUnit(s: string, at: number): UnitRead | null {
  const known = phraseAt(s, at, UNIT_SPELLINGS)
  if (known !== undefined) {
    const end = at + known.text.length
    // "550万粒", "3千株": a scale before a measure word is a count in that word.
    const scaled = SCALES.includes(known.text) ? measureWordAt(s, end) : null
    if (scaled !== null) {
      return { unit: `${known.text}${scaled}`, end: end + 1, dimension: 'count' }
    }
    const asciiTail = isLetter(known.text[known.text.length - 1])
    if (!asciiTail || !isLetter(s[end])) {
      return { unit: known.entry.canonical, end, dimension: known.entry.dimension }
    }
  }
  const ch = s[at]
  if (ch !== undefined && SCALES.includes(ch)) {
    const word = measureWordAt(s, at + 1)
    if (word !== null) return { unit: `${ch}${word}`, end: at + 2, dimension: 'count' }
  }
  const word = measureWordAt(s, at)
  return word !== null ? { unit: word, end: at + 1, dimension: 'count' } : null
}

function measureWordAt(s: string, at: number): string | null {
  const ch = s[at]
  return ch !== undefined && MEASURE_WORDS.has(ch) ? ch : null
}

/** Characters after a figure that end it: a bracket opening a note, or punctuation. */
const FIGURE_ENDINGS: ReadonlySet<string> = new Set(Array.from('(),;:!?、。，；：！？'))

/** Letters OCR confuses with 0 and 1. */
const DIGIT_LOOKALIKES = new Set(['O', 'o', 'I', 'l'])

/**
 * Finds a figure damaged by OCR: letters inside what is otherwise a number that is followed by a
 * unit, a percent sign or the end of the text ("M.8万元", "1O0%", "IO"). Returns the damaged run,
 * or null. Ordinary words with letters ("ISO9001认证", "No.1文件") are left alone.
 * @internal
 */
export function findDamagedFigure(s: string): string | null {
  let i = 0
  while (i < s.length) {
    if (!isRunChar(s[i])) {
      i++
      continue
    }
    const start = i
    while (isRunChar(s[i])) i++
    const run = s.slice(start, i)
    if (isDamagedRun(run, s, start, i)) return run
  }
  return null
}

function isRunChar(ch: string | undefined): boolean {
  return isDigit(ch) || isLetter(ch) || ch === '.'
}

function isDamagedRun(run: string, s: string, start: number, end: number): boolean {
  // A bracketed note ("0(含)") or punctuation ("I0,") after the figure ends the quantity as the
  // text's end does.
  const quantityEnd =
    end === s.length ||
    s[end] === '%' ||
    FIGURE_ENDINGS.has(s[end] ?? '') ||
    readUnit(s, end) !== null
  if (!quantityEnd && !(start === 0 && end === s.length)) return false
  let letters = 0
  let digits = 0
  let lookalikes = 0
  let dots = 0
  let letterTouchesDotDigit = false
  for (let k = 0; k < run.length; k++) {
    const ch = run[k]
    if (isDigit(ch)) digits++
    else if (ch === '.') {
      dots++
      const before = run[k - 1]
      const after = run[k + 1]
      if ((isLetter(before) && isDigit(after)) || (isDigit(before) && isLetter(after))) {
        letterTouchesDotDigit = true
      }
    } else {
      letters++
      if (ch !== undefined && DIGIT_LOOKALIKES.has(ch)) lookalikes++
    }
  }
  if (letterTouchesDotDigit) return true
  if (digits > 0 && dots > 1 && letters === 0) return true
  // A figure made only of digits and 0/1 look-alikes: "1O0%", "IO".
  return letters > 0 && letters === lookalikes && (digits > 0 || quantityEnd)
}
