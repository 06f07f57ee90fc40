import * as z from 'zod/mini'
import type { Evaluation } from '../evaluate/types'
import type { Locale } from '../i18n/index'
import { readTolerant } from '../schema/read'
import { evaluationPartsSchema } from './evaluation-schema'

/**
 * An evaluation may come back from JSON written by another version, a script or by hand. It is
 * read through a lenient schema of the evaluation: unreadable parts take their empty values,
 * unreadable list elements are left out, and the form is read as `evaluate` reads one, so that
 * rendering never throws and shows what can be read.
 */
export function normalizeEvaluation(input: Evaluation): Evaluation {
  const e = z.parse(evaluationPartsSchema(), input)
  const form = readForm(e.form, e.locale)
  // Evaluations saved before `outcome` existed said the same with `valid`.
  const evaluated =
    form !== null && (e.outcome === 'evaluated' || (e.outcome === undefined && e.valid))
  const base = {
    unreadable: e.unreadable,
    locale: e.locale,
    scheme: e.scheme,
    summary: e.summary,
    findings: e.findings,
  } as const
  // The schema admits what reports can draw, which is wider than what evaluate writes (a target
  // is read by its kind and text only), hence the casts.
  if (!evaluated) {
    const none = { funding: [], tasks: [], indicators: [], score: null } as const
    return {
      ...base,
      ...none,
      outcome: 'not-a-form',
      valid: false,
      form: null,
    } as unknown as Evaluation
  }
  return {
    ...base,
    outcome: 'evaluated',
    valid: e.valid,
    form,
    funding: e.funding,
    tasks: e.tasks,
    indicators: e.indicators,
    score: e.score,
  } as unknown as Evaluation
}

/** The form as evaluate reads it (reading an evaluation's own form again changes nothing). */
function readForm(value: unknown, locale: Locale): Evaluation['form'] {
  if (typeof value !== 'object' || value === null) return null
  const read = readTolerant(value, locale)
  return read.success ? read.data : null
}
