/**
 * The summary of a batch of forms, as a district bureau reviewing every department's form reads
 * it: one row per form, totals over the batch, medians, and how often each rule fired. Built one
 * form at a time (`BatchSummaryBuilder`) so that a review of 100,000 files keeps only the rows'
 * few figures, never the evaluations.
 */
import { ASSESSMENT_STATUSES, emptyStatusCounts } from '../assess/statuses'
import type { AssessmentStatus } from '../assess/types'
import type { Evaluation } from '../evaluate/index'
import type { Finding, FindingCode } from '../findings/index'
import { dec } from '../money/decimal'

/**
 * One form of a batch, as a row of the summary table: who and what, the money, the rates, the
 * score, the indicators by status and the findings by severity.
 *
 * @example
 * ```ts
 * import { batchRow, evaluate, liwan2021Form } from '@lw/perf-eval'
 * const row = batchRow('liwan-2021.json', evaluate(liwan2021Form))
 * row.completionRate // '89.31%'
 * row.budget // '6539.06'
 * ```
 */
export interface BatchFormRow {
  /** The file the form came from (`book.xlsx#Sheet1` for a sheet of a workbook). */
  readonly file: string
  /** Whether the file could be read at all; an unreadable file has only its error. */
  readonly readable: boolean
  /** Whether the form has no error finding. */
  readonly valid: boolean
  /** The department, as the form names it. */
  readonly department: string | null
  /** The project, for a project form. */
  readonly project: string | null
  /** The fiscal year. */
  readonly fiscalYear: number | null
  /** `department-overall` or `project`. */
  readonly kind: string | null
  /** The full-year budget of the form's total funding row, in the form's unit. */
  readonly budget: string | null
  /** The actual spending of the same row. */
  readonly actual: string | null
  /** The form's unit of money (万元 by default). */
  readonly unit: string | null
  /** Budget completion rate, as displayed ("89.31%"). */
  readonly completionRate: string | null
  /** Budget adjustment rate, as displayed. */
  readonly adjustmentRate: string | null
  /** The score the library computed, when the form is scored. */
  readonly score: string | null
  /** The grade of that score. */
  readonly grade: string | null
  /** Indicators by status. */
  readonly statusCounts: Readonly<Record<AssessmentStatus, number>>
  /** Error findings. */
  readonly errors: number
  /** Warning findings. */
  readonly warnings: number
  /** Info findings. */
  readonly infos: number
}

/**
 * What a batch came to: how many files and forms, how many could not be read or have errors,
 * findings by severity and by rule, indicators by status, money totals and medians.
 *
 * @example
 * ```ts
 * import { evaluate, liwan2021Form, summarizeBatch } from '@lw/perf-eval'
 * const s = summarizeBatch([{ file: 'a.json', evaluation: evaluate(liwan2021Form) }])
 * s.medians.completionRate // '89.31%'
 * s.byRule.BUDGET_COMPLETION_LOW // 1
 * ```
 */
export interface BatchSummary {
  /** Forms (or files that could not be read) in the batch. */
  readonly forms: number
  /** Files that could not be read. */
  readonly unreadable: number
  /** Forms without an error finding. */
  readonly valid: number
  /** Forms with at least one error finding, unreadable files included. */
  readonly invalid: number
  /** Findings by severity, over the batch. */
  readonly findings: {
    /** Error findings. */
    readonly error: number
    /** Warning findings. */
    readonly warning: number
    /** Info findings. */
    readonly info: number
  }
  /** How many findings each rule gave, over the batch (rules that gave none are absent). */
  readonly byRule: Readonly<Partial<Record<FindingCode, number>>>
  /** Indicators by status, over the batch. */
  readonly statusCounts: Readonly<Record<AssessmentStatus, number>>
  /**
   * Money over the forms that give both figures in 万元 (a form in 元 is converted): the budget,
   * the actual spending and their ratio as a completion rate. Null when no form gives both.
   */
  readonly totals: {
    /** The forms counted in these totals. */
    readonly forms: number
    /** Their budgets summed, in 万元. */
    readonly budget: string | null
    /** Their actual spending summed, in 万元. */
    readonly actual: string | null
    /** The summed actual over the summed budget, as a percent ("92.83%"). */
    readonly completionRate: string | null
  }
  /** Medians over the forms that have the figure (the mean of the middle two for an even count). */
  readonly medians: {
    /** The median completion rate, as a percent. */
    readonly completionRate: string | null
    /** The median score. */
    readonly score: string | null
  }
}

/** A summary row and the batch figures, built one form at a time. @internal */
export interface BatchSummaryBuilder {
  /** Adds a form (its row and findings); the evaluation itself is not kept. */
  add(row: BatchFormRow, findings: readonly Pick<Finding, 'code' | 'severity'>[]): void
  /** The summary of the forms added so far. */
  result(): BatchSummary
}

const isText = (v: unknown): v is string => typeof v === 'string' && v !== ''

/**
 * A displayed percent ("89.31%") as a decimal ratio string ("0.8931"); null when it is not one.
 * @internal
 */
export function percentRatio(text: string | null): string | null {
  if (text === null) return null
  const m = /^(-?\d+(?:\.\d+)?)%$/u.exec(text)
  return m?.[1] === undefined ? null : dec(m[1]).dividedBy(100).toString()
}

const TO_WAN: Readonly<Record<string, string>> = { 万元: '1', 元: '0.0001', 亿元: '10000' }

/**
 * A plain decimal amount in 万元 (from 元, 万元 or 亿元); null for anything else.
 * @internal
 */
export function inWan(amount: string | null, unit: string | null): string | null {
  if (amount === null || !/^-?\d+(?:\.\d+)?$/u.test(amount)) return null
  const factor = TO_WAN[unit ?? '万元']
  return factor === undefined ? null : dec(amount).times(factor).toString()
}

/**
 * A form of a batch as its summary row. Reads parsed-back or edited JSON as well: a field of the
 * wrong type is null.
 *
 * @example
 * ```ts
 * import { batchRow, evaluate, liwan2021Form } from '@lw/perf-eval'
 * batchRow('liwan.json', evaluate(liwan2021Form)).statusCounts.met // 9
 * ```
 */
export function batchRow(file: string, evaluation: Evaluation): BatchFormRow {
  // Parsed-back JSON may lack any part, or be no object at all (null in a list of results): every
  // field is read as unknown and checked.
  const raw: unknown = evaluation
  const e = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<
    Record<keyof Evaluation, unknown>
  >
  const s = (typeof e.summary === 'object' && e.summary !== null ? e.summary : {}) as Partial<
    Evaluation['summary']
  >
  const funding = (Array.isArray(e.funding) ? e.funding : []) as Partial<
    Record<'source' | 'adjustedBudget' | 'initialBudget' | 'actual', unknown>
  >[]
  const head = funding.find((f) => f.source === 'total') ?? funding[0]
  const form = (typeof e.form === 'object' && e.form !== null ? e.form : null) as Partial<
    Record<'projectName' | 'unit', unknown>
  > | null
  const budget = head?.adjustedBudget ?? head?.initialBudget ?? null
  const counts = emptyStatusCounts()
  for (const k of ASSESSMENT_STATUSES) {
    const n = s.statusCounts?.[k]
    if (typeof n === 'number' && Number.isFinite(n)) counts[k] = n
  }
  const n = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0)
  return {
    file,
    readable: true,
    valid: e.valid === true,
    department: isText(s.department) ? s.department : null,
    project: isText(form?.projectName) ? form.projectName : null,
    fiscalYear: typeof s.fiscalYear === 'number' ? s.fiscalYear : null,
    kind: isText(s.kind) ? s.kind : null,
    budget: isText(budget) ? budget : null,
    actual: isText(head?.actual) ? head.actual : null,
    unit: form === null ? null : isText(form.unit) ? form.unit : '万元',
    completionRate: isText(s.completionRate) ? s.completionRate : null,
    adjustmentRate: isText(s.adjustmentRate) ? s.adjustmentRate : null,
    score: isText(s.score) ? s.score : null,
    grade: isText(s.grade) ? s.grade : null,
    statusCounts: counts,
    errors: n(s.errors),
    warnings: n(s.warnings),
    infos: n(s.infos),
  }
}

/**
 * The row of a file that could not be read: nothing but its one error.
 * @internal
 */
export function unreadableRow(file: string): BatchFormRow {
  return {
    file,
    readable: false,
    valid: false,
    department: null,
    project: null,
    fiscalYear: null,
    kind: null,
    budget: null,
    actual: null,
    unit: null,
    completionRate: null,
    adjustmentRate: null,
    score: null,
    grade: null,
    statusCounts: emptyStatusCounts(),
    errors: 1,
    warnings: 0,
    infos: 0,
  }
}

function median(values: number[]): number | null {
  if (values.length === 0) return null
  const sorted = Float64Array.from(values).sort()
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? null)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

/**
 * A builder of the batch summary that keeps per form only two integers (for the medians): the
 * completion rate in hundredths of a percent and the score in hundredths of a point, exact in a
 * number, written back as decimals.
 * @internal
 */
export function batchSummaryBuilder(): BatchSummaryBuilder {
  let forms = 0
  let unreadable = 0
  let valid = 0
  const findings = { error: 0, warning: 0, info: 0 }
  const byRule = new Map<string, number>()
  const statusCounts = emptyStatusCounts()
  let budget = dec(0)
  let actual = dec(0)
  let moneyForms = 0
  const rates: number[] = []
  const scores: number[] = []
  return {
    add(row, list) {
      forms++
      if (!row.readable) unreadable++
      if (row.valid) valid++
      for (const f of list) {
        if (Object.hasOwn(findings, f.severity)) findings[f.severity]++
        byRule.set(f.code, (byRule.get(f.code) ?? 0) + 1)
      }
      for (const k of ASSESSMENT_STATUSES) statusCounts[k] += row.statusCounts[k]
      const b = inWan(row.budget, row.unit)
      const a = inWan(row.actual, row.unit)
      if (b !== null && a !== null) {
        budget = budget.plus(b)
        actual = actual.plus(a)
        moneyForms++
      }
      const ratio = percentRatio(row.completionRate)
      if (ratio !== null) rates.push(dec(ratio).times(10000).round().toNumber())
      if (row.score !== null && /^-?\d+(?:\.\d+)?$/u.test(row.score))
        scores.push(dec(row.score).times(100).round().toNumber())
    },
    result() {
      const rate = median(rates)
      const score = median(scores)
      return {
        forms,
        unreadable,
        valid,
        invalid: forms - valid,
        findings: { ...findings },
        byRule: Object.fromEntries([...byRule].sort(([a], [b]) => (a < b ? -1 : 1))),
        statusCounts: { ...statusCounts },
        totals: {
          forms: moneyForms,
          budget: moneyForms === 0 ? null : budget.toString(),
          actual: moneyForms === 0 ? null : actual.toString(),
          completionRate:
            moneyForms === 0 || budget.isZero()
              ? null
              : `${actual.dividedBy(budget).times(100).toFixed(2)}%`,
        },
        medians: {
          completionRate: rate === null ? null : `${dec(rate).dividedBy(100).toFixed(2)}%`,
          score: score === null ? null : dec(score).dividedBy(100).toFixed(2),
        },
      }
    },
  }
}

/**
 * The summary of a batch of evaluations (see {@link BatchSummary}). For a batch too large to
 * hold, the command line builds the same summary one form at a time.
 *
 * @example
 * ```ts
 * import { evaluate, liwan2021Form, summarizeBatch } from '@lw/perf-eval'
 * const e = evaluate(liwan2021Form)
 * const s = summarizeBatch([{ file: 'a.json', evaluation: e }, { file: 'b.json', evaluation: e }])
 * s.forms // 2
 * s.totals.completionRate // '89.31%'
 * ```
 */
export function summarizeBatch(
  entries: readonly { readonly file?: string | undefined; readonly evaluation: Evaluation }[],
): BatchSummary {
  const builder = batchSummaryBuilder()
  for (const [i, entry] of entries.entries()) {
    // A list read back from JSON may hold anything: what is no object is an empty entry.
    const item: unknown = entry
    const { file, evaluation } = (typeof item === 'object' && item !== null ? item : {}) as {
      file?: unknown
      evaluation?: Partial<Evaluation> | null
    }
    const findings = Array.isArray(evaluation?.findings) ? evaluation.findings : []
    const name = typeof file === 'string' ? file : `form ${i + 1}`
    builder.add(batchRow(name, evaluation as Evaluation), findings)
  }
  return builder.result()
}
