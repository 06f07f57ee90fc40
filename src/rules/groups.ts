import type { Finding } from '../findings/index'
import { readAmount } from '../money/amount'
import { dec, sum, toDecimalString } from '../money/decimal'
import type { IndicatorGroup } from '../schema/index'
import { emit, isPartial, type LocatedIndicator, type RuleContext } from './context'

/** A level label as compared: no spaces, no printed points, no trailing 指标. */
function labelKey(label: string | undefined): string {
  return (label ?? '')
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .replace(/[(（]?\d+(?:\.\d+)?分[)）]?/gu, '')
    .replace(/指标$/u, '')
}

/** The indicators a group heading covers: same 一级 label, and the same 二级 when the group names one. @internal */
export function membersOf(
  group: IndicatorGroup,
  indicators: readonly LocatedIndicator[],
): LocatedIndicator[] {
  const l1 = labelKey(group.level1)
  const l2 = group.level2 === undefined ? null : labelKey(group.level2)
  if (l1 === '') return []
  return indicators.filter(
    ({ indicator }) =>
      labelKey(indicator.level1) === l1 && (l2 === null || labelKey(indicator.level2) === l2),
  )
}

/**
 * Groups that print points (产出指标(50分), 数量指标 15 分): the members' weights against the group's
 * points when every weighted member prints one (GROUP_WEIGHT_MISMATCH), a 二级 group's points
 * against its 一级 group's, and the members' printed scores against a printed group score
 * (GROUP_SCORE_MISMATCH). A group whose members print no weights is scored as a whole by the form
 * (黄石: one score per 二级 group), which is not a mismatch.
 * @internal
 */
export function checkGroups(ctx: RuleContext): Finding[] {
  const groups = ctx.form.groups ?? []
  const findings: Finding[] = []
  groups.forEach((group, g) => {
    const path = ['groups', g]
    const members = membersOf(group, ctx.indicators)
    const weights = members.map((m) => m.indicator.weight)
    const printed = weights.filter((w): w is string => w !== undefined)
    if (group.weight !== undefined && printed.length > 0) {
      const memberSum = sum(printed)
      // Only a complete set can fall short (not a partial transcription); any set can exceed.
      const complete = printed.length === weights.length && !isPartial(ctx)
      if (memberSum.greaterThan(group.weight) || (complete && !memberSum.equals(group.weight))) {
        findings.push(
          emit(ctx, 'GROUP_WEIGHT_MISMATCH', [...path, 'weight'], {
            group: group.level2 ?? group.level1,
            reported: group.weight,
            sum: toDecimalString(memberSum),
            members: printed.length,
          }),
        )
      }
    }
    if (group.level2 === undefined && group.weight !== undefined) {
      const subgroups = groups.filter(
        (o) => o.level2 !== undefined && labelKey(o.level1) === labelKey(group.level1),
      )
      const subWeights = subgroups.map((o) => o.weight)
      if (subgroups.length > 0 && subWeights.every((w) => w !== undefined)) {
        const subSum = sum(subWeights)
        // A partial transcription may have lost sub-groups: only an excess says something then.
        if (isPartial(ctx) ? subSum.greaterThan(group.weight) : !subSum.equals(group.weight)) {
          findings.push(
            emit(ctx, 'GROUP_WEIGHT_MISMATCH', [...path, 'weight'], {
              group: group.level1,
              reported: group.weight,
              sum: toDecimalString(subSum),
              members: subgroups.length,
            }),
          )
        }
      }
    }
    const groupScore = readAmount(group.printed?.score ?? '')
    if (groupScore.success) {
      const scores = members.flatMap((m) => {
        const r = readAmount(m.indicator.printed?.score ?? '')
        return r.success ? [r.value] : []
      })
      if (scores.length > 0 && scores.length === members.length) {
        const scoreSum = sum(scores)
        if (
          !(isPartial(ctx) && scoreSum.lessThan(groupScore.value)) &&
          scoreSum.minus(groupScore.value).abs().greaterThan(ctx.scheme.thresholds.scoreTolerance)
        ) {
          findings.push(
            emit(ctx, 'GROUP_SCORE_MISMATCH', [...path, 'printed', 'score'], {
              group: group.level2 ?? group.level1,
              reported: groupScore.value,
              sum: toDecimalString(scoreSum),
            }),
          )
        }
      }
    }
  })
  for (const item of checkSchemeSplit(ctx)) findings.push(item)
  return findings
}

/**
 * The scheme's 产出 / 效益 / 满意度 split against the points the form prints on its 一级 headings:
 * an info naming both, since a province may split otherwise (湖北 40/40) — the form is then scored
 * by what it prints.
 */
function checkSchemeSplit(ctx: RuleContext): Finding[] {
  const split = ctx.scheme.groupWeights
  if (split === null) return []
  const out: Finding[] = []
  for (const [g, group] of (ctx.form.groups ?? []).entries()) {
    if (group.level2 !== undefined || group.weight === undefined) continue
    const key = labelKey(group.level1)
    const code = key.includes('产出')
      ? 'output'
      : /效益|效果/u.test(key)
        ? 'effect'
        : key.includes('满意')
          ? 'satisfaction'
          : null
    if (code === null || dec(split[code]).equals(group.weight)) continue
    out.push(
      emit(ctx, 'GROUP_SPLIT_DIFFERS', ['groups', g, 'weight'], {
        group: group.level1,
        printed: group.weight,
        scheme: ctx.scheme.name[ctx.locale],
        expected: split[code],
      }),
    )
  }
  return out
}
