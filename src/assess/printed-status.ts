import type { AssessmentStatus } from './types'

/**
 * Words a form prints in its own verdict column (单项指标完成情况, 完成情况) and the status each
 * states. Source: 河北 project form (成安 2020, form 26: 完成), the 财预〔2020〕10号 template's
 * wording (达成 / 部分达成 / 未达成), and 未开展 as the forms write a KPI not carried out. Longest
 * first, so 未完成 is not read as 完成.
 * @internal
 */
export const PRINTED_STATUS_WORDS: readonly (readonly [string, AssessmentStatus])[] = [
  ['部分完成', 'partially-met'],
  ['基本完成', 'partially-met'],
  ['部分达成', 'partially-met'],
  ['基本达成', 'partially-met'],
  ['未完成', 'not-met'],
  ['未达成', 'not-met'],
  ['未达到', 'not-met'],
  ['未开展', 'not-carried-out'],
  ['已完成', 'met'],
  ['完成', 'met'],
  ['已达成', 'met'],
  ['达成', 'met'],
  ['达到', 'met'],
  ['是', 'met'],
  ['否', 'not-met'],
]

/**
 * The status a printed verdict cell states, or null when it states none this table knows. The whole
 * cell must be the verdict (with punctuation and spaces around it): a sentence is not read here.
 * @internal
 */
export function readPrintedStatus(text: string | undefined): AssessmentStatus | null {
  if (text === undefined) return null
  const bare = text.normalize('NFKC').replace(/[\s。.,，;；!！]/gu, '')
  for (const [word, status] of PRINTED_STATUS_WORDS) if (bare === word) return status
  return null
}
