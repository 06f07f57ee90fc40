import type { EvaluatedIndicator, Evaluation } from '../evaluate/types'
import { describeFormula } from '../formula/describe'
import type { Locale } from '../i18n/index'
import type { SelfEvaluation } from '../schema/index'
import { schemes } from '../score/index'
import { formatFinding, formatReason, gradeName } from './messages'

/** The budget-execution item is named by the scorer when the funding row has no label of its own. */
const EXECUTION_ITEM: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  预算执行: { 'zh-CN': '预算执行', en: 'budget execution' },
  'budget execution': { 'zh-CN': '预算执行', en: 'budget execution' },
}

/**
 * The evaluation with every text the library wrote put into the report's locale: finding
 * messages, the reasons behind each status, the scheme's name, the budget-execution item. The
 * form's own text is untouched. An evaluation saved by an older version, without reason codes,
 * keeps its reasons as written.
 */
export function localizeEvaluation(e: Evaluation, locale: Locale): Evaluation {
  // The spread keeps e's own member of the union (a not-a-form evaluation has no indicators or
  // score to change); TypeScript cannot follow a spread of a union, hence the assertion below.
  const builtIn = Object.hasOwn(schemes, e.scheme.id)
    ? schemes[e.scheme.id as keyof typeof schemes]
    : undefined
  return {
    ...e,
    locale,
    scheme: builtIn === undefined ? e.scheme : { ...e.scheme, name: builtIn.name[locale] },
    findings: e.findings.map((f) => ({ ...f, message: formatFinding(f, locale) })),
    indicators: e.indicators.map((i) => localizeIndicator(i, e.form, locale)),
    summary: {
      ...e.summary,
      grade: e.summary.grade === null ? null : gradeName(e.summary.grade, locale),
    },
    score:
      e.score === null
        ? null
        : {
            ...e.score,
            grade: e.score.grade === null ? null : gradeName(e.score.grade, locale),
            items: e.score.items.map((item) => {
              const names = Object.hasOwn(EXECUTION_ITEM, item.item)
                ? EXECUTION_ITEM[item.item]
                : undefined
              return names === undefined ? item : { ...item, item: names[locale] }
            }),
          },
  } as Evaluation
}

function localizeIndicator(
  i: EvaluatedIndicator,
  form: SelfEvaluation | null,
  locale: Locale,
): EvaluatedIndicator {
  // Evaluations saved before reasonDetails existed keep their reasons as written.
  const saved: unknown = i.reasonDetails
  const details = Array.isArray(saved) ? (saved as EvaluatedIndicator['reasonDetails']) : null
  const reasons =
    details?.length === i.reasons.length
      ? details.map((d, n) => formatReason(d, locale) ?? i.reasons[n] ?? '')
      : i.reasons
  const formula = i.formulaDescription === null ? undefined : formulaAt(form, i.path)
  const formulaDescription =
    formula === undefined
      ? i.formulaDescription
      : (describeFormula(formula, { locale }) ?? i.formulaDescription)
  return { ...i, reasons, formulaDescription }
}

/** The formula text of the indicator at a path of the form, if it has one. */
function formulaAt(
  form: SelfEvaluation | null,
  path: readonly (string | number)[],
): string | undefined {
  let node: unknown = form
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined
    node = (node as Record<string | number, unknown>)[key]
  }
  const formula =
    typeof node === 'object' && node !== null ? (node as { formula?: unknown }).formula : undefined
  return typeof formula === 'string' ? formula : undefined
}
