/**
 * Reading an evaluation that may have been stored as JSON and edited: every field is checked
 * before use, and what is missing or odd reads as null. Nothing here throws on data.
 * @internal
 */
import { ASSESSMENT_STATUSES } from '../assess/statuses'
import type { AssessmentStatus } from '../assess/types'
import { type Dec, dec } from '../money/decimal'
import type { FormKind } from '../schema/index'

/** An object's fields, or null when the value is not a plain object. */
export type Fields = Readonly<Record<string, unknown>>

/** The value as an object's fields, or null. */
export function fields(value: unknown): Fields | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Fields)
    : null
}

/** The value as an array, or empty. */
export function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : []
}

/** The value when it is a string, else null. */
export function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null
}

/** A field of a possibly missing object. */
export function field(of: Fields | null, key: string): unknown {
  return of === null || !Object.hasOwn(of, key) ? undefined : of[key]
}

/** A whole number in a sane range (a year, a count, an index), else null. */
export function integer(value: unknown, min = 0, max = 1e9): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
    ? value
    : null
}

const DECIMAL = /^-?[0-9]{1,40}(\.[0-9]{1,100})?$/u

/**
 * A decimal read from a decimal string (as `evaluate` writes them) or a finite number written in
 * plain notation; null for anything else, so that no NaN or Infinity ever reaches the arithmetic.
 */
export function decimal(value: unknown): Dec | null {
  const s = typeof value === 'number' && Number.isFinite(value) ? String(value) : value
  return typeof s === 'string' && DECIMAL.test(s) ? dec(s) : null
}

/** "89.31%" (as a summary prints a rate) as the ratio 0.8931; null when it is not one. */
export function percent(value: unknown): Dec | null {
  if (typeof value !== 'string' || !value.endsWith('%')) return null
  const n = decimal(value.slice(0, -1))
  return n === null ? null : n.dividedBy(100)
}

/** The value when it is an assessment status, else null. */
export function status(value: unknown): AssessmentStatus | null {
  return (ASSESSMENT_STATUSES as readonly unknown[]).includes(value)
    ? (value as AssessmentStatus)
    : null
}

/** The value when it is a form kind, else null. */
export function kind(value: unknown): FormKind | null {
  return value === 'department-overall' || value === 'project' ? value : null
}

/** The node at `path` inside `root`, or undefined when the path leads nowhere. */
export function at(root: unknown, path: unknown): unknown {
  let node = root
  for (const key of list(path)) {
    if (typeof key === 'number' && Array.isArray(node)) node = node[key]
    else if (typeof key === 'string') node = field(fields(node), key)
    else return undefined
  }
  return node
}
