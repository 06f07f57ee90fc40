/**
 * Assertions that pin the scoring rules operator by operator (issue 18, mutation testing): each
 * case fails if a comparison, a branch or a rule name in src/score/score.ts is changed.
 */
import { describe, expect, it } from 'vitest'
import type { Assessment, AssessmentStatus } from '../src/assess/types'
import {
  defaultSchemeFor,
  executionScore,
  gradeFor,
  type ScoringScheme,
  schemes,
  scoreIndicator,
} from '../src/index'
import { checkScheme } from '../src/score/scheme'
import {
  executionScoreIn,
  gradeForIn,
  printedScoreTrace,
  type ScoreTrace,
  scoreIndicatorIn,
  totalOf,
} from '../src/score/score'

const mof = schemes['mof-2020-project']

/** The parts of an assessment that scoring reads; the rest is not looked at. */
function assessment(
  status: AssessmentStatus,
  ratio: string | null,
  target: { kind: string; value?: string },
  direction: Assessment['direction'] = 'higher',
): Assessment {
  return { status, ratio, direction, target } as unknown as Assessment
}
const quantitative = { kind: 'quantitative', value: '100' }

describe('printedScoreTrace', () => {
  it('caps a printed score at the weight only when there is a weight', () => {
    expect(printedScoreTrace('10', '12')).toMatchObject({
      rule: 'as-printed',
      weight: '10',
      capped: true,
      score: '10',
      display: '10.00',
    })
    expect(printedScoreTrace(null, '12')).toMatchObject({
      rule: 'as-printed',
      weight: null,
      capped: false,
      score: '12',
    })
    expect(printedScoreTrace('10', '9.5')).toMatchObject({ capped: false, score: '9.5' })
  })

  it('is unscorable without a printed score', () => {
    expect(printedScoreTrace('10', null)).toEqual({
      rule: 'unscorable',
      weight: '10',
      status: null,
      ratio: null,
      band: null,
      capped: false,
      score: null,
      display: null,
    })
  })
})

describe('scoreIndicatorIn', () => {
  it('gives the full weight when met, not capped (score equal to the weight)', () => {
    expect(scoreIndicatorIn(assessment('met', '1.2', quantitative), '10', mof)).toEqual({
      rule: 'full-when-met',
      weight: '10',
      status: 'met',
      ratio: '1.2',
      band: null,
      capped: false,
      score: '10',
      display: '10.00',
    })
  })

  it('scores weight × ratio, proportional for higher-is-better and reverse for lower', () => {
    expect(
      scoreIndicatorIn(assessment('partially-met', '0.85', quantitative), '10', mof),
    ).toMatchObject({ rule: 'proportional', score: '8.5', display: '8.50', capped: false })
    expect(
      scoreIndicatorIn(assessment('partially-met', '0.85', quantitative, 'lower'), '10', mof),
    ).toMatchObject({ rule: 'reverse', score: '8.5' })
    expect(
      scoreIndicatorIn(assessment('partially-met', '0.85', quantitative, 'equal'), '10', mof),
    ).toMatchObject({ rule: 'proportional', score: '8.5' })
  })

  it('uses the zero-target rule only for "equal to 0"', () => {
    const zero = { kind: 'quantitative', value: '0' }
    expect(scoreIndicatorIn(assessment('not-met', '0.5', zero, 'equal'), '10', mof)).toMatchObject({
      rule: 'zero-target',
      score: '5',
    })
    expect(scoreIndicatorIn(assessment('not-met', '0.5', zero, 'higher'), '10', mof)).toMatchObject(
      { rule: 'proportional' },
    )
  })

  it('floors a negative product at zero', () => {
    expect(scoreIndicatorIn(assessment('not-met', '-0.5', quantitative), '10', mof)).toMatchObject({
      score: '0',
      display: '0.00',
      capped: false,
    })
  })

  it('keeps a string weight as written and writes a numeric one canonically', () => {
    const a = assessment('met', '1', quantitative)
    expect(scoreIndicatorIn(a, '10.0', mof).weight).toBe('10.0')
    expect(scoreIndicatorIn(a, 10 as unknown as string, mof).weight).toBe('10')
  })

  it('is unscorable, with no weight, when the weight is not a decimal', () => {
    expect(scoreIndicatorIn(assessment('met', '1', quantitative), '10分', mof)).toMatchObject({
      rule: 'unscorable',
      weight: null,
      status: 'met',
      ratio: '1',
      score: null,
    })
  })

  it('excludes what was not carried out: no score, or zero under a zero scheme', () => {
    const a = assessment('not-carried-out', null, quantitative)
    expect(scoreIndicatorIn(a, '10', mof)).toMatchObject({
      rule: 'excluded',
      weight: '10',
      score: null,
    })
    const zero: ScoringScheme = { ...mof, notCarriedOut: 'zero' }
    expect(scoreIndicatorIn(a, '10', zero)).toMatchObject({ rule: 'excluded', score: '0' })
  })

  it('is unscorable for an unknown status, keeping the weight', () => {
    expect(scoreIndicatorIn(assessment('unknown', '1', quantitative), '10', mof)).toMatchObject({
      rule: 'unscorable',
      weight: '10',
      score: null,
    })
  })

  it('gives the full weight to a met deadline, and a band to a qualitative target', () => {
    expect(
      scoreIndicatorIn(assessment('met', null, { kind: 'deadline' }), '10', mof),
    ).toMatchObject({ rule: 'full-when-met', score: '10' })
    expect(
      scoreIndicatorIn(assessment('met', null, { kind: 'qualitative' }), '10', mof),
    ).toMatchObject({
      rule: 'qualitative-band',
      score: '10',
      band: { low: '0.8', high: '1', point: '1' },
    })
    expect(
      scoreIndicatorIn(assessment('partially-met', null, { kind: 'qualitative' }), '10', mof),
    ).toMatchObject({ rule: 'qualitative-band', score: '6' })
    // A quantitative target without a readable ratio falls back to the bands too.
    expect(scoreIndicatorIn(assessment('not-met', 'x', quantitative), '10', mof)).toMatchObject({
      rule: 'qualitative-band',
      score: '0',
    })
  })

  it('scores a non-quantitative target by its band even when a ratio is present', () => {
    expect(
      scoreIndicatorIn(assessment('partially-met', '0.7', { kind: 'qualitative' }), '10', mof),
    ).toMatchObject({ rule: 'qualitative-band', score: '6' })
  })

  it('gives the full weight to a met quantitative target whose ratio is unreadable', () => {
    expect(scoreIndicatorIn(assessment('met', null, quantitative), '10', mof)).toMatchObject({
      rule: 'full-when-met',
      score: '10',
      band: null,
    })
  })

  it('scores "equal to" a target that is not a number proportionally', () => {
    const vague = { kind: 'quantitative', value: '约100' }
    expect(scoreIndicatorIn(assessment('not-met', '0.5', vague, 'equal'), '10', mof)).toMatchObject(
      { rule: 'proportional', score: '5' },
    )
  })

  it('is unscorable when the scheme lacks the band entirely', () => {
    const bands: Partial<ScoringScheme['qualitativeBands']> = { ...mof.qualitativeBands }
    delete bands['partially-met']
    const noBand = { ...mof, qualitativeBands: bands } as unknown as ScoringScheme
    expect(
      scoreIndicatorIn(assessment('partially-met', null, { kind: 'qualitative' }), '10', noBand),
    ).toMatchObject({ rule: 'unscorable', score: null })
  })

  it('is unscorable when the scheme has no band for the status', () => {
    const noBand = {
      ...mof,
      qualitativeBands: { ...mof.qualitativeBands, 'partially-met': null },
    } as unknown as ScoringScheme
    expect(
      scoreIndicatorIn(assessment('partially-met', null, { kind: 'qualitative' }), '10', noBand),
    ).toMatchObject({ rule: 'unscorable', weight: '10', score: null, band: null })
  })
})

describe('executionScoreIn', () => {
  it('names what is missing: the weight, or the ratio', () => {
    expect(executionScoreIn('0.9', 'x', mof)).toMatchObject({
      rule: 'unscorable',
      weight: null,
      ratio: '0.9',
    })
    expect(executionScoreIn('n/a', '10', mof)).toMatchObject({
      rule: 'unscorable',
      weight: '10',
      ratio: null,
    })
  })

  it('caps at the weight only when the scheme says so', () => {
    expect(executionScoreIn('1.1', '10', mof)).toMatchObject({ score: '10', capped: true })
    const uncapped: ScoringScheme = { ...mof, capExecutionScore: false }
    expect(executionScoreIn('1.1', '10', uncapped)).toMatchObject({ score: '11', capped: false })
    expect(executionScoreIn('1', '10', mof)).toMatchObject({ score: '10', capped: false })
  })
})

describe('gradeForIn', () => {
  it('finds the grade whatever order the scheme lists them in', () => {
    const ascending: ScoringScheme = { ...mof, grades: [...mof.grades].reverse() }
    expect(gradeForIn('95', ascending)).toBe('优')
    expect(gradeForIn('85', ascending)).toBe('良')
    expect(gradeForIn('60', ascending)).toBe('中')
    expect(gradeForIn('10', ascending)).toBe('差')
  })

  it('has no grade below the lowest minimum, nor for a total that is not a decimal', () => {
    const noLowest: ScoringScheme = { ...mof, grades: mof.grades.slice(0, 3) }
    expect(gradeForIn('59.99', noLowest)).toBeNull()
    expect(gradeForIn('合计', mof)).toBeNull()
  })
})

describe('totalOf', () => {
  const item = (rule: ScoreTrace['rule'], weight: string | null, score: string | null) =>
    ({ rule, weight, score }) as ScoreTrace

  it('adds the scores when nothing is excluded', () => {
    expect(totalOf([item('proportional', '60', '50'), item('full-when-met', '40', '40')])).toEqual({
      total: '90',
      rescale: null,
      complete: true,
    })
  })

  it('rescales over the weight that was carried out', () => {
    expect(totalOf([item('proportional', '80', '60'), item('excluded', '20', null)])).toEqual({
      total: '75',
      rescale: '1.25',
      complete: true,
    })
  })

  it('does not rescale an excluded item scored zero, nor when everything was excluded', () => {
    expect(totalOf([item('proportional', '50', '40'), item('excluded', '50', '0')])).toEqual({
      total: '40',
      rescale: null,
      complete: true,
    })
    expect(totalOf([item('excluded', '50', null)])).toEqual({
      total: '0',
      rescale: null,
      complete: true,
    })
  })

  it('is incomplete when an item that was not excluded has no score', () => {
    expect(totalOf([item('proportional', '50', '40'), item('unscorable', '50', null)])).toEqual({
      total: '40',
      rescale: null,
      complete: false,
    })
    expect(totalOf([item('unscorable', null, null)]).total).toBe('0')
  })
})

describe('the scheme argument', () => {
  const a = assessment('met', '1', quantitative)

  it('defaults by form kind', () => {
    expect(defaultSchemeFor('department-overall')).toBe('department-overall')
    expect(defaultSchemeFor('project')).toBe('mof-2020-project')
    expect(defaultSchemeFor(undefined)).toBe('mof-2020-project')
  })

  it('is a built-in name, a built-in object or a valid scheme object', () => {
    expect(checkScheme('f', undefined)).toBeUndefined()
    expect(checkScheme('f', 'hubei-department')).toBe(schemes['hubei-department'])
    expect(checkScheme('f', mof)).toBe(mof)
    const copy = JSON.parse(JSON.stringify(mof)) as ScoringScheme
    expect(checkScheme('f', copy)).toEqual(mof)
  })

  it('names the function and what is allowed when it is wrong', () => {
    const names = Object.keys(schemes)
    expect(() => scoreIndicator(a, '10', 'toString' as never)).toThrow(
      expect.objectContaining({ function: 'scoreIndicator', option: 'scheme', allowed: names }),
    )
    expect(() => scoreIndicator(a, '10', undefined as never)).toThrow(
      expect.objectContaining({ function: 'scoreIndicator', option: 'scheme', allowed: names }),
    )
    expect(() => executionScore('1', '10', 'nope' as never)).toThrow(
      expect.objectContaining({ function: 'executionScore' }),
    )
    expect(() => gradeFor('90', 'nope' as never)).toThrow(
      expect.objectContaining({ function: 'gradeFor' }),
    )
  })

  it('says where a scheme object is invalid, and nothing more when the object itself is', () => {
    const bad = { ...mof, thresholds: { ...mof.thresholds, sumTolerance: '1%' } }
    expect(() => checkScheme('f', bad)).toThrow(
      'f: option "scheme" must be the name of a built-in scheme (mof-2020-project, ' +
        'hubei-department, liwan-2021-department, department-overall) or a scheme object valid ' +
        'under ScoringSchemeSchema (at thresholds.sumTolerance: expected a canonical decimal ' +
        'string such as "0.9"); received an object',
    )
    expect(() => checkScheme('f', 42)).toThrow(/ScoringSchemeSchema; received/)
  })
})
