import {
  assessPrepared,
  fromPrintedStatus,
  fromSubRows,
  type PreparedAssessOptions,
  prepareAssessOptions,
  readPrintedStatus,
  rubricAssessment,
  statusFromChildren,
} from '../assess/index'
import { STATUS_TEXT } from '../assess/reasons'
import { emptyStatusCounts } from '../assess/statuses'
import type { Assessment } from '../assess/types'
import {
  applyRuleSettings,
  type CellMap,
  cellOf,
  checkRuleSettings,
  type Finding,
  type LocatedFinding,
  placeOf,
  type RuleSetting,
  type RuleSettings,
  sortFindings,
} from '../findings/index'
import { describeFormula, lintFormula, parseFormula } from '../formula/index'
import type { Locale } from '../i18n/index'
import { dec, toDecimalString } from '../money/decimal'
import { checkDate, checkLocale, checkOptions, OptionError, oneOf } from '../options/index'
import {
  checkReportedRate,
  formatPercent,
  fundingRowRates,
  type RateCheck,
  type RateResult,
  rateCheckFinding,
  rateFailureFinding,
} from '../rates/index'
import { rateOf as rateFromParts } from '../rates/result'
import { checkBasicData } from '../rules/basic-data'
import { emit, indicatorsOf, isPartial, type RuleContext } from '../rules/context'
import { checkEvidenceDates, checkEvidenceMissing } from '../rules/evidence'
import {
  adjustedBudgetOf,
  checkAdjustedBudgets,
  checkBalances,
  checkBreakdowns,
  checkFundingTotals,
  executionRowIndex,
  headlineRowIndex,
  isEmptyRow,
} from '../rules/funding'
import { checkGroups } from '../rules/groups'
import { checkProblemsAnswered } from '../rules/problems'
import { checkPrintedGrade, checkPrintedScores } from '../rules/scores'
import { checkSubRows, childrenOf } from '../rules/subrows'
import { checkTaskFunds } from '../rules/tasks'
import { checkGarbledText } from '../rules/text'
import { checkAmountUnits } from '../rules/units'
import { type Indicator, parseSelfEvaluation, type SelfEvaluation } from '../schema/index'
import {
  checkScheme,
  defaultSchemeFor,
  type SchemeName,
  type ScoringScheme,
  schemes,
} from '../score/index'
import { parseTarget, readTargetInName, targetTextFromParts } from '../targets/index'
import { categoryOf } from './category'
import { scoreAssessed } from './score-form'
import type {
  EvaluatedFundingRow,
  EvaluatedIndicator,
  EvaluatedRate,
  EvaluatedScore,
  EvaluatedTask,
  Evaluation,
  EvaluationSummary,
} from './types'

/**
 * Options of {@link evaluate}, {@link validate} and {@link scoreForm}. Each is checked when given
 * (`OptionError` otherwise); keys other than these are ignored.
 *
 * @example
 * ```ts
 * import type { EvaluateOptions } from '@lw/perf-eval'
 * const o: EvaluateOptions = { scheme: 'hubei-department', locale: 'en', asOf: '2022-03-31' }
 * ```
 */
export interface EvaluateOptions {
  /**
   * A built-in scheme's name, or a scheme object (checked with `ScoringSchemeSchema`). Default:
   * {@link defaultSchemeFor} the form's kind. An unknown name or an invalid object throws
   * `OptionError`.
   */
  readonly scheme?: SchemeName | ScoringScheme | undefined
  /** Locale of messages and reasons. Default zh-CN. */
  readonly locale?: Locale | undefined
  /**
   * The evaluation date, a real date written YYYY-MM-DD, used when the form gives none; bounds
   * evidence dates.
   */
  readonly asOf?: string | undefined
  /**
   * How the input is read: `tolerant` (default) evaluates the form as far as it can be read — an
   * unreadable cell costs only what depends on it; `strict` evaluates only an input that is exactly
   * a valid form, and rejects any other as `not-a-form` with the reasons.
   */
  readonly read?: 'tolerant' | 'strict' | undefined
  /**
   * Rule settings, as in eslint: `{ EVIDENCE_MISSING: 'off', BUDGET_COMPLETION_LOW: 'error' }`.
   * Applied after every finding is made: `'off'` drops a rule's findings, a severity replaces its
   * default, and `valid` and the summary counts follow. An unknown code or setting throws
   * {@link OptionError}.
   */
  readonly rules?: RuleSettings | undefined
  /**
   * Where each value was read, when the form came from a spreadsheet: the `cells` map of
   * {@link readFormGrid} (or of a form `readWorkbook` found), JSON Pointer → "Sheet1!F12". Every
   * finding then carries `cell`, the cell a person fixes, and every report shows it. Not an object
   * of strings: `OptionError`.
   */
  readonly cells?: CellMap | undefined
}

/**
 * Evaluates a self-evaluation form: parses it, recomputes every rate from the amounts and checks
 * the printed ones, reads every target and judges every indicator, lints every formula, scores the
 * form when it carries weights, and runs the whole rule catalogue. Returns plain JSON. Never
 * throws on the input, whatever it is: input that is not a form gives `outcome: 'not-a-form'`
 * and its findings. Options it cannot honour (an unknown scheme name, an invalid scheme object,
 * an unknown locale, an `asOf` that is not a real YYYY-MM-DD date, an unknown `read` mode) throw
 * `OptionError`, whose message names the option and what is allowed.
 *
 * @example
 * ```ts
 * import { evaluate, liwan2021Form } from '@lw/perf-eval'
 * const e = evaluate(liwan2021Form)
 * e.summary.completionRate // '89.31%'
 * e.summary.adjustmentRate // '5.27%'
 * e.findings.some((f) => f.code === 'BUDGET_COMPLETION_LOW') // true
 * if (e.outcome === 'evaluated') e.form.fiscalYear // 2021
 * ```
 */
export function evaluate(input: unknown, options?: EvaluateOptions): Evaluation {
  const checked = checkEvaluateOptions('evaluate', options)
  const { locale } = checked
  const parsed = parseSelfEvaluation(input, { locale, mode: checked.read })
  const scheme =
    checked.scheme ?? schemes[defaultSchemeFor(parsed.success ? parsed.data.kind : undefined)]
  const schemeInfo = { id: scheme.id, name: scheme.name[locale], scoring: scheme.scoring }
  if (!parsed.success) {
    return notAForm(locale, schemeInfo, finish(parsed.findings, input, checked))
  }
  const form = parsed.data
  const ctx: RuleContext = {
    form,
    unit: form.unit ?? '万元',
    scheme,
    locale,
    asOf: form.evaluationDate ?? checked.asOf,
    unreadable: parsed.unreadable,
    indicators: indicatorsOf(form),
  }
  const findings: Finding[] = [...parsed.findings, ...headerFindings(ctx)]

  const funding = evaluateFunding(ctx, findings)
  const children = childrenOf(ctx.indicators)
  const { indicators, assessments } = evaluateIndicators(ctx, children, findings)
  const tasks = evaluateTasks(ctx, indicators)
  const headline = headlineRowIndex(form.funding)
  const execution = executionRowIndex(form.funding)
  const completionRatio =
    execution === null ? null : (funding[execution]?.completionRate.ratio ?? null)
  const scored = scoreAssessed(ctx, assessments, completionRatio)
  for (const item of checkSubRows(ctx, assessments, children)) findings.push(item)
  for (const item of scored.findings) findings.push(item)
  const withScores = indicators.map((ind, i) => ({
    ...ind,
    score: scored.indicatorScores[i] ?? null,
  }))
  findings.push(
    ...checkEvidenceMissing(
      ctx,
      withScores.map((ind) => ({
        status: ind.status,
        actualSource: ind.actualSource,
        scoreRule: ind.score?.rule ?? null,
      })),
    ),
  )

  findings.push(
    ...checkFundingTotals(ctx),
    ...checkAdjustedBudgets(ctx),
    ...checkBalances(ctx),
    ...checkBreakdowns(ctx),
    ...checkBasicData(ctx),
    ...checkGroups(ctx),
    ...checkGarbledText(ctx),
    ...checkTaskFunds(ctx),
    ...checkAmountUnits(ctx),
    ...checkProblemsAnswered(ctx),
    ...checkPrintedScores(ctx),
    ...checkPrintedGrade(ctx),
    ...checkEvidenceDates(ctx),
  )
  const sorted = finish(dedupe(findings), form, checked)
  const headRow = headline === null ? undefined : funding[headline]
  return {
    outcome: 'evaluated',
    valid: !sorted.some((f) => f.severity === 'error'),
    unreadable: parsed.unreadable,
    locale,
    scheme: schemeInfo,
    form,
    funding,
    tasks,
    indicators: withScores,
    score: scored.score,
    summary: summarize(form, headRow, withScores, scored.score, sorted),
    findings: sorted,
  }
}

/**
 * The findings alone: what {@link evaluate} reports, sorted by severity, then path.
 *
 * @example
 * ```ts
 * import { liwan2021Form, validate } from '@lw/perf-eval'
 * validate(liwan2021Form).filter((f) => f.severity === 'error').length // 0
 * validate({ kind: 'project' })[0]?.code // 'INPUT_NOT_A_FORM'
 * ```
 */
export function validate(input: unknown, options?: EvaluateOptions): readonly LocatedFinding[] {
  checkEvaluateOptions('validate', options)
  return evaluate(input, options).findings
}

/**
 * Scores a form under a scheme (default: {@link defaultSchemeFor} the form's kind): the budget-execution item and every
 * weighted indicator, each with its trace (rule, weight, ratio, band, cap, exact score and display),
 * the total (rescaled when indicators were not carried out) and the grade. `null` when the form
 * is not one, the scheme does not score (`liwan-2021-department`), or the form carries no weights
 * and the scheme does not spread any: no score is invented. The findings that come with scoring
 * (printed scores audited against these) are in {@link evaluate}'s result.
 *
 * @example
 * ```ts
 * import { scoreForm } from '@lw/perf-eval'
 * const score = scoreForm({
 *   kind: 'project', department: '临沧市临翔区林业和草原局', fiscalYear: 2023, unit: '万元',
 *   funding: [{ source: 'total', adjustedBudget: '32.4', actual: '31.69', weight: '10' }],
 *   indicators: [{ name: '钢结构圈养围栏', level1: '产出指标', target: '≥120米', actual: '121.5米', weight: '90' }],
 * }, 'mof-2020-project')
 * score?.display                         // '99.78'
 * score?.grade                           // '优'
 * score?.items.map((i) => i.rule)        // ['execution', 'full-when-met']
 * ```
 */
export function scoreForm(
  input: unknown,
  scheme?: SchemeName | ScoringScheme,
  options?: Omit<EvaluateOptions, 'scheme'>,
): EvaluatedScore | null {
  const all = { ...checkOptions('scoreForm', options), scheme }
  checkEvaluateOptions('scoreForm', all)
  return evaluate(input, all).score
}

/** {@link EvaluateOptions} checked, with their defaults. */
interface CheckedEvaluateOptions {
  readonly locale: Locale
  readonly read: 'tolerant' | 'strict'
  readonly scheme: ScoringScheme | undefined
  readonly asOf: string | undefined
  readonly rules: ReadonlyMap<string, RuleSetting>
  readonly cells: CellMap | undefined
}

const READ_MODES = ['tolerant', 'strict'] as const

/** Checks the options of evaluate, validate and scoreForm (the rule of src/options). */
function checkEvaluateOptions(
  fn: string,
  options: EvaluateOptions | undefined,
): CheckedEvaluateOptions {
  const o = checkOptions(fn, options)
  return {
    locale: checkLocale(fn, o.locale),
    read: oneOf(fn, 'read', o.read, READ_MODES, 'tolerant'),
    scheme: checkScheme(fn, o.scheme),
    asOf: checkDate(fn, 'asOf', o.asOf),
    rules: checkRuleSettings(fn, o.rules),
    cells: checkCells(fn, o.cells),
  }
}

/** A cell map is an object of strings (what readFormGrid returns); anything else is a programmer error. */
function checkCells(fn: string, value: unknown): CellMap | undefined {
  if (value === undefined) return undefined
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    if (Object.values(value).every((v) => typeof v === 'string')) return value as CellMap
  }
  throw new OptionError(fn, 'cells', value, 'an object of JSON Pointer → cell address strings')
}

/**
 * The findings as returned: rule settings applied, sorted (a severity may have changed), each
 * located in the form — the normalised one when there is one, else the input the paths point into.
 */
function finish(
  findings: readonly Finding[],
  form: unknown,
  { rules, locale, cells }: CheckedEvaluateOptions,
): LocatedFinding[] {
  return sortFindings(applyRuleSettings(findings, rules)).map((f) => {
    const located = { ...f, location: placeOf(form, f.path, locale) }
    const cell = cells === undefined ? undefined : cellOf(f.path, cells)
    return cell === undefined ? located : { ...located, cell }
  })
}

/** What the header does not say: department, year, money unit. */
function headerFindings(ctx: RuleContext): Finding[] {
  const { form } = ctx
  const out: Finding[] = []
  if (form.department === undefined || form.department.trim() === '') {
    out.push(emit(ctx, 'DEPARTMENT_MISSING', ['department'], {}))
  }
  if (form.fiscalYear === undefined) out.push(emit(ctx, 'FISCAL_YEAR_MISSING', ['fiscalYear'], {}))
  if (form.unit === undefined) out.push(emit(ctx, 'UNIT_MISSING', ['unit'], {}))
  if (isPartial(ctx)) out.push(emit(ctx, 'FORM_PARTIAL', ['source', 'partial'], {}))
  return out
}

/**
 * The summary of an input that says nothing: no department, year, rates or indicators, and the
 * finding counts given. @internal
 */
export function emptySummary(
  counts: Pick<EvaluationSummary, 'errors' | 'warnings' | 'infos'>,
): EvaluationSummary {
  return {
    department: null,
    fiscalYear: null,
    kind: null,
    completionRate: null,
    adjustmentRate: null,
    indicators: 0,
    statusCounts: emptyStatusCounts(),
    score: null,
    grade: null,
    ...counts,
  }
}

/** The evaluation of an input that is not a form: only its findings say anything. */
function notAForm(
  locale: Locale,
  scheme: Evaluation['scheme'],
  findings: LocatedFinding[],
): Evaluation {
  return {
    outcome: 'not-a-form',
    valid: false,
    unreadable: [],
    locale,
    scheme,
    form: null,
    funding: [],
    tasks: [],
    indicators: [],
    score: null,
    summary: emptySummary(severityCounts(findings)),
    findings,
  }
}

function rateOf(
  result: RateResult,
  printed: string | undefined,
  check: RateCheck | null,
): EvaluatedRate {
  return {
    ratio: result.success ? result.data : null,
    display: result.success ? formatPercent(result.data) : null,
    undefinedReason: result.success ? null : result.reason,
    printed: printed ?? null,
    check,
  }
}

function evaluateFunding(ctx: RuleContext, findings: Finding[]): EvaluatedFundingRow[] {
  const { form, scheme, locale } = ctx
  const headline = headlineRowIndex(form.funding)
  const crossed: { row: number; finding: ThresholdFinding }[] = []
  const rows = form.funding.map((row, r) => {
    const path = ['funding', r]
    // A carry-over column is part of the full-year budget the rates divide by.
    const budget = adjustedBudgetOf(row)
    const amounts = row.carryOver === undefined ? row : { ...row, adjustedBudget: budget }
    const rates = fundingRowRates(amounts, {
      thresholds: {
        completionFloor: scheme.thresholds.completionFloor,
        adjustmentCeiling: scheme.thresholds.adjustmentCeiling,
      },
      unit: ctx.unit,
      locale,
      path,
    })
    const balance = shareOf(budget, row.actual, true)
    const arrival = shareOf(budget, row.arrived, false)
    const balanceCheck = printedCheck(row.printed?.balanceRate, balance)
    const arrivalCheck = printedCheck(row.printed?.arrivalRate, arrival)
    const checks = [
      { check: rates.completionCheck, rate: 'completion' as const, cell: 'completionRate' },
      { check: rates.adjustmentCheck, rate: 'adjustment' as const, cell: 'adjustmentRate' },
      { check: balanceCheck, rate: BALANCE_RATE, cell: 'balanceRate' },
      { check: arrivalCheck, rate: ARRIVAL_RATE, cell: 'arrivalRate' },
    ]
    for (const { check, rate, cell } of checks) {
      if (check === null) continue
      const f = rateCheckFinding(check, { rate, locale, path: [...path, 'printed', cell] })
      if (f !== null) findings.push(f)
    }
    // An undefined rate matters where the form prints one, or on the row that speaks for the form;
    // a component with nothing budgeted and nothing spent that prints 0 or nothing says no more.
    const printsAnything = row.printed?.completionRate !== undefined || r === headline
    const idle = r !== headline && isIdle(rates.completion, row.printed?.completionRate)
    if (
      printsAnything &&
      !idle &&
      !rates.completion.success &&
      rates.completion.reason !== 'missing-input'
    ) {
      const f = rateFailureFinding(rates.completion, { rate: 'completion', locale, path })
      if (f !== null) findings.push(f)
    }
    if (row.printed?.adjustmentRate !== undefined && !rates.adjustment.success) {
      const f = rateFailureFinding(rates.adjustment, { rate: 'adjustment', locale, path })
      if (f !== null) findings.push(f)
    }
    if (r === headline || !isEmptyRow(row)) {
      for (const finding of thresholdFindings(ctx, r, rates)) crossed.push({ row: r, finding })
    }
    return {
      path,
      source: row.source,
      label: row.label ?? null,
      initialBudget: row.initialBudget ?? null,
      adjustment: row.adjustment ?? null,
      adjustedBudget: budget ?? null,
      actual: row.actual ?? null,
      completionRate: rateOf(rates.completion, row.printed?.completionRate, rates.completionCheck),
      completionBasis: rates.completionBasis,
      adjustmentRate: rateOf(rates.adjustment, row.printed?.adjustmentRate, rates.adjustmentCheck),
      outturnRate: rateOf(rates.outturn, undefined, null),
      balanceRate: rateOf(balance, row.printed?.balanceRate, balanceCheck),
      arrivalRate: rateOf(arrival, row.printed?.arrivalRate, arrivalCheck),
    }
  })
  for (const item of thresholdsOnEveryRow(crossed, headline)) findings.push(item)
  return rows
}

/** 0 spent of 0 budgeted, with a printed rate of 0 (or none): a source the form did not use. */
function isIdle(rate: RateResult, printed: string | undefined): boolean {
  if (rate.success || rate.reason !== 'zero-denominator' || rate.numerator === null) return false
  if (!dec(rate.numerator).isZero()) return false
  const figure = printed?.replace(/[\s%％]/gu, '') ?? ''
  return figure === '' || /^0+(\.0+)?$/u.test(figure)
}

/** The names of the rates evaluate adds, in both locales. @internal */
export const BALANCE_RATE = { 'zh-CN': '结余率', en: 'balance rate' }
/** @internal */
export const ARRIVAL_RATE = { 'zh-CN': '到位率', en: 'arrival rate' }

/**
 * 结余率 = (全年预算数 − 全年执行数) ÷ 全年预算数 (`remainder`), or 到位率 = 到位数 ÷ 全年预算数.
 * Missing when either amount is blank: blank is never zero.
 */
function shareOf(
  budget: string | undefined,
  part: string | undefined,
  remainder: boolean,
): RateResult {
  if (budget === undefined || part === undefined) {
    return {
      success: false,
      reason: 'missing-input',
      field: null,
      numerator: null,
      denominator: budget ?? null,
      findings: [],
    }
  }
  const numerator = remainder ? dec(budget).minus(part) : dec(part)
  return rateFromParts(numerator, dec(budget))
}

function printedCheck(printed: string | undefined, rate: RateResult): RateCheck | null {
  return printed === undefined || printed.trim() === '' ? null : checkReportedRate(printed, rate)
}

/** What a threshold finding says: its code and the rate it names. */
function keyOf(f: ThresholdFinding): string {
  return `${f.code}|${f.params.rate ?? ''}`
}

type ThresholdFinding = Finding<
  'BUDGET_COMPLETION_LOW' | 'BUDGET_OVERSPENT' | 'BUDGET_ADJUSTMENT_HIGH'
>

/**
 * Rate thresholds hold for every funding row with data, not only the headline: a component's
 * budget cut shows even when the total row is blank or all zeros. A component whose finding says
 * what the headline's already says (the same rate: 其中 当年财政拨款 repeating the total) is
 * reported once, on the headline.
 */
function thresholdsOnEveryRow(
  found: readonly { row: number; finding: ThresholdFinding }[],
  headline: number | null,
): Finding[] {
  const said = new Set(found.filter((f) => f.row === headline).map((f) => keyOf(f.finding)))
  return found
    .filter((f) => f.row === headline || !said.has(keyOf(f.finding)))
    .map((f) => f.finding)
}

/** BUDGET_COMPLETION_LOW, BUDGET_OVERSPENT and BUDGET_ADJUSTMENT_HIGH of one funding row. */
function thresholdFindings(
  ctx: RuleContext,
  r: number,
  rates: ReturnType<typeof fundingRowRates>,
): ThresholdFinding[] {
  const out: ThresholdFinding[] = []
  const row = ctx.form.funding[r]
  const path = ['funding', r]
  if (rates.completion.success && rates.completionLow === true) {
    out.push(
      emit(ctx, 'BUDGET_COMPLETION_LOW', path, {
        rate: formatPercent(rates.completion.data),
        threshold: formatPercent(ctx.scheme.thresholds.completionFloor),
      }),
    )
  }
  if (rates.completion.success && rates.overspent === true) {
    out.push(
      emit(ctx, 'BUDGET_OVERSPENT', path, {
        rate: formatPercent(rates.completion.data),
        actual: row?.actual ?? null,
        budget: rates.completion.denominator,
        unit: ctx.unit,
      }),
    )
  }
  if (rates.adjustment.success && rates.adjustmentHigh === true) {
    out.push(
      emit(ctx, 'BUDGET_ADJUSTMENT_HIGH', path, {
        rate: formatPercent(rates.adjustment.data),
        threshold: formatPercent(ctx.scheme.thresholds.adjustmentCeiling),
      }),
    )
  }
  return out
}

function evaluateIndicators(
  ctx: RuleContext,
  children: ReadonlyMap<number, readonly number[]>,
  findings: Finding[],
): { indicators: Omit<EvaluatedIndicator, 'score'>[]; assessments: Assessment[] } {
  const { form, scheme, locale } = ctx
  const indicators: Omit<EvaluatedIndicator, 'score'>[] = []
  const assessments: Assessment[] = []
  // Checked and read once for the form, not once per indicator; on the first indicator assessed,
  // as before, so that a form with none to assess never meets an option it cannot honour.
  let prepared: PreparedAssessOptions | undefined
  const options = (): PreparedAssessOptions => {
    prepared ??= prepareAssessOptions({
      reverseRule: scheme.reverseRule,
      overTargetRatio: scheme.thresholds.overTargetRatio,
      fiscalYear: form.fiscalYear,
      locale,
    })
    return prepared
  }
  const own = ctx.indicators.map(({ indicator, path }) =>
    indicator.kind === 'rubric'
      ? rubricAssessment(locale)
      : assessPrepared(
          withTargetFromName(ctx, withTargetParts(indicator), path, findings),
          options(),
          path,
        ),
  )
  // A parent row that prints no figures of its own is judged by its sub-rows.
  for (const [p, kids] of children) {
    const parent = ctx.indicators[p]?.indicator
    const assessment = own[p]
    if (parent === undefined || assessment === undefined || printsFigures(parent)) continue
    const statuses = kids.map((k) => own[k]?.status ?? 'unknown')
    own[p] = fromSubRows(assessment, statusFromChildren(statuses), kids.length, locale)
  }
  // The row's own verdict column settles what the reading cannot, and is checked where it can.
  for (const [i, { indicator, path }] of ctx.indicators.entries()) {
    const printed = indicator.printed?.status
    const stated = readPrintedStatus(printed)
    const assessment = own[i]
    if (stated === null || printed === undefined || assessment === undefined) continue
    if (assessment.status === 'unknown' && indicator.kind !== 'rubric') {
      own[i] = fromPrintedStatus(assessment, stated, printed, locale)
    } else if (assessment.status !== 'unknown' && assessment.status !== stated) {
      findings.push(
        emit(ctx, 'STATUS_PRINTED_DIFFERS', [...path, 'printed', 'status'], {
          indicator: indicator.name,
          printed,
          read: assessment.status,
          readText: STATUS_TEXT[assessment.status][locale],
        }),
      )
    }
  }
  for (const [i, { indicator, path, task }] of ctx.indicators.entries()) {
    const assessment = own[i] ?? rubricAssessment(locale)
    for (const item of targetPartsConflict(ctx, indicator, path)) findings.push(item)
    assessments.push(assessment)
    for (const item of assessment.findings) findings.push(item)
    let formulaKind: EvaluatedIndicator['formula'] = 'none'
    let formulaDescription: string | null = null
    if (indicator.formula !== undefined && indicator.formula.trim() !== '') {
      const formulaPath = [...path, 'formula']
      const parsedFormula = parseFormula(indicator.formula, { locale, path: formulaPath })
      formulaKind = parsedFormula.kind
      if (parsedFormula.kind === 'formula') {
        formulaDescription = describeFormula(parsedFormula, { locale })
        findings.push(
          ...lintFormula(parsedFormula, {
            indicatorName: indicator.name,
            target: assessment.target,
            locale,
            path: formulaPath,
          }),
        )
      } else if (parsedFormula.kind === 'invalid') {
        findings.push(parsedFormula.finding)
      }
    }
    const category = categoryOf(indicator)
    indicators.push({
      path,
      task,
      name: indicator.name,
      category: category.code,
      categoryInferred: category.inferred,
      target: assessment.target,
      formula: formulaKind,
      formulaDescription,
      status: assessment.status,
      ratio: assessment.ratio,
      direction: assessment.direction,
      actualSource: assessment.actualSource,
      reasons: assessment.reasons.map((r) => r.message),
      reasonDetails: assessment.reasons.map((r) => ({ code: r.code, params: r.params })),
      weight: indicator.weight ?? null,
    })
  }
  return { indicators, assessments }
}

/**
 * A target printed in split columns is read as one text when the form gives no whole target, or
 * a whole target that does not read as a figure while the columns do.
 */
function withTargetParts(indicator: Indicator): Indicator {
  const parts = indicator.targetParts
  if (parts === undefined) return indicator
  const whole = indicator.target
  const context = { indicatorName: indicator.name, level2: indicator.level2 }
  if (
    whole !== undefined &&
    whole.trim() !== '' &&
    parseTarget(whole, context).kind === 'quantitative'
  ) {
    return indicator
  }
  return { ...indicator, target: targetTextFromParts(parts) }
}

/**
 * A row whose target cell is blank but whose name states a figure or a deadline
 * ("年度资金支付完成率100%", "2021年11月30日前完成资金支付") is read against that; said with
 * TARGET_FROM_NAME. A name that only describes (工程质量合格) is not a target: rubric rows and
 * effects read the same way.
 */
function withTargetFromName(
  ctx: RuleContext,
  indicator: Indicator,
  path: readonly (string | number)[],
  findings: Finding[],
): Indicator {
  const blank = indicator.target === undefined || indicator.target.trim() === ''
  if (!blank || indicator.targetParts !== undefined || indicator.kind === 'rubric') return indicator
  const t = readTargetInName(indicator.name, { level2: indicator.level2 })
  if (t === null) return indicator
  findings.push(
    emit(ctx, 'TARGET_FROM_NAME', [...path, 'name'], { indicator: indicator.name, target: t.raw }),
  )
  return { ...indicator, target: t.raw }
}

/** Whether a row prints a target or an actual of its own. */
function printsFigures(indicator: Indicator): boolean {
  const filled = (t: string | undefined) => t !== undefined && t.trim() !== ''
  return filled(indicator.target) || filled(indicator.actual) || indicator.targetParts !== undefined
}

/** Split target columns that say something else than the whole target printed beside them. */
function targetPartsConflict(
  ctx: RuleContext,
  indicator: Indicator,
  path: readonly (string | number)[],
): Finding[] {
  const parts = indicator.targetParts
  if (parts === undefined || indicator.target === undefined || indicator.target.trim() === '') {
    return []
  }
  const context = { indicatorName: indicator.name, level2: indicator.level2 }
  const whole = parseTarget(indicator.target, context)
  const split = parseTarget(targetTextFromParts(parts), context)
  if (whole.kind !== 'quantitative' || split.kind !== 'quantitative') return []
  const sameValue = dec(whole.value).equals(split.value)
  const sameComparator =
    whole.comparatorInferred || split.comparatorInferred || whole.comparator === split.comparator
  if (sameValue && sameComparator) return []
  return [
    emit(ctx, 'TARGET_PARTS_CONFLICT', [...path, 'targetParts'], {
      indicator: indicator.name,
      target: indicator.target,
      parts: targetTextFromParts(parts),
    }),
  ]
}

function evaluateTasks(
  ctx: RuleContext,
  indicators: readonly Omit<EvaluatedIndicator, 'score'>[],
): EvaluatedTask[] {
  const headline = headlineRowIndex(ctx.form.funding)
  const row = headline === null ? undefined : ctx.form.funding[headline]
  const budget = row === undefined ? undefined : adjustedBudgetOf(row)
  return ctx.form.tasks.map((task, t) => {
    const counts = emptyStatusCounts()
    for (const ind of indicators) if (ind.task === t) counts[ind.status]++
    const share =
      task.funds !== undefined && budget !== undefined && !dec(budget).isZero()
        ? formatPercent(toDecimalString(dec(task.funds).dividedBy(budget)))
        : null
    return {
      path: ['tasks', t],
      name: task.name,
      funds: task.funds ?? null,
      fundsShare: share,
      indicatorCount: task.indicators.length,
      statusCounts: counts,
    }
  })
}

function severityCounts(
  findings: readonly Finding[],
): Pick<EvaluationSummary, 'errors' | 'warnings' | 'infos'> {
  return {
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    infos: findings.filter((f) => f.severity === 'info').length,
  }
}

function summarize(
  form: SelfEvaluation,
  headRow: EvaluatedFundingRow | undefined,
  indicators: readonly EvaluatedIndicator[],
  score: Evaluation['score'],
  findings: readonly Finding[],
): EvaluationSummary {
  const counts = emptyStatusCounts()
  for (const ind of indicators) counts[ind.status]++
  return {
    department: form.department ?? null,
    fiscalYear: form.fiscalYear ?? null,
    kind: form.kind,
    completionRate: headRow?.completionRate.display ?? null,
    adjustmentRate: headRow?.adjustmentRate.display ?? null,
    indicators: indicators.length,
    statusCounts: counts,
    score: score?.display ?? null,
    grade: score?.grade ?? null,
    ...severityCounts(findings),
  }
}

/** Two layers may notice the same thing at the same place; report it once. */
function dedupe(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>()
  return findings.filter((f) => {
    const key = `${f.code}|${f.path.join('/')}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
