import type { AssessmentStatus } from './types'

/** Every assessment status, in the order reports list them. @internal */
export const ASSESSMENT_STATUSES: readonly AssessmentStatus[] = [
  'met',
  'partially-met',
  'not-met',
  'not-carried-out',
  'unknown',
]

/** A count of zero for every status. @internal */
export function emptyStatusCounts(): Record<AssessmentStatus, number> {
  return { met: 0, 'partially-met': 0, 'not-met': 0, 'not-carried-out': 0, unknown: 0 }
}
