/**
 * Progress statements: a share of the work done ("已完成100%", "完成进度80%") or a state of work
 * under way ("建设中", "正在施工"). Progress is never an indicator's value (a 100% satisfaction, a
 * cost); when nothing else measures the indicator, the status comes from it.
 * @internal
 */
import { dec, toDecimalString } from '../money/decimal'
import { phraseAt, phraseAtEnd } from '../targets/lexicon'
import { normalizeTargetText } from '../targets/normalize'
import { isDigit, readUnit, scanNumbers } from '../targets/scan'
import type { Target } from '../targets/types'
import {
  CLAUSE_SEPARATORS,
  COMPLETION_OBJECTS,
  IN_PROGRESS_FOLLOWERS,
  IN_PROGRESS_WORDS,
  PERCENT_MEASURE_WORDS,
  PROGRESS_CONNECTORS,
  PROGRESS_MEASURE_WORDS,
  PROGRESS_PHRASES,
} from './lexicon'
import { clauseAround } from './read'

/**
 * A percent of the actual read as progress. @internal
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * assessIndicator({ name: '宣传效果', target: '效果明显', actual: '已完成80%' }).reasons[0]?.words // '已完成80%'
 * ```
 */
export interface ProgressFigure {
  /** The percent, as a canonical decimal string ("100"). */
  readonly value: string
  /** The words that make it progress ("已完成100%", or the bare "100%"). */
  readonly words: string
  /** Where the figure starts in the normalised actual. */
  readonly start: number
}

/** How many figures are looked at; more are not needed to find progress. */
const FIGURE_LIMIT = 20

/** True when the indicator measures completion itself (任务完成率, 资金支付率 …). */
function measuresProgress(name: string): boolean {
  const n = normalizeTargetText(name)
  return PROGRESS_MEASURE_WORDS.some((w) => n.includes(w))
}

/** True when the indicator's name makes it a percent measure (a rate, a share, a satisfaction). */
function percentMeasure(name: string): boolean {
  const n = normalizeTargetText(name)
  return PERCENT_MEASURE_WORDS.some((w) => n.includes(w))
}

/**
 * The progress phrase that introduces the figure at `start` ("完成进度已达" → "完成进度"), or the
 * phrase of "完成全年任务的95%"; null when the words before the figure are something else.
 */
function progressPhraseBefore(s: string, start: number): string | null {
  let from = start
  while (from > 0 && start - from < 40 && !CLAUSE_SEPARATORS.has(s[from - 1] ?? '')) from--
  let before = s.slice(from, start)
  for (let k = 0; k < 3; k++) {
    const c = phraseAtEnd(before, PROGRESS_CONNECTORS)
    if (c === undefined) break
    before = before.slice(0, before.length - c.text.length)
  }
  const p = phraseAtEnd(before, PROGRESS_PHRASES)
  if (p !== undefined) return p.text
  // "完成全年任务的95%", "完成计划工程量的80%".
  if (!before.endsWith('的')) return null
  for (let i = 0; i < before.length; i++) {
    const phrase = phraseAt(before, i, PROGRESS_PHRASES)
    if (phrase === undefined) continue
    const between = before.slice(i + phrase.text.length, before.length - 1)
    const objects = [...COMPLETION_OBJECTS.map((o) => o.text), '工程量', '工作量']
    if (objects.some((o) => between.includes(o))) return phrase.text
  }
  return null
}

/**
 * The percents of a normalised actual that are progress rather than the indicator's value: a
 * percent after a progress phrase ("已完成100%", "完成进度80%") unless the indicator measures
 * completion (任务完成率); a bare percent when the target is not a percent (a count, an amount, a
 * criterion), unless the indicator's name makes it a percent measure (满意度, 合格率).
 * @internal
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * assessIndicator({ name: '改造会议室数量', target: '2个', actual: '工程形象进度80%' }).status // 'partially-met'
 * ```
 */
export function progressFigures(s: string, name: string, target: Target): ProgressFigure[] {
  if (measuresProgress(name)) return []
  const percentTarget = target.kind === 'quantitative' && target.unit === '%'
  const bareIsProgress =
    target.kind === 'quantitative'
      ? target.unit !== null && target.unit !== '%'
      : (target.kind === 'qualitative' || target.kind === 'deadline') && !percentMeasure(name)
  const out: ProgressFigure[] = []
  const numbers = scanNumbers(s, FIGURE_LIMIT)
  if (numbers.length > FIGURE_LIMIT) return []
  for (const n of numbers) {
    const unit = readUnit(s, n.end)
    if (unit?.unit !== '%' || isDigit(s[n.start - 1]) || s[n.start - 1] === '.') continue
    const phrase = progressPhraseBefore(s, n.start)
    const bare = phrase === null && bareIsProgress
    if (phrase === null && !bare) continue
    if (phrase === null && percentTarget) continue
    out.push({
      value: toDecimalString(dec(n.digits)),
      words: clauseAround(s, n.start, unit.end),
      start: n.start,
    })
  }
  return out
}

/**
 * The least progress stated (the part furthest behind decides). @internal
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * assessIndicator({ name: '项目实施', target: '按计划实施', actual: '一期已完成100%，二期已完成60%' }).reasons[0]?.words // '二期已完成60%'
 * ```
 */
export function leastProgress(figures: readonly ProgressFigure[]): ProgressFigure | null {
  let least: ProgressFigure | null = null
  for (const f of figures) if (least === null || dec(f.value).lessThan(least.value)) least = f
  return least
}

/**
 * The first words saying the work is still under way ("建设中", "正在施工", "尚未完工") that the
 * target itself does not use; null when there are none.
 * @internal
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * assessIndicator({ name: '新建村级服务中心数量', target: '2个', actual: '目前正在施工' }).status // 'not-met'
 * ```
 */
export function inProgressWords(s: string, targetText: string): string | null {
  for (let i = 0; i < s.length; i++) {
    const w = phraseAt(s, i, IN_PROGRESS_WORDS)
    if (w === undefined) continue
    const end = i + w.text.length
    if (w.text.endsWith('中') && end < s.length && !IN_PROGRESS_FOLLOWERS.has(s[end] ?? '')) {
      continue
    }
    if (targetText.includes(w.text)) continue
    return w.text
  }
  return null
}
