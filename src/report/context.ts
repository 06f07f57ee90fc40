import type { AssessmentStatus } from '../assess/types'
import type { Evaluation } from '../evaluate/types'
import type { Locale } from '../i18n/index'
import { formatPercent } from '../rates/index'
import type { SelfEvaluation } from '../schema/index'
import { type LabelKey, label, STATUS_ICON, STATUS_ORDER, statusLabel } from './labels'
import { knownAnchors, type NumberedFinding, numberFindings } from './locate'
import type { Cell, Link } from './model'

/** What every part of the layout needs: the evaluation, the locale, and the findings by row. */
export interface BuildContext {
  readonly evaluation: Evaluation
  readonly form: SelfEvaluation | null
  readonly locale: Locale
  readonly findings: readonly NumberedFinding[]
  readonly findingsByRow: ReadonlyMap<string, readonly Link[]>
  readonly l: (key: LabelKey, params?: Readonly<Record<string, string | number>>) => string
}

/** Builds the context, numbering the findings. */
export function buildContext(evaluation: Evaluation, locale: Locale): BuildContext {
  const form = evaluation.form
  const known = knownAnchors(form, evaluation.score !== null)
  const { numbered, byRow } = numberFindings(evaluation.findings, known)
  return {
    evaluation,
    form,
    locale,
    findings: numbered,
    findingsByRow: byRow,
    l: (key, params) => label(locale, key, params),
  }
}

/** The finding links of a row, for its notes cell. */
export function notesCell(ctx: BuildContext, anchor: string): Cell {
  return { text: '', links: ctx.findingsByRow.get(anchor) ?? [] }
}

/**
 * An amount for display: as given, with at least two decimals ("1611.2" → "1611.20"), as
 * printed forms show money. More decimals are kept, never rounded away.
 */
export function amountText(amount: string | null | undefined): string {
  if (amount === null || amount === undefined || amount === '') return '—'
  const [whole, fraction = ''] = amount.split('.')
  return `${whole ?? ''}.${fraction.padEnd(2, '0')}`
}

/** A ratio as a percentage with 2 decimals, half-up; '—' when there is none. */
export function percentText(ratio: string | null | undefined): string {
  if (ratio === null || ratio === undefined) return '—'
  return formatPercent(ratio) ?? '—'
}

/** "达成 4 · 未达成 1 · 无法判断 1": the non-zero counts of a status tally. */
export function countsText(
  locale: Locale,
  counts: Readonly<Record<AssessmentStatus, number>>,
): string {
  const parts = STATUS_ORDER.filter((s) => counts[s] > 0).map(
    (s) => `${statusLabel(locale, s)} ${counts[s]}`,
  )
  return parts.length === 0 ? '—' : parts.join(' · ')
}

/** A status with its icon, so it reads without colour. */
export function statusCell(locale: Locale, status: AssessmentStatus, note?: string): Cell {
  return {
    text: `${STATUS_ICON[status]} ${statusLabel(locale, status)}`,
    mark: `status-${status}`,
    ...(note !== undefined && note !== '' ? { note } : {}),
  }
}
