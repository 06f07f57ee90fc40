import type { EvaluatedFundingRow, EvaluatedRate } from '../evaluate/types'
import { dec, toDecimalString } from '../money/decimal'
import { amountText, type BuildContext, notesCell } from './context'
import { conventionLabel, sourceLabel, undefinedReasonLabel } from './labels'
import { anchorOf } from './locate'
import type { Badge, Block, Cell, Column, FundingBar, Row } from './model'

/** The verdict on a printed rate as a badge: ✓, ~ convention, ✗ mismatch. */
function verdictBadge(ctx: BuildContext, rate: EvaluatedRate): Badge | undefined {
  const check = rate.check
  if (check === null) return undefined
  switch (check.verdict) {
    case 'match':
      return { text: '✓', mark: 'match' }
    case 'convention':
      return {
        text: `~ ${check.convention === null ? '' : conventionLabel(ctx.locale, check.convention)}`.trim(),
        mark: 'convention',
      }
    case 'mismatch':
      return { text: `✗ ${ctx.l('mismatch')}`, mark: 'mismatch' }
    case 'unreadable':
      return { text: `? ${ctx.l('unreadable')}`, mark: 'mismatch' }
    case 'uncheckable':
      return { text: ctx.l('notChecked'), mark: 'info' }
  }
}

/** A computed rate, with the printed figure and its verdict beneath it. */
function rateCell(ctx: BuildContext, rate: EvaluatedRate): Cell {
  const reason =
    rate.undefinedReason === null
      ? ''
      : ` (${undefinedReasonLabel(ctx.locale, rate.undefinedReason)})`
  const text = rate.display ?? `—${reason}`
  if (rate.printed === null) return { text }
  return {
    text,
    note: ctx.l('printedValue', { value: rate.printed }),
    noteBadge: verdictBadge(ctx, rate),
  }
}

function scoreCells(ctx: BuildContext, row: EvaluatedFundingRow, r: number): Cell[] {
  const formRow = ctx.form?.funding[r]
  const item = ctx.evaluation.score?.items.find((i) => anchorOf(i.path) === anchorOf(row.path))
  const printed = formRow?.printed?.score
  return [
    { text: formRow?.weight ?? '—' },
    {
      text: item?.display ?? '—',
      ...(printed !== undefined ? { note: ctx.l('printedValue', { value: printed }) } : {}),
    },
  ]
}

/** ΔB of a project form, which prints B₀ and B₀ + ΔB but not ΔB; null when there is none. */
function derivedAdjustment(row: EvaluatedFundingRow): string | null {
  if (row.initialBudget === null || row.adjustedBudget === null) return null
  const delta = dec(row.adjustedBudget).minus(row.initialBudget)
  return delta.isZero() ? null : toDecimalString(delta)
}

/** The funding block: amounts as printed, computed rates with the printed ones beside them. */
export function fundingBlocks(ctx: BuildContext): Block[] {
  const { evaluation, form } = ctx
  const heading: Block = {
    kind: 'heading',
    level: 2,
    text: form === null ? ctx.l('funding') : ctx.l('fundingUnit', { unit: form.unit ?? '万元' }),
    id: 'funding',
  }
  if (evaluation.funding.length === 0) {
    return [heading, { kind: 'paragraph', text: ctx.l('noFunding') }]
  }
  const scored = form?.funding.some((f) => f.weight !== undefined || f.printed?.score !== undefined)
  const columns: Column[] = [
    { label: ctx.l('source'), width: 14 },
    { label: ctx.l('initialBudget'), width: 10, align: 'right', compact: true },
    { label: ctx.l('adjustment'), width: 10, align: 'right', compact: true },
    { label: ctx.l('adjustedBudget'), width: 10, align: 'right', compact: true },
    { label: ctx.l('actual'), width: 10, align: 'right', compact: true },
    { label: ctx.l('completionRate'), width: 11, align: 'right', compact: true },
    { label: ctx.l('adjustmentRate'), width: 11, align: 'right', compact: true },
    ...(scored === true
      ? [
          { label: ctx.l('weight'), width: 6, align: 'right' as const, compact: true },
          { label: ctx.l('score'), width: 8, align: 'right' as const, compact: true },
        ]
      : []),
    { label: ctx.l('notes'), width: 7, compact: true },
  ]
  const rows: Row[] = evaluation.funding.map((row, r) => {
    const anchor = anchorOf(row.path)
    const adjustedPrinted = form?.funding[r]?.adjustedBudget !== undefined
    const adjusted: Cell =
      row.adjustedBudget !== null && !adjustedPrinted
        ? { text: amountText(row.adjustedBudget), note: ctx.l('computed') }
        : { text: amountText(row.adjustedBudget) }
    return {
      id: anchor,
      cells: [
        { text: row.label ?? sourceLabel(ctx.locale, row.source) },
        { text: amountText(row.initialBudget) },
        { text: amountText(row.adjustment) },
        adjusted,
        { text: amountText(row.actual) },
        rateCell(ctx, row.completionRate),
        rateCell(ctx, row.adjustmentRate),
        ...(scored === true ? scoreCells(ctx, row, r) : []),
        notesCell(ctx, anchor),
      ],
    }
  })
  const bars: FundingBar[] = evaluation.funding.map((row) => ({
    label: row.label ?? sourceLabel(ctx.locale, row.source),
    initial: row.initialBudget,
    adjustment: row.adjustment ?? derivedAdjustment(row),
    adjusted: row.adjustedBudget,
    actual: row.actual,
    completion: row.completionRate.display,
  }))
  return [
    heading,
    { kind: 'table', columns, rows },
    {
      kind: 'funding-chart',
      title: ctx.l('chartFunding'),
      description: ctx.l('chartFundingDesc'),
      bars,
    },
  ]
}
