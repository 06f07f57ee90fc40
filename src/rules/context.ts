import {
  type Finding,
  type FindingCode,
  type FindingParamsMap,
  type FindingPath,
  makeFinding,
} from '../findings/index'
import type { Locale } from '../i18n/index'
import type { MoneyUnit } from '../money/index'
import type { Indicator, SelfEvaluation } from '../schema/index'
import type { ScoringScheme } from '../score/index'

/** What every validator receives. @internal */
export interface RuleContext {
  readonly form: SelfEvaluation
  /** The form's money unit; 万元 when the form prints none (UNIT_MISSING). */
  readonly unit: MoneyUnit
  readonly scheme: ScoringScheme
  readonly locale: Locale
  /** The date the evaluation is made, YYYY-MM-DD (the form's evaluationDate, else the caller's asOf). */
  readonly asOf: string | undefined
  /** Paths of the cells the tolerant reading could not read (printed, but left out). */
  readonly unreadable: readonly FindingPath[]
  /** Every indicator of the form with its path, located once ({@link indicatorsOf}). */
  readonly indicators: readonly LocatedIndicator[]
}

/** Whether the input transcribes only part of the form (`source.partial`, FORM_PARTIAL). @internal */
export function isPartial(ctx: RuleContext): boolean {
  return ctx.form.source?.partial === true
}

/** Builds a finding in the context's locale. @internal */
export function emit<C extends FindingCode>(
  ctx: RuleContext,
  code: C,
  path: FindingPath,
  params: FindingParamsMap[C],
): Finding<C> {
  return makeFinding(code, path, params, { locale: ctx.locale })
}

/** An indicator with where it sits in the form. @internal */
export interface LocatedIndicator {
  readonly indicator: Indicator
  readonly path: readonly (string | number)[]
  /** Index of its task in `tasks`, or null for a top-level indicator. */
  readonly task: number | null
}

/** Every indicator of a form in reading order: tasks first, then top-level indicators. @internal */
export function indicatorsOf(form: SelfEvaluation): LocatedIndicator[] {
  const out: LocatedIndicator[] = []
  form.tasks.forEach((task, t) => {
    task.indicators.forEach((indicator, i) => {
      out.push({ indicator, path: ['tasks', t, 'indicators', i], task: t })
    })
  })
  form.indicators.forEach((indicator, i) => {
    out.push({ indicator, path: ['indicators', i], task: null })
  })
  return out
}
