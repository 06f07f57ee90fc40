/**
 * A batch of forms sorted into year-on-year pairs: the forms of one department (or one project)
 * ordered by year, each compared with the one before it.
 */
import type { Evaluation } from '../evaluate/index'
import { checkLocale, checkOptions } from '../options/index'
import { type CompareOptions, compareEvaluations, type FormComparison } from './compare'
import { departmentKey, projectKey } from './normalize'
import { field, fields, integer, kind, text } from './read'

/**
 * One form of a batch to pair: its evaluation and, optionally, a name for it (its file).
 *
 * @example
 * ```ts
 * import { evaluate, liwan2021Form, type PairEntry } from '@lw/perf-eval'
 * const entry: PairEntry = { name: 'liwan-2021.json', evaluation: evaluate(liwan2021Form) }
 * ```
 */
export interface PairEntry {
  /** What the form is called (its file name); not used for grouping. */
  readonly name?: string | undefined
  /** The evaluation of the form. */
  readonly evaluation: Evaluation
}

/**
 * Two forms of one department (or project) in consecutive years of a batch, compared.
 *
 * @example
 * ```ts
 * import type { EvaluationPair } from '@lw/perf-eval'
 * const show = (p: EvaluationPair) => `${p.key}: #${p.before} → #${p.after}`
 * ```
 */
export interface EvaluationPair {
  /** The normalised key the two forms were grouped by ("department-overall:某局"). */
  readonly key: string
  /** Index in the batch of the earlier form. */
  readonly before: number
  /** Index in the batch of the later form. */
  readonly after: number
  /** The comparison of the two (`compareEvaluations(before, after)`). */
  readonly comparison: FormComparison
}

/**
 * A batch sorted into year-on-year pairs, and the forms that have no pair.
 *
 * @example
 * ```ts
 * import { evaluate, liwan2021Form, pairEvaluations } from '@lw/perf-eval'
 * const r = pairEvaluations([{ evaluation: evaluate(liwan2021Form) }])
 * r.pairs.length // 0
 * r.unpaired // [0]
 * ```
 */
export interface EvaluationPairs {
  /** The pairs, by group (in the order each group first appears in the batch), then by year. */
  readonly pairs: readonly EvaluationPair[]
  /** Indexes of the forms in no pair, ascending. */
  readonly unpaired: readonly number[]
}

/** The key a form is grouped by; null when it cannot be grouped. */
function keyOf(evaluation: unknown): string | null {
  const e = fields(evaluation)
  const summary = fields(field(e, 'summary'))
  const form = fields(field(e, 'form'))
  const department = text(field(summary, 'department')) ?? text(field(form, 'department'))
  const dept = department === null ? '' : departmentKey(department)
  if (dept === '') return null
  const k = kind(field(summary, 'kind')) ?? kind(field(form, 'kind'))
  if (k !== 'project') return `${k ?? 'form'}:${dept}`
  const name = text(field(form, 'projectName')) ?? text(field(form, 'title'))
  const project = name === null ? '' : projectKey(name)
  return project === '' ? null : `project:${dept}/${project}`
}

function yearOf(evaluation: unknown): number | null {
  const e = fields(evaluation)
  return (
    integer(field(fields(field(e, 'summary')), 'fiscalYear'), 1000, 9999) ??
    integer(field(fields(field(e, 'form')), 'fiscalYear'), 1000, 9999)
  )
}

/**
 * Sorts a batch of evaluated forms into year-on-year pairs. Forms are grouped by a normalised key
 * — the department for department-overall forms, the department and the project name (or, when a
 * form has none, its title without years) for project forms — where names are compared with
 * whitespace removed, full-width characters made half-width, and a leading code ("[155]",
 * "219-") and parenthesised notes ("(部门)", "(主管部门 …)") left out. Each group is ordered by
 * fiscal year, and each year is paired with the next year the group has (2019 with 2021 when 2020
 * is missing; the comparison's `fiscalYear` says so).
 *
 * A year that occurs twice in a group is ambiguous: its forms are not paired with each other nor
 * with the years around them, and the chain of pairs breaks there (2020, 2021, 2021, 2022 gives no
 * pair). Forms without a fiscal year or a department (and project forms without a project name or
 * title) are not grouped. Every form in no pair is listed in `unpaired`.
 *
 * Never throws on data: any entry, including a `not-a-form` evaluation, is at worst unpaired.
 *
 * @param entries - the forms, each with its evaluation
 * @param options - `locale` of the comparisons' titles
 * @example
 * ```ts
 * import { evaluate, liwan2021Form, pairEvaluations } from '@lw/perf-eval'
 * const r = pairEvaluations([
 *   { name: '2022', evaluation: evaluate({ ...liwan2021Form, fiscalYear: 2022 }) },
 *   { name: 'junk', evaluation: evaluate('not a form') },
 *   { name: '2021', evaluation: evaluate(liwan2021Form) },
 * ])
 * r.pairs.map((p) => [p.before, p.after]) // [[2, 0]]
 * r.pairs[0]?.key // 'department-overall:广州市荔湾区机关事务管理局'
 * r.unpaired // [1]
 * ```
 */
export function pairEvaluations(
  entries: readonly PairEntry[],
  options?: CompareOptions,
): EvaluationPairs {
  const fn = 'pairEvaluations'
  const o = checkOptions(fn, options)
  const locale = checkLocale(fn, o.locale)
  const groups = new Map<string, { index: number; year: number }[]>()
  const given: unknown = entries
  const all: readonly unknown[] = Array.isArray(given) ? given : []
  all.forEach((entry, index) => {
    const evaluation = field(fields(entry), 'evaluation')
    const key = keyOf(evaluation)
    const year = yearOf(evaluation)
    if (key === null || year === null) return
    const group = groups.get(key)
    if (group === undefined) groups.set(key, [{ index, year }])
    else group.push({ index, year })
  })

  const pairs: EvaluationPair[] = []
  const paired = new Set<number>()
  for (const [key, members] of groups) {
    const sorted = [...members].sort((a, b) => a.year - b.year || a.index - b.index)
    const years = [...new Set(sorted.map((m) => m.year))]
    for (let i = 0; i + 1 < years.length; i++) {
      const earlier = sorted.filter((m) => m.year === years[i])
      const later = sorted.filter((m) => m.year === years[i + 1])
      const [b] = earlier
      const [a] = later
      if (earlier.length !== 1 || later.length !== 1 || b === undefined || a === undefined) continue
      const before = field(fields(all[b.index]), 'evaluation') as Evaluation
      const after = field(fields(all[a.index]), 'evaluation') as Evaluation
      pairs.push({
        key,
        before: b.index,
        after: a.index,
        comparison: compareEvaluations(before, after, { locale }),
      })
      paired.add(b.index).add(a.index)
    }
  }
  const unpaired = all.map((_, i) => i).filter((i) => !paired.has(i))
  return { pairs, unpaired }
}
