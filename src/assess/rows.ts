import type { Locale } from '../i18n/index'
import { parseTarget } from '../targets/index'
import { reason } from './reasons'
import type { Assessment, AssessmentStatus } from './types'

const NO_ACTUAL: Assessment['actual'] = {
  text: null,
  value: null,
  unit: null,
  bound: null,
  date: null,
}

/**
 * The assessment of a scoring-rubric row (项目决策 / 项目管理 rows scored against a criterion): no
 * target and no actual to compare, so its status is unknown and it raises no TARGET_MISSING or
 * INDICATOR_ACTUAL_MISSING; its printed score is what counts.
 * @internal
 */
export function rubricAssessment(locale: Locale | undefined): Assessment {
  return {
    status: 'unknown',
    ratio: null,
    direction: 'none',
    actual: NO_ACTUAL,
    actualSource: 'none',
    reasons: [reason('rubric', {}, locale)],
    target: parseTarget(''),
    findings: [],
  }
}

/**
 * A row whose own reading is unknown but whose verdict column (单项指标完成情况) states a status:
 * the printed verdict is taken, with the reason saying so.
 * @internal
 */
export function fromPrintedStatus(
  own: Assessment,
  status: AssessmentStatus,
  printed: string,
  locale: Locale | undefined,
): Assessment {
  return {
    ...own,
    status,
    reasons: [...own.reasons, reason('printed-status', { printed }, locale)],
  }
}

/**
 * A parent row that prints neither target nor actual, judged from its sub-rows' statuses ({@link statusFromChildren}); the missing-cell findings of its own empty cells are
 * dropped, since the values are printed one level down.
 * @internal
 */
export function fromSubRows(
  own: Assessment,
  status: AssessmentStatus,
  count: number,
  locale: Locale | undefined,
): Assessment {
  return {
    ...own,
    status,
    actualSource: 'none',
    reasons: [reason('from-sub-rows', { count }, locale)],
    findings: own.findings.filter(
      (f) => f.code !== 'TARGET_MISSING' && f.code !== 'INDICATOR_ACTUAL_MISSING',
    ),
  }
}

/**
 * The status of a parent row that prints no target or actual of its own, from its sub-rows: met
 * when every child is met, not met when any is not, partly met otherwise; unknown when no child
 * could be judged.
 * @internal
 */
export function statusFromChildren(statuses: readonly AssessmentStatus[]): AssessmentStatus {
  const judged = statuses.filter((s) => s !== 'unknown' && s !== 'not-carried-out')
  if (judged.length === 0) {
    return statuses.length > 0 && statuses.every((s) => s === 'not-carried-out')
      ? 'not-carried-out'
      : 'unknown'
  }
  if (judged.every((s) => s === 'met') && judged.length === statuses.length) return 'met'
  if (judged.some((s) => s === 'not-met')) return 'not-met'
  if (judged.every((s) => s === 'met')) return 'unknown'
  return 'partially-met'
}
