// Where a finding sits: the report row it belongs to (an anchor) and that row's name.
import type { Finding, FindingPath, Severity } from '../findings/index'
import type { Locale } from '../i18n/index'
import type { SelfEvaluation } from '../schema/index'
import { fieldLabel, label, sourceLabel } from './labels'
import type { Link } from './model'

/** The anchor of the overview block, where findings about the whole form point. */
export const OVERVIEW_ANCHOR = 'overview'
/** The anchor of the score section. */
export const SCORE_ANCHOR = 'score'
/** The anchor of the annual goal. */
export const GOAL_ANCHOR = 'goal'

/** The anchor id of a row of the form, from its path ("tasks-1-indicators-2"). */
export function anchorOf(path: FindingPath): string {
  return path
    .map((p) => (typeof p === 'number' ? String(p) : p.replace(/[^A-Za-z0-9_]/g, '')))
    .join('-')
}

/** Every row anchor a report of this form has. */
export function knownAnchors(form: SelfEvaluation | null, scored: boolean): Set<string> {
  const known = new Set<string>([OVERVIEW_ANCHOR])
  if (form === null) return known
  if (form.goal !== undefined) known.add(GOAL_ANCHOR)
  if (scored) known.add(SCORE_ANCHOR)
  const add = (...path: (string | number)[]) => {
    known.add(anchorOf(path))
  }
  for (const [r] of form.funding.entries()) add('funding', r)
  for (const [t, task] of form.tasks.entries()) {
    add('tasks', t)
    for (const [i] of task.indicators.entries()) add('tasks', t, 'indicators', i)
  }
  for (const [i] of form.indicators.entries()) add('indicators', i)
  for (const [p] of form.problems.entries()) add('problems', p)
  for (const [k] of form.improvements.entries()) add('improvements', k)
  return known
}

/** The nearest row anchor of a path: its longest prefix that is a row of the report. */
export function rowAnchor(path: FindingPath, known: ReadonlySet<string>): string {
  for (let n = path.length; n > 0; n--) {
    const anchor = anchorOf(path.slice(0, n))
    if (known.has(anchor)) return anchor
  }
  if (path[0] === 'printed' && known.has(SCORE_ANCHOR)) return SCORE_ANCHOR
  if (path[0] === 'goal' && known.has(GOAL_ANCHOR)) return GOAL_ANCHOR
  return OVERVIEW_ANCHOR
}

function at<T>(list: readonly T[] | undefined, index: string | number | undefined): T | undefined {
  return typeof index === 'number' && list !== undefined ? list[index] : undefined
}

/** The name of the row a path starts at, and how many path segments that row took. */
function rowName(
  path: FindingPath,
  form: SelfEvaluation | null,
  locale: Locale,
): { name: string; used: number } | null {
  const [head, index, sub, subIndex] = path
  if (form === null) return null
  if (head === 'funding') {
    const row = at(form.funding, index)
    if (row !== undefined) return { name: row.label ?? sourceLabel(locale, row.source), used: 2 }
  }
  if (head === 'tasks') {
    const task = at(form.tasks, index)
    if (task === undefined) return null
    const indicator = sub === 'indicators' ? at(task.indicators, subIndex) : undefined
    if (indicator !== undefined) return { name: `${task.name} › ${indicator.name}`, used: 4 }
    return { name: task.name, used: 2 }
  }
  if (head === 'indicators') {
    const indicator = at(form.indicators, index)
    if (indicator !== undefined) return { name: indicator.name, used: 2 }
  }
  if (head === 'problems') {
    const problem = at(form.problems, index)
    if (problem !== undefined) {
      return { name: `${label(locale, 'problemList')} ${problem.id}`, used: 2 }
    }
  }
  if (head === 'improvements') {
    const improvement = at(form.improvements, index)
    if (improvement !== undefined) {
      return { name: `${label(locale, 'improvementList')} ${improvement.id}`, used: 2 }
    }
  }
  return null
}

/**
 * The row a path names, for a reader: "任务2 › 服务达标率 › 计算公式". Field names are translated;
 * a list index is shown counted from 1.
 */
export function placeName(path: FindingPath, form: SelfEvaluation | null, locale: Locale): string {
  const row = rowName(path, form, locale)
  const parts: string[] = row === null ? [] : [row.name]
  for (const p of path.slice(row?.used ?? 0)) {
    if (typeof p === 'number') parts.push(`#${p + 1}`)
    else parts.push(fieldLabel(locale, p) ?? p)
  }
  return parts.length === 0 ? label(locale, 'form') : parts.join(' › ')
}

const PREFIX: Readonly<Record<Severity, string>> = { error: 'E', warning: 'W', info: 'I' }

/** A finding with its number in the report ("W3"), its anchor and the row it points at. */
export interface NumberedFinding {
  readonly finding: Finding
  readonly severity: Severity
  readonly number: string
  readonly anchor: string
  readonly row: string
}

/**
 * Numbers the findings within their severity (E1, E2, W1 …) and files each under the row it
 * points at, so rows can link to their findings and findings to their rows.
 */
export function numberFindings(
  findings: readonly Finding[],
  known: ReadonlySet<string>,
): { numbered: NumberedFinding[]; byRow: Map<string, Link[]> } {
  const counters: Record<Severity, number> = { error: 0, warning: 0, info: 0 }
  const byRow = new Map<string, Link[]>()
  const numbered = findings.map((finding) => {
    const severity: Severity = Object.hasOwn(PREFIX, finding.severity) ? finding.severity : 'error'
    counters[severity] += 1
    const number = `${PREFIX[severity]}${counters[severity]}`
    const row = rowAnchor(Array.isArray(finding.path) ? finding.path : [], known)
    const links = byRow.get(row) ?? []
    links.push({ text: number, target: findingAnchor(number), mark: severity })
    byRow.set(row, links)
    return { finding, severity, number, anchor: findingAnchor(number), row }
  })
  return { numbered, byRow }
}

/** The anchor of a numbered finding. */
export function findingAnchor(number: string): string {
  return `finding-${number}`
}
