/**
 * Reading narrative actuals: the figures they give and the words that decide a status.
 * Every scanner here walks the text once; lookarounds are bounded windows.
 * @internal
 */
import { dec, toDecimalString } from '../money/decimal'
import {
  firstCharsOf,
  PREFIX_COMPARATORS,
  phraseAt,
  phraseAtEnd,
  SUFFIX_COMPARATORS,
} from '../targets/lexicon'
import { isDigit, isLetter, readUnit, scanNumbers } from '../targets/scan'
import {
  CAUSE_WORDS,
  CLAUSE_REACH,
  CLAUSE_SEPARATORS,
  COMPLETION_OBJECTS,
  COMPLETION_WINDOW,
  DIFFERENCE_WINDOW,
  DIFFERENCE_WORDS,
  MEASURE_SUFFIXES,
  MET_WORDS,
  NEGATION_WINDOW,
  NEGATION_WORDS,
  NOT_CARRIED_OUT_WORDS,
  NOT_MET_WORDS,
  PARTIALLY_MET_WORDS,
  TARGET_OBJECT_CONTEXT,
  TRUNCATION_ENDINGS,
} from './lexicon'

/** A bound written with a figure ("≥95%", "超过100人"). @internal */
export type Bound = '>=' | '>' | '<=' | '<'

/** A figure found in a narrative. @internal */
export interface Figure {
  readonly value: string
  readonly unit: string | null
  readonly bound: Bound | null
  /** The clause the figure stands in. */
  readonly words: string
  /** Where the figure starts in the text. */
  readonly start?: number
}

/** Comparator phrases that state a value reached rather than a bound ("完成率达100%"). */
const REACHED = new Set(['达', '达到', '=', '等于'])

/** How many figures a narrative is searched for; more are not needed to decide. */
const FIGURE_LIMIT = 20

/** True when `phrase` (as written before a figure) makes the figure a bound. @internal */
export function isBoundPhrase(phrase: string): boolean {
  return !REACHED.has(phrase)
}

/** The clause around [start, end): from the separator before to the separator after. @internal */
export function clauseAround(s: string, start: number, end: number): string {
  let from = start
  while (from > 0 && start - from < CLAUSE_REACH && !CLAUSE_SEPARATORS.has(s[from - 1] ?? '')) {
    from--
  }
  let to = end
  while (to < s.length && to - end < CLAUSE_REACH && !CLAUSE_SEPARATORS.has(s[to] ?? '')) to++
  return s.slice(from, to)
}

/**
 * The figures of a narrative with a unit (or none), skipping what is not a measure: dates
 * ("2021年", "6月底", "12日" after a month), ordinals ("第3"), list numbers ("1、"), codes
 * ("ISO9001", "2023-10"). Null when the narrative holds more figures than are searched.
 * @internal
 */
export function figuresIn(s: string, measure = ''): Figure[] | null {
  const out: Figure[] = []
  const numbers = scanNumbers(s, FIGURE_LIMIT)
  // Past the limit the figures are not all known, so none is picked as "the" figure.
  if (numbers.length > FIGURE_LIMIT) return null
  for (const n of numbers) {
    const before = s[n.start - 1]
    const after = s[n.end]
    if (isLetter(before) || before === '第' || before === '.' || isLetter(after)) continue
    if ((before === '-' || before === '/') && isDigit(s[n.start - 2])) continue
    if ((after === '-' || after === '/') && isDigit(s[n.end + 1])) continue
    if (after === '、' || after === '月' || (after === '.' && !isDigit(s[n.end + 1]))) continue
    if ((after === '日' || after === '号') && before === '月') continue
    if (after === '年' && n.digits.length === 4) continue
    if (differenceBefore(s, n.start, measure)) continue
    const unit = readUnit(s, n.end)
    const unitEnd = unit?.end ?? n.end
    const negative = before === '-' && !isDigit(s[n.start - 2])
    const lead = phraseAtEnd(
      s.slice(Math.max(0, n.start - 6), negative ? n.start - 1 : n.start),
      PREFIX_COMPARATORS,
    )
    const tail = phraseAt(s, unitEnd, SUFFIX_COMPARATORS)
    let bound: Bound | null = null
    if (lead !== undefined && isBoundPhrase(lead.text) && lead.comparator !== '=') {
      bound = lead.comparator
    } else if (tail !== undefined && tail.comparator !== '=') {
      bound = tail.comparator
    }
    const d = dec(n.digits)
    out.push({
      value: toDecimalString(negative ? d.negated() : d),
      unit: unit?.unit ?? null,
      bound,
      words: clauseAround(s, n.start, unitEnd),
      start: n.start,
    })
  }
  return out
}

/**
 * True when a difference word ends within a few characters before `at`, in the same clause, and
 * the indicator (`measure`, its name) does not measure that difference itself (增长率).
 * @internal
 */
export function differenceBefore(s: string, at: number, measure: string): boolean {
  // "增加到120个", "下降至3%": the figure is the level reached, not the difference.
  if ('到至达'.includes(s[at - 1] ?? '-')) return false
  for (let k = 0; k <= DIFFERENCE_WINDOW && at - k >= 0; k++) {
    if (k > 0 && CLAUSE_SEPARATORS.has(s[at - k] ?? '')) return false
    const head = s.slice(Math.max(0, at - k - 5), at - k)
    const w = phraseAtEnd(head, DIFFERENCE_WORDS)
    if (w !== undefined) return !measure.includes(w.text.replace(/了$/, ''))
  }
  return false
}

/** A decisive word found in a narrative, with every other word of its kind found after it. @internal */
export interface WordMatch {
  readonly word: string
  readonly at: number
  readonly clause: string
  /** Every distinct word of the same kind, in order, the first included (at most a few). */
  readonly all: readonly string[]
}

/** The decisive words of each kind in a narrative. @internal */
export interface WordsFound {
  readonly notCarriedOut?: WordMatch
  readonly partiallyMet?: WordMatch
  readonly notMet?: WordMatch
  readonly met?: WordMatch
}

/** How many words of one kind are reported. */
const WORDS_KEPT = 5

function startsWithNegation(word: string): boolean {
  return NEGATION_WORDS.some((n) => word.startsWith(n))
}

/** True when a negation stands within a few characters before `at`, in the same clause. */
function negatedNear(s: string, at: number): boolean {
  for (let k = 1; k <= NEGATION_WINDOW && at - k >= 0; k++) {
    const ch = s[at - k] ?? ''
    if (CLAUSE_SEPARATORS.has(ch)) return false
    if (NEGATION_WORDS.some((n) => s.startsWith(n, at - k))) return true
  }
  return false
}

/** "完成" + its object within the clause ("完成服务满意度指标"); null when there is none. */
function completionAt(s: string, at: number): string | null {
  if (!s.startsWith('完成', at) || negatedNear(s, at)) return null
  for (let j = at + 2; j < s.length && j - at <= COMPLETION_WINDOW; j++) {
    if (CLAUSE_SEPARATORS.has(s[j] ?? '')) return null
    const obj = phraseAt(s, j, COMPLETION_OBJECTS)
    if (obj !== undefined) return s.slice(at, j + obj.text.length)
  }
  return null
}

/**
 * True when the actual repeats the target's own words around the word at `at`: the word is then
 * the object of the target's action ("已消除未达标路段" against the target
 * "消除未达标路段"), not a status.
 */
function objectOfTarget(s: string, at: number, word: string, target: string): boolean {
  const from = at - TARGET_OBJECT_CONTEXT.before
  const to = at + word.length + TARGET_OBJECT_CONTEXT.after
  return target !== '' && from >= 0 && to <= s.length && target.includes(s.slice(from, to))
}

/**
 * Finds the first word of each kind: not carried out, partially met, not met, met. A word that
 * does not itself start with a negation is skipped when one stands just before it ("未出现延期",
 * "不符合"); a shortfall word is skipped where the actual restates the target's words around it
 * (`target`, normalised like `s`: "已消除未达标路段" against "消除未达标路段").
 * @internal
 */
export function findWords(s: string, target = ''): WordsFound {
  const found: Record<keyof WordsFound, { at: number; words: string[] } | undefined> = {
    notCarriedOut: undefined,
    partiallyMet: undefined,
    notMet: undefined,
    met: undefined,
  }
  const note = (kind: keyof WordsFound, word: string, at: number): void => {
    const f = found[kind]
    if (f === undefined) found[kind] = { at, words: [word] }
    else if (f.words.length < WORDS_KEPT && !f.words.includes(word)) f.words.push(word)
  }
  const usable = (word: string, at: number): boolean =>
    startsWithNegation(word) || !negatedNear(s, at)
  const shortfall = (word: string, at: number): boolean =>
    usable(word, at) && !objectOfTarget(s, at, word, target)
  for (let i = 0; i < s.length; i++) {
    if (!WORD_STARTS.has(s.charCodeAt(i))) continue
    const nco = phraseAt(s, i, NOT_CARRIED_OUT_WORDS)
    if (nco !== undefined && shortfall(nco.text, i)) note('notCarriedOut', nco.text, i)
    const pm = phraseAt(s, i, PARTIALLY_MET_WORDS)
    if (pm !== undefined && shortfall(pm.text, i)) note('partiallyMet', pm.text, i)
    const nm = phraseAt(s, i, NOT_MET_WORDS)
    if (nm !== undefined && shortfall(nm.text, i)) note('notMet', nm.text, i)
    if (insidePartial(s, i)) continue
    const m = phraseAt(s, i, MET_WORDS)
    const claim = m !== undefined && !MEASURE_SUFFIXES.includes(s[i + m.text.length] ?? '')
    const met = m !== undefined && claim && usable(m.text, i) ? m.text : completionAt(s, i)
    if (met !== null) note('met', met, i)
  }
  const out: { -readonly [K in keyof WordsFound]: WordMatch } = {}
  for (const kind of ['notCarriedOut', 'partiallyMet', 'notMet', 'met'] as const) {
    const f = found[kind]
    const first = f?.words[0]
    if (f === undefined || first === undefined) continue
    out[kind] = {
      word: first,
      at: f.at,
      clause: clauseAround(s, f.at, f.at + first.length),
      all: f.words,
    }
  }
  return out
}

/**
 * The characters a word of findWords can start with — the first of every phrase of its four lists,
 * and 完 of "完成" + object: at any other character no word starts, and the scan moves on (issue 17:
 * most characters of a narrative start none). @internal
 */
export const WORD_STARTS: ReadonlySet<number> = new Set([
  ...firstCharsOf(NOT_CARRIED_OUT_WORDS),
  ...firstCharsOf(PARTIALLY_MET_WORDS),
  ...firstCharsOf(NOT_MET_WORDS),
  ...firstCharsOf(MET_WORDS),
  '完成'.charCodeAt(0),
])

/** "部分完成" and "基本完成" contain "完成": that "完成" is not a met word. */
function insidePartial(s: string, at: number): boolean {
  return s.startsWith('部分', at - 2) || s.startsWith('基本', at - 2)
}

/** True when the narrative gives a cause for a shortfall ("由于…", "受…影响"). @internal */
export function givesCause(s: string): boolean {
  return CAUSE_WORDS.some((w) => s.includes(w))
}

/** The ending that shows a narrative was cut off before its figure ("…参与工作率达"). @internal */
export function truncatedEnding(s: string): string | null {
  let cut = s.length
  while (cut > 0 && '。.,，;；'.includes(s[cut - 1] ?? '')) cut--
  const trimmed = s.slice(0, cut)
  const end = phraseAtEnd(trimmed, TRUNCATION_ENDINGS)
  return end === undefined
    ? null
    : clauseAround(trimmed, trimmed.length - end.text.length, trimmed.length)
}
