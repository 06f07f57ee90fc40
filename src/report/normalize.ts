import { emptySummary } from '../evaluate/index'
import type { Evaluation } from '../evaluate/types'

const EMPTY_SUMMARY = emptySummary({ errors: 0, warnings: 0, infos: 0 })

function list<T>(value: readonly T[] | undefined): readonly T[] {
  return Array.isArray(value) ? (value as readonly T[]) : []
}

/**
 * An evaluation may come back from JSON written by another version or by hand: missing lists
 * become empty ones and a missing summary an empty one, so that rendering never throws on it.
 * A well-formed evaluation is returned as it is.
 */
export function normalizeEvaluation(input: Evaluation): Evaluation {
  const e: Partial<Evaluation> =
    typeof input === 'object' && (input as unknown) !== null ? input : {}
  const form = typeof e.form === 'object' && e.form !== null ? e.form : null
  const scheme =
    typeof e.scheme === 'object' && (e.scheme as unknown) !== null
      ? e.scheme
      : { id: '', name: '', scoring: false }
  const summary = { ...EMPTY_SUMMARY, ...(typeof e.summary === 'object' ? e.summary : {}) }
  const statusCounts = {
    ...EMPTY_SUMMARY.statusCounts,
    ...(typeof summary.statusCounts === 'object' ? summary.statusCounts : {}),
  }
  // Evaluations saved before `outcome` existed said the same with `valid`.
  const evaluated =
    form !== null && (e.outcome === 'evaluated' || (e.outcome === undefined && e.valid === true))
  const base = {
    unreadable: list(e.unreadable),
    locale: e.locale === 'en' ? ('en' as const) : ('zh-CN' as const),
    scheme,
    summary: { ...summary, statusCounts },
    findings: list(e.findings),
  }
  if (!evaluated) {
    const none = { funding: [], tasks: [], indicators: [], score: null } as const
    return { ...base, ...none, outcome: 'not-a-form', valid: false, form: null }
  }
  return {
    ...base,
    outcome: 'evaluated',
    valid: e.valid === true,
    form,
    funding: list(e.funding),
    tasks: list(e.tasks),
    indicators: list(e.indicators),
    score: typeof e.score === 'object' && e.score !== null ? e.score : null,
  }
}
