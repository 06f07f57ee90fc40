/**
 * What an indicator's name says about its target: template hints ("(≥**人)", "≥**平方米",
 * "(<**元/户·年)"), a unit in brackets ("(个)", "(%)", "(单位:人次)"), a bound with its value
 * ("——一户年最高5300元"), a head noun that implies a unit ("培训人数" → 人), and a target written
 * in the name itself when the target cell is blank ("年度资金支付完成率100%", "2020年12月完成").
 * @internal
 */
import { dec, toDecimalString } from '../money/decimal'
import { NAME_UNITS, PREFIX_COMPARATORS, phraseEndingAt, SUFFIX_COMPARATORS } from './lexicon'
import { normalizeTargetText } from './normalize'
import { readUnit, scanNumbers } from './scan'
import type { Comparator } from './types'

type Bound = Exclude<Comparator, 'between'>

/** What the name says, each part with the text that said it. @internal */
export interface NameHints {
  /** A template hint: a comparator and/or unit around a placeholder ("(≥**人)"). */
  readonly template?: { readonly comparator?: Bound; readonly unit?: string; readonly text: string }
  /** A bound written with its value ("最高5300元"). */
  readonly bound?: {
    readonly comparator: Bound
    readonly value: string
    readonly unit: string | null
    readonly text: string
  }
  /** A unit named on its own, in brackets ("(个)") or by the name's head noun ("人数"). */
  readonly unit?: { readonly unit: string; readonly text: string }
}

/**
 * Characters templates print where the value goes: "**", "XX", "××", "……", "__". Names are read
 * normalised, where NFKC has made "…" three dots: a run of dots is a placeholder, one dot a
 * decimal point.
 */
const PLACEHOLDER_CHARS = new Set(['*', 'X', 'x', '×', '.', '_', '○', '□', '△'])

const OPEN = new Set(['(', '['])
const CLOSE = new Set([')', ']'])

/**
 * Reads the hints in an indicator name (normalised first). Linear in the length of the name.
 * @internal
 */
export function readNameHints(name: string): NameHints {
  return readNormalizedNameHints(normalizeTargetText(name))
}

/** {@link readNameHints} for a name already normalised. @internal */
export function readNormalizedNameHints(n: string): NameHints {
  const template = readTemplateHint(n)
  const bound = readBoundHint(n)
  const unit = readBracketUnit(n) ?? readHeadNounUnit(n)
  return {
    ...(template !== undefined ? { template } : {}),
    ...(bound !== undefined ? { bound } : {}),
    ...(unit !== undefined ? { unit } : {}),
  }
}

function readTemplateHint(n: string): NameHints['template'] {
  let i = 0
  while (i < n.length) {
    if (!PLACEHOLDER_CHARS.has(n[i] ?? '')) {
      i++
      continue
    }
    const start = i
    while (i < n.length && PLACEHOLDER_CHARS.has(n[i] ?? '')) i++
    if (i - start === 1 && n[start] === '.') continue
    // One letter X is a word ("X光"), one * a footnote mark; a hint has a comparator or two marks.
    const cmp = phraseEndingAt(n, start, PREFIX_COMPARATORS)
    if (cmp === undefined && i - start < 2) continue
    const unit = readUnit(n, i)
    if (cmp === undefined && unit === null) continue
    const from = cmp !== undefined ? start - cmp.text.length : start
    const end = unit?.end ?? i
    const text =
      OPEN.has(n[from - 1] ?? '') && CLOSE.has(n[end] ?? '')
        ? n.slice(from - 1, end + 1)
        : n.slice(from, end)
    return {
      ...(cmp !== undefined ? { comparator: cmp.comparator } : {}),
      ...(unit !== null ? { unit: unit.unit } : {}),
      text,
    }
  }
  return undefined
}

function readBoundHint(n: string): NameHints['bound'] {
  for (const num of scanNumbers(n, 8)) {
    const before = phraseEndingAt(n, num.start, PREFIX_COMPARATORS)
    const unit = readUnit(n, num.end)
    const unitEnd = unit?.end ?? num.end
    const after = SUFFIX_COMPARATORS.find((p) => n.startsWith(p.text, unitEnd))
    // "=" alone in a name is a formula ("完成率=实际/计划"), not a bound.
    const phrase = before !== undefined && before.text !== '=' ? before : after
    if (phrase === undefined || phrase.comparator === '=') continue
    const from = phrase === before ? num.start - phrase.text.length : num.start
    const to = phrase === after ? unitEnd + phrase.text.length : unitEnd
    return {
      comparator: phrase.comparator,
      value: toDecimalString(dec(num.digits)),
      unit: unit?.unit ?? null,
      text: n.slice(from, to),
    }
  }
  return undefined
}

/** "(个)", "(%)", "(万元)", "(单位:人次)" — a bracket holding a unit and nothing else. */
function readBracketUnit(n: string): NameHints['unit'] {
  for (let i = 0; i < n.length; i++) {
    if (!OPEN.has(n[i] ?? '')) continue
    let at = i + 1
    for (const lead of ['单位:', '单位', '计量单位:']) {
      if (n.startsWith(lead, at)) {
        at += lead.length
        break
      }
    }
    const unit = readUnit(n, at)
    if (unit !== null && CLOSE.has(n[unit.end] ?? '')) {
      return { unit: unit.unit, text: n.slice(i, unit.end + 1) }
    }
  }
  return undefined
}

/** "培训人数" → 人, "参观人次" → 人次: the head noun at the end of the name (brackets aside). */
function readHeadNounUnit(n: string): NameHints['unit'] {
  let end = n.length
  // "(按月平均)" and other notes after the head noun.
  while (end > 0 && CLOSE.has(n[end - 1] ?? '')) {
    const open = Math.max(n.lastIndexOf('(', end - 1), n.lastIndexOf('[', end - 1))
    if (open < 0) break
    end = open
  }
  for (const w of NAME_UNITS) {
    if (end >= w.text.length && n.startsWith(w.text, end - w.text.length)) {
      return { unit: w.unit, text: w.text }
    }
  }
  return undefined
}
