/**
 * Suspected OCR damage in the figures of actual and target cells: the ≥ sign read as a digit or a
 * letter ("290%", "5=50%", "工5%", "W100%", "^80%", "25次" for ≥5次), % read as "$", a lost decimal
 * point, and values impossible for their indicator (a satisfaction over 100%). Nothing is
 * corrected: a suspicion carries the probable reading for a person to confirm, and the indicator
 * is judged on neither reading.
 * @internal
 */
import { dec, toDecimalString } from '../money/decimal'
import { normalizeTargetText } from '../targets/normalize'
import { readQuantity } from '../targets/parse'
import { isDigit, readUnit } from '../targets/scan'
import {
  BOUNDED_MEASURE_WORDS,
  COMPARATOR_LOOKALIKES,
  UNBOUNDED_MEASURE_WORDS,
  WHOLE_DENOMINATOR_WORDS,
} from './lexicon'

/**
 * Which damage is suspected:
 * - `comparator-read-as-digit` — "290%" or "25次" for ≥90% / ≥5次, "5=50%" for ≥50%;
 * - `comparator-read-as-letter` — "工5%", "W100%", "^80%", "80%^" for ≥…;
 * - `percent-read-as-symbol` — "290$" for ≥90%;
 * - `decimal-point-lost` — "985%" for a satisfaction, probably 98.5%;
 * - `impossible-value` — a value its indicator cannot take (a rate bounded by 100% printed above
 *   it), with no probable reading.
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * assessIndicator({ name: '群众知晓率', target: '≥85%', actual: 'W95%' }).findings[0]?.params.problem // 'comparator-read-as-letter'
 * ```
 */
export type OcrProblem =
  | 'comparator-read-as-digit'
  | 'comparator-read-as-letter'
  | 'percent-read-as-symbol'
  | 'decimal-point-lost'
  | 'impossible-value'

/**
 * A suspected misreading of a cell: what is printed and what was probably meant. @internal
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * assessIndicator({ name: '受益群众满意度', target: '≥90%', actual: '985%' }).findings[0]?.params.reading // '98.5%'
 * ```
 */
export interface OcrSuspicion {
  readonly problem: OcrProblem
  /** The damaged text as printed (normalised). */
  readonly printed: string
  /** The probable reading, for a person to confirm; null when none can be inferred. */
  readonly reading: string | null
}

/**
 * What the indicator is, for the plausibility of a value. @internal
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * assessIndicator({ name: '受益农户评价', target: '≥90%', actual: '120%', level1: '满意度指标' }).status // 'unknown'
 * ```
 */
export interface OcrContext {
  readonly name: string
  readonly formula?: string | undefined
  readonly level1?: string | undefined
  readonly level2?: string | undefined
}

/**
 * The figure of the other cell (the target for an actual, the actual for a target). @internal
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * assessIndicator({ name: '开展培训次数', target: '≥5次', actual: '25次' }).reasons[0]?.params.reading // '≥5次'
 * ```
 */
export interface OtherSide {
  /** The comparator written there, when one is written. */
  readonly comparator: '>=' | '>' | '=' | '<=' | '<' | null
  readonly value: string
  readonly unit: string | null
}

const GLYPH = { '>=': '≥', '>': '>', '=': '=', '<=': '≤', '<': '<' } as const

/** The comparator a damaged one probably was: the other side's, else ≥. */
function glyphOf(other: OtherSide | null): string {
  return other?.comparator != null ? GLYPH[other.comparator] : '≥'
}

/**
 * True when the indicator is a share of a whole and cannot exceed 100%: its name's head word is a
 * bounded rate (满意度, 合格率, 覆盖率, 占比 … {@link BOUNDED_MEASURE_WORDS}) and not a growth or
 * output rate ({@link UNBOUNDED_MEASURE_WORDS}: the word ending last decides); or it is filed
 * under 满意度; or its formula divides by a whole (总数, 应…, 调查…).
 */
function boundedAt100(ctx: OcrContext): boolean {
  const name = normalizeTargetText(ctx.name)
  let bestEnd = -1
  let bestLen = 0
  let bounded = false
  const consider = (w: string, isBounded: boolean): void => {
    const at = name.lastIndexOf(w)
    if (at < 0) return
    const end = at + w.length
    if (end > bestEnd || (end === bestEnd && w.length > bestLen)) {
      bestEnd = end
      bestLen = w.length
      bounded = isBounded
    }
  }
  for (const w of BOUNDED_MEASURE_WORDS) consider(w, true)
  for (const w of UNBOUNDED_MEASURE_WORDS) consider(w, false)
  if (bestEnd >= 0) return bounded
  if ((ctx.level2 ?? '').includes('满意') || (ctx.level1 ?? '').includes('满意')) return true
  return wholeDenominator(ctx.formula)
}

/** True when a formula divides by a whole ("合格数/抽检总数×100%"). */
function wholeDenominator(formula: string | undefined): boolean {
  if (formula === undefined) return false
  const f = normalizeTargetText(formula)
  const cut = Math.max(f.lastIndexOf('/'), f.lastIndexOf('÷'))
  if (cut < 0) return false
  let end = f.length
  for (const stop of ['×', '*', ')', '）']) {
    const at = f.indexOf(stop, cut)
    if (at >= 0 && at < end) end = at
  }
  const denominator = f.slice(cut + 1, end)
  return WHOLE_DENOMINATOR_WORDS.some((w) => denominator.includes(w))
}

const TRAILING = '。.,，;；'

function trimmed(text: string): string {
  const s = normalizeTargetText(text)
  let end = s.length
  while (end > 0 && TRAILING.includes(s[end - 1] ?? '')) end--
  return s.slice(0, end)
}

/** "80%", "5次", "100": one number and an optional unit, nothing else. */
function bareFigure(s: string): { digits: string; unit: string | null } | null {
  let i = 0
  while (isDigit(s[i])) i++
  if (s[i] === '.' && isDigit(s[i + 1])) {
    i++
    while (isDigit(s[i])) i++
  }
  if (i === 0) return null
  const digits = s.slice(0, i)
  if (i === s.length) return { digits, unit: null }
  const unit = readUnit(s, i)
  return unit !== null && unit.end === s.length ? { digits, unit: unit.unit } : null
}

/** The rest of "2‹rest›" when it can be a value a comparator stood before: "290" → "90". */
function afterLeadingTwo(value: string): string | null {
  if (!value.startsWith('2')) return null
  const rest = value.slice(1)
  if (rest === '' || rest.startsWith('0') || rest.startsWith('.')) return null
  return rest
}

/**
 * Suspects a whole cell (an actual or a target), given what the indicator is and the other cell's
 * figure. Null when nothing is suspect.
 * @internal
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * assessIndicator({ name: '认知度', target: '≥50%', actual: '5=50%' }).reasons[0]?.params.reading // '≥50%'
 * ```
 */
export function suspectCell(
  text: string,
  ctx: OcrContext,
  other: OtherSide | null,
  bareOther = false,
): OcrSuspicion | null {
  const s = trimmed(text)
  if (s === '') return null
  const chars = Array.from(s)
  const first = chars[0] ?? ''
  const last = chars[chars.length - 1] ?? ''
  // "工5%", "W100%", "^80%" / "80%^": a comparator read as a letter.
  const lead = COMPARATOR_LOOKALIKES.has(first) ? bareFigure(s.slice(first.length)) : null
  const tail = COMPARATOR_LOOKALIKES.has(last) ? bareFigure(s.slice(0, -last.length)) : null
  const lettered = lead ?? tail
  if (lettered !== null) {
    const figure = `${lettered.digits}${lettered.unit ?? ''}`
    return {
      problem: 'comparator-read-as-letter',
      printed: s,
      reading: `${glyphOf(other)}${figure}`,
    }
  }
  // "5=50%": a comparator read as a digit and "=".
  if (isDigit(s[0]) && s[1] === '=') {
    const rest = bareFigure(s.slice(2))
    if (rest !== null) {
      return {
        problem: 'comparator-read-as-digit',
        printed: s,
        reading: `${glyphOf(other)}${rest.digits}${rest.unit ?? ''}`,
      }
    }
  }
  // "290$", "采购的原原种合格率290$": % read as "$".
  if (s.endsWith('$')) {
    let start = s.length - 1
    while (start > 0 && (isDigit(s[start - 1]) || s[start - 1] === '.')) start--
    const digits = s.slice(start, s.length - 1)
    if (digits !== '' && isDigit(digits[0]) && !Array.from(s.slice(0, start)).some(isDigit)) {
      const rest = afterLeadingTwo(digits)
      const two = rest !== null && dec(digits).greaterThan(100) && dec(rest).lessThanOrEqualTo(100)
      return {
        problem: 'percent-read-as-symbol',
        printed: s,
        reading: two ? `${glyphOf(other)}${rest}%` : `${digits}%`,
      }
    }
  }
  const q = readQuantity(s)
  if (q === null || q.conflict || q.upper !== undefined) return null
  const own = q.comparators.length === 0 ? other : null
  return suspectFigure(q.value, q.unit, ctx, own, s, bareOther)
}

/**
 * Suspects one figure: "2‹value›" where the other cell gives ‹value› after a written comparator
 * ("25次" against "≥5次"), or a percent above 100 for an indicator bounded by 100% ("290%" →
 * "≥90%", "985%" → "98.5%", else no reading). `other` is null when the figure's own comparator is
 * written (then no comparator can have been lost). With `bareOther`, the other cell's figure
 * need not carry a comparator: a target "25次" beside an actual "5次" was probably "≥5次".
 * @internal
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * assessIndicator({ name: '群众满意度', target: '≥90%', actual: '群众满意度达到290%' }).reasons[0]?.params.reading // '≥90%'
 * ```
 */
export function suspectFigure(
  value: string,
  unit: string | null,
  ctx: OcrContext,
  other: OtherSide | null,
  printed: string,
  bareOther = false,
): OcrSuspicion | null {
  const rest = afterLeadingTwo(value)
  if (rest !== null && other !== null && (other.comparator !== null || bareOther)) {
    const sameUnit = unit === null || other.unit === null || unit === other.unit
    if (sameUnit && dec(rest).equals(dec(other.value))) {
      const reading = printed.startsWith(value)
        ? `${glyphOf(other)}${printed.slice(1)}`
        : `${glyphOf(other)}${rest}${unit ?? other.unit ?? ''}`
      return { problem: 'comparator-read-as-digit', printed, reading }
    }
  }
  const percent = unit === '%' || (unit === null && other?.unit === '%')
  if (!percent || !dec(value).greaterThan(100) || !boundedAt100(ctx)) return null
  if (rest !== null && dec(rest).greaterThanOrEqualTo(1) && dec(rest).lessThanOrEqualTo(100)) {
    return { problem: 'comparator-read-as-digit', printed, reading: `${glyphOf(other)}${rest}%` }
  }
  // "985%": a decimal point lost; only where the reading is a plausible high rate (≥ 50%).
  const tenth = dec(value).dividedBy(10)
  if (/^\d{3}$/u.test(value) && tenth.greaterThanOrEqualTo(50) && tenth.lessThanOrEqualTo(100)) {
    return { problem: 'decimal-point-lost', printed, reading: `${toDecimalString(tenth)}%` }
  }
  return { problem: 'impossible-value', printed, reading: null }
}
