/**
 * evaluate checks the assessment options and reads their ratios once per form instead of once per
 * indicator (issue 17). Judging under prepared options must be judging under the options.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assessPrepared, prepareAssessOptions } from '../src/assess/index'
import { assessIndicator, OptionError } from '../src/index'

const TARGETS = [
  '≥95%',
  '≤90万元',
  '100%',
  '0起',
  '2021年12月前',
  '≥200平方米',
  '提高',
  '',
  '5=50%',
]
const ACTUALS = [
  '98%',
  '100',
  '204.46平方米',
  '受新冠疫情影响,该项工作未开展。',
  '基本达到',
  '',
  '—',
  '85%',
]
const NAMES = ['满意度', '项目总成本', '安全事故数', '野生动物收容所', '完成率']

describe('assessPrepared: prepared options judge as assessIndicator does', () => {
  it('agrees on any indicator under any options', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(
        fc.record({
          name: fc.constantFrom(...NAMES),
          target: fc.constantFrom(...TARGETS),
          actual: fc.constantFrom(...ACTUALS),
          level2: fc.constantFrom(undefined, '数量指标', '成本指标'),
        }),
        fc.record(
          {
            reverseRule: fc.constantFrom('linear-to-double', 'target-over-actual' as const),
            overTargetRatio: fc.constantFrom('1.2', '1.5', 2),
            partialRatio: fc.constantFrom('1', '0.6'),
            fiscalYear: fc.integer({ min: 2000, max: 2030 }),
            locale: fc.constantFrom('zh-CN', 'en' as const),
          },
          { requiredKeys: [] },
        ),
        fc.array(fc.oneof(fc.constantFrom('tasks', 'indicators'), fc.nat(9)), { maxLength: 4 }),
        (indicator, options, path) => {
          expect(assessPrepared(indicator, prepareAssessOptions(options), path)).toEqual(
            assessIndicator(indicator, { ...options, path }),
          )
        },
      ),
      { numRuns: 300 },
    )
  })

  it('rejects options as assessIndicator does', () => {
    expect(() => prepareAssessOptions({ overTargetRatio: 'x' })).toThrow(OptionError)
  })
})
