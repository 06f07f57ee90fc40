/**
 * Bounds of the target grammar: the text of a target (预期实现值), an actual (实际完成值) or an
 * indicator's name that it reads. Printed cells are under 200 characters (the longest of the
 * 31 public forms and the seed: a 165-character target); a narrative actual runs to a few hundred.
 * Text beyond the bound is not read at all, so a hostile cell costs no more than a real one.
 *
 * - `maxLength`: 5,000 characters (UTF-16 code units). A longer target is `unreadable` with the
 *   problem `too-long` (`TARGET_UNPARSEABLE`); a longer name gives no hints (no comparator, unit,
 *   direction or category is read from it); `assessIndicator` and `evaluate` judge an indicator with
 *   a longer name, target or actual `unknown`, with `INDICATOR_TEXT_TOO_LONG` (or the target's
 *   `TARGET_UNPARSEABLE`); `normalizeTargetText` returns longer text as it is.
 *
 * @example
 * ```ts
 * import { parseTarget, TARGET_LIMITS } from '@lw/perf-eval'
 * TARGET_LIMITS.maxLength // 5000
 * const t = parseTarget('≥'.repeat(5001))
 * t.kind === 'unreadable' && t.problem // 'too-long'
 * ```
 */
export const TARGET_LIMITS: { readonly maxLength: number } = Object.freeze({ maxLength: 5000 })

/** True when the grammar reads `text`: it is within {@link TARGET_LIMITS}. @internal */
export function withinTargetLimits(text: string): boolean {
  // Plain JavaScript callers may pass anything; what is not text has no length to bound.
  return typeof text !== 'string' || text.length <= TARGET_LIMITS.maxLength
}
