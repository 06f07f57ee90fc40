/**
 * Assertions that pin src/assess/assess.ts (the integrating assessIndicator) and src/assess/meaning.ts
 * operator by operator (issue 18, mutation testing). Each case sits on one branch of the reading —
 * an option read, a field read defensively, a step of readActual, a word that decides, a finding's
 * condition — and compares the whole result (status, ratio, source, reasons with their params and
 * words, findings with their paths and params), so that a changed comparison, boolean, string or
 * branch shows. Grouped by function; each case says why it is there. Phrasings come from real forms
 * (kpi-rows.jsonl, test/fixtures) or are of the same class.
 */
import { describe, expect, it } from 'vitest'
import {
  claimsIn,
  judgeMeaning,
  MEANING_THRESHOLDS,
  overlapOf,
  restatingClause,
} from '../src/assess/meaning'
import { makeFinding } from '../src/findings/index'
import { shownText } from '../src/i18n/index'
import {
  type AssessableIndicator,
  type AssessedActual,
  type Assessment,
  assessIndicator,
  DEFAULT_ASSESS_OPTIONS,
  type Finding,
} from '../src/index'
import { optionError } from './helpers/option-error'

/** Status, ratio, source, reasons (code, params, deciding words) and findings (code, path, params). */
const brief = (a: Assessment) => ({
  status: a.status,
  ratio: a.ratio,
  source: a.actualSource,
  reasons: a.reasons.map((r) => [r.code, r.params, r.words ?? null]),
  findings: a.findings.map((f) => [f.code, f.path, f.params]),
})

/** One parameter of a finding. */
const param = (f: Finding, key: string): unknown => (f.params as Record<string, unknown>)[key]

const T = '开展培训次数'

// =============================================================================================
// src/assess/assess.ts
// =============================================================================================

describe('checkAssessOptions: each option checked, named', () => {
  it.each([
    ['reverseRule', { reverseRule: 'nope' }],
    ['partialRatio', { partialRatio: 'abc' }],
    ['overTargetRatio', { overTargetRatio: {} }],
    ['fiscalYear', { fiscalYear: 0 }],
    ['fiscalYear', { fiscalYear: 10000 }],
    ['fiscalYear', { fiscalYear: 2023.5 }],
    ['locale', { locale: 'fr' }],
    ['path', { path: 'indicators' }],
    ['placeholderTargetIsMissing', { placeholderTargetIsMissing: 'yes' }],
    ['options', 5],
  ])('%s: %j throws OptionError naming assessIndicator', (option, options) => {
    const call = () => assessIndicator({ name: T, target: '≥5次', actual: '5次' }, options as never)
    expect(optionError(call)).toEqual({ function: 'assessIndicator', option })
  })

  it('the limits of fiscalYear are accepted; an unknown option is ignored', () => {
    const i = { name: T, target: '≥5次', actual: '5次' }
    expect(assessIndicator(i, { fiscalYear: 1 }).status).toBe('met')
    expect(assessIndicator(i, { fiscalYear: 9999 }).status).toBe('met')
    expect(assessIndicator(i, { bogus: 1 } as never).status).toBe('met')
    expect(assessIndicator(i, { placeholderTargetIsMissing: true }).status).toBe('met')
  })

  it('DEFAULT_ASSESS_OPTIONS as documented', () => {
    expect(DEFAULT_ASSESS_OPTIONS).toEqual({
      reverseRule: 'linear-to-double',
      partialRatio: '1',
      overTargetRatio: '1.2',
      placeholderTargetIsMissing: false,
    })
  })
})

// ---------------------------------------------------------------------------------------------
// Each option changes one result; the default is the one DEFAULT_ASSESS_OPTIONS names.
describe('settingsOf: options read once', () => {
  it('partialRatio as a number: 70 of 100 is partly met from 0.6', () => {
    expect(
      brief(
        assessIndicator(
          { name: '开展培训次数', target: '≥100次', actual: '70次' },
          { partialRatio: 0.6 },
        ),
      ),
    ).toEqual({
      status: 'partially-met',
      ratio: '0.7',
      source: 'value',
      reasons: [
        ['actual-value', { actual: '70次', target: '≥100次' }, null],
        ['ratio', { ratio: '0.7', ratioPercent: '70.00%', rule: '完成值 ÷ 目标值' }, null],
      ],
      findings: [
        [
          'INDICATOR_NOT_MET_WITHOUT_REASON',
          ['deviationReason'],
          { indicator: '开展培训次数', status: '部分达成' },
        ],
      ],
    })
  })
  it('partialRatio as a decimal string reads the same', () => {
    expect(
      brief(
        assessIndicator(
          { name: '开展培训次数', target: '≥100次', actual: '70次' },
          { partialRatio: '0.6' },
        ),
      ),
    ).toEqual({
      status: 'partially-met',
      ratio: '0.7',
      source: 'value',
      reasons: [
        ['actual-value', { actual: '70次', target: '≥100次' }, null],
        ['ratio', { ratio: '0.7', ratioPercent: '70.00%', rule: '完成值 ÷ 目标值' }, null],
      ],
      findings: [
        [
          'INDICATOR_NOT_MET_WITHOUT_REASON',
          ['deviationReason'],
          { indicator: '开展培训次数', status: '部分达成' },
        ],
      ],
    })
  })
  it('no partialRatio: the default 1 makes any shortfall not met', () => {
    expect(
      brief(assessIndicator({ name: '开展培训次数', target: '≥100次', actual: '70次' })),
    ).toEqual({
      status: 'not-met',
      ratio: '0.7',
      source: 'value',
      reasons: [
        ['actual-value', { actual: '70次', target: '≥100次' }, null],
        ['ratio', { ratio: '0.7', ratioPercent: '70.00%', rule: '完成值 ÷ 目标值' }, null],
      ],
      findings: [
        [
          'INDICATOR_NOT_MET_WITHOUT_REASON',
          ['deviationReason'],
          { indicator: '开展培训次数', status: '未达成' },
        ],
      ],
    })
  })
  it('overTargetRatio 1.5: over target exactly at 150%', () => {
    expect(
      brief(
        assessIndicator(
          { name: '开展培训次数', target: '≥100次', actual: '150次' },
          { overTargetRatio: 1.5 },
        ),
      ),
    ).toEqual({
      status: 'met',
      ratio: '1.5',
      source: 'value',
      reasons: [
        ['actual-value', { actual: '150次', target: '≥100次' }, null],
        ['ratio', { ratio: '1.5', ratioPercent: '150.00%', rule: '完成值 ÷ 目标值' }, null],
      ],
      findings: [
        [
          'INDICATOR_OVER_TARGET',
          [],
          {
            indicator: '开展培训次数',
            actual: '150次',
            target: '≥100次',
            ratio: '150.00%',
            threshold: '150.00%',
          },
        ],
      ],
    })
  })
  it('overTargetRatio "1.5": 149% is under it', () => {
    expect(
      brief(
        assessIndicator(
          { name: '开展培训次数', target: '≥100次', actual: '149次' },
          { overTargetRatio: '1.5' },
        ),
      ),
    ).toEqual({
      status: 'met',
      ratio: '1.49',
      source: 'value',
      reasons: [
        ['actual-value', { actual: '149次', target: '≥100次' }, null],
        ['ratio', { ratio: '1.49', ratioPercent: '149.00%', rule: '完成值 ÷ 目标值' }, null],
      ],
      findings: [],
    })
  })
  it('default overTargetRatio 1.2: over target at 120%', () => {
    expect(
      brief(assessIndicator({ name: '开展培训次数', target: '≥100次', actual: '120次' })),
    ).toEqual({
      status: 'met',
      ratio: '1.2',
      source: 'value',
      reasons: [
        ['actual-value', { actual: '120次', target: '≥100次' }, null],
        ['ratio', { ratio: '1.2', ratioPercent: '120.00%', rule: '完成值 ÷ 目标值' }, null],
      ],
      findings: [
        [
          'INDICATOR_OVER_TARGET',
          [],
          {
            indicator: '开展培训次数',
            actual: '120次',
            target: '≥100次',
            ratio: '120.00%',
            threshold: '120.00%',
          },
        ],
      ],
    })
  })
  it('default overTargetRatio 1.2: 119% is not', () => {
    expect(
      brief(assessIndicator({ name: '开展培训次数', target: '≥100次', actual: '119次' })),
    ).toEqual({
      status: 'met',
      ratio: '1.19',
      source: 'value',
      reasons: [
        ['actual-value', { actual: '119次', target: '≥100次' }, null],
        ['ratio', { ratio: '1.19', ratioPercent: '119.00%', rule: '完成值 ÷ 目标值' }, null],
      ],
      findings: [],
    })
  })
  it('reverseRule target-over-actual: T ÷ A', () => {
    expect(
      brief(
        assessIndicator(
          { name: '项目总成本', target: '≤90万元', actual: '100' },
          { reverseRule: 'target-over-actual' },
        ),
      ),
    ).toEqual({
      status: 'not-met',
      ratio: '0.9',
      source: 'value',
      reasons: [
        ['actual-value', { actual: '100万元', target: '≤90万元' }, null],
        [
          'ratio',
          { ratio: '0.9', ratioPercent: '90.00%', rule: '反向指标：目标值 ÷ 完成值' },
          null,
        ],
      ],
      findings: [
        [
          'INDICATOR_NOT_MET_WITHOUT_REASON',
          ['deviationReason'],
          { indicator: '项目总成本', status: '未达成' },
        ],
      ],
    })
  })
  it('reverseRule default linear-to-double: 1 − (A − T) ÷ T', () => {
    expect(
      brief(assessIndicator({ name: '项目总成本', target: '≤100万元', actual: '120' })),
    ).toEqual({
      status: 'not-met',
      ratio: '0.8',
      source: 'value',
      reasons: [
        ['actual-value', { actual: '120万元', target: '≤100万元' }, null],
        [
          'ratio',
          {
            ratio: '0.8',
            ratioPercent: '80.00%',
            rule: '反向指标：1 − (完成值 − 目标值) ÷ 目标值，至两倍目标值时为 0',
          },
          null,
        ],
      ],
      findings: [
        [
          'INDICATOR_NOT_MET_WITHOUT_REASON',
          ['deviationReason'],
          { indicator: '项目总成本', status: '未达成' },
        ],
      ],
    })
  })
  it('fiscalYear dates a deadline without a year: 2024年3月 is after 2023年10月', () => {
    expect(
      brief(
        assessIndicator(
          { name: '项目完成时间', target: '10月底前', actual: '2024年3月' },
          { fiscalYear: 2023 },
        ),
      ),
    ).toEqual({
      status: 'not-met',
      ratio: null,
      source: 'value',
      reasons: [['deadline', { actual: '2024年3月', target: '10月' }, null]],
      findings: [
        [
          'INDICATOR_NOT_MET_WITHOUT_REASON',
          ['deviationReason'],
          { indicator: '项目完成时间', status: '未达成' },
        ],
      ],
    })
  })
  it('no fiscalYear: a deadline without a year is compared by month', () => {
    expect(
      brief(assessIndicator({ name: '项目完成时间', target: '10月底前', actual: '2024年3月' })),
    ).toEqual({
      status: 'met',
      ratio: null,
      source: 'value',
      reasons: [['deadline', { actual: '2024年3月', target: '10月' }, null]],
      findings: [],
    })
  })
  it('locale en writes rules and statuses in English', () => {
    expect(
      brief(
        assessIndicator({ name: '开展培训次数', target: '≥5次', actual: '3次' }, { locale: 'en' }),
      ),
    ).toEqual({
      status: 'not-met',
      ratio: '0.6',
      source: 'value',
      reasons: [
        ['actual-value', { actual: '3次', target: '≥5次' }, null],
        ['ratio', { ratio: '0.6', ratioPercent: '60.00%', rule: 'actual ÷ target' }, null],
      ],
      findings: [
        [
          'INDICATOR_NOT_MET_WITHOUT_REASON',
          ['deviationReason'],
          { indicator: '开展培训次数', status: 'not met' },
        ],
      ],
    })
  })
})

// ---------------------------------------------------------------------------------------------
// Plain JavaScript callers may pass anything; only the four statuses count.
describe('fieldsOf: the indicator read defensively', () => {
  it('null is an indicator with nothing', () => {
    expect(brief(assessIndicator(null as never))).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'none',
      reasons: [['no-actual', {}, null]],
      findings: [
        ['TARGET_MISSING', ['target'], { indicator: '' }],
        ['INDICATOR_ACTUAL_MISSING', ['actual'], { indicator: '' }],
      ],
    })
  })
  it('a string is an indicator with nothing', () => {
    expect(brief(assessIndicator('开展培训次数' as never))).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'none',
      reasons: [['no-actual', {}, null]],
      findings: [
        ['TARGET_MISSING', ['target'], { indicator: '' }],
        ['INDICATOR_ACTUAL_MISSING', ['actual'], { indicator: '' }],
      ],
    })
  })
  it('finite numbers are read as text', () => {
    expect(brief(assessIndicator({ name: 12, target: 95, actual: 114 } as never))).toEqual({
      status: 'met',
      ratio: '1.2',
      source: 'value',
      reasons: [
        ['actual-value', { actual: '114', target: '≥95' }, null],
        ['ratio', { ratio: '1.2', ratioPercent: '120.00%', rule: '完成值 ÷ 目标值' }, null],
      ],
      findings: [
        [
          'INDICATOR_OVER_TARGET',
          [],
          { indicator: '12', actual: '114', target: '≥95', ratio: '120.00%', threshold: '120.00%' },
        ],
      ],
    })
  })
  it('NaN is no actual', () => {
    expect(
      brief(assessIndicator({ name: 'n', target: '≥5', actual: Number.NaN as never })),
    ).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'none',
      reasons: [['no-actual', {}, null]],
      findings: [['INDICATOR_ACTUAL_MISSING', ['actual'], { indicator: 'n' }]],
    })
  })
  it('Infinity is no actual', () => {
    const actual = Number.POSITIVE_INFINITY as never
    expect(brief(assessIndicator({ name: 'n', target: '≥5', actual }))).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'none',
      reasons: [['no-actual', {}, null]],
      findings: [['INDICATOR_ACTUAL_MISSING', ['actual'], { indicator: 'n' }]],
    })
  })
  it('status "unknown" is not a stated status', () => {
    expect(
      brief(
        assessIndicator({
          name: '开展培训次数',
          target: '≥5次',
          actual: '3次',
          status: 'unknown',
        } as never),
      ),
    ).toEqual({
      status: 'not-met',
      ratio: '0.6',
      source: 'value',
      reasons: [
        ['actual-value', { actual: '3次', target: '≥5次' }, null],
        ['ratio', { ratio: '0.6', ratioPercent: '60.00%', rule: '完成值 ÷ 目标值' }, null],
      ],
      findings: [
        [
          'INDICATOR_NOT_MET_WITHOUT_REASON',
          ['deviationReason'],
          { indicator: '开展培训次数', status: '未达成' },
        ],
      ],
    })
  })
  it('status "MET" is not a stated status', () => {
    expect(
      brief(
        assessIndicator({
          name: '开展培训次数',
          target: '≥5次',
          actual: '3次',
          status: 'MET',
        } as never),
      ),
    ).toEqual({
      status: 'not-met',
      ratio: '0.6',
      source: 'value',
      reasons: [
        ['actual-value', { actual: '3次', target: '≥5次' }, null],
        ['ratio', { ratio: '0.6', ratioPercent: '60.00%', rule: '完成值 ÷ 目标值' }, null],
      ],
      findings: [
        [
          'INDICATOR_NOT_MET_WITHOUT_REASON',
          ['deviationReason'],
          { indicator: '开展培训次数', status: '未达成' },
        ],
      ],
    })
  })
})

// ---------------------------------------------------------------------------------------------
// A stated status decides; a reading that differs (and is not unknown) is noted.
describe('explicit status', () => {
  it('met stated, 3 of 5 read as not met: reading-disagrees', () => {
    expect(
      brief(
        assessIndicator({ name: '开展培训次数', target: '≥5次', actual: '3次', status: 'met' }),
      ),
    ).toEqual({
      status: 'met',
      ratio: '0.6',
      source: 'status',
      reasons: [
        ['explicit-status', { status: '达成' }, null],
        ['actual-value', { actual: '3次', target: '≥5次' }, null],
        ['ratio', { ratio: '0.6', ratioPercent: '60.00%', rule: '完成值 ÷ 目标值' }, null],
        ['reading-disagrees', { status: '未达成' }, null],
      ],
      findings: [],
    })
  })
  it('partially-met stated: disagrees, and still needs a reason', () => {
    expect(
      brief(
        assessIndicator({
          name: '开展培训次数',
          target: '≥5次',
          actual: '3次',
          status: 'partially-met',
        }),
      ),
    ).toEqual({
      status: 'partially-met',
      ratio: '0.6',
      source: 'status',
      reasons: [
        ['explicit-status', { status: '部分达成' }, null],
        ['actual-value', { actual: '3次', target: '≥5次' }, null],
        ['ratio', { ratio: '0.6', ratioPercent: '60.00%', rule: '完成值 ÷ 目标值' }, null],
        ['reading-disagrees', { status: '未达成' }, null],
      ],
      findings: [
        [
          'INDICATOR_NOT_MET_WITHOUT_REASON',
          ['deviationReason'],
          { indicator: '开展培训次数', status: '部分达成' },
        ],
      ],
    })
  })
  it('not-met stated, read not met: no disagreement', () => {
    expect(
      brief(
        assessIndicator({ name: '开展培训次数', target: '≥5次', actual: '3次', status: 'not-met' }),
      ),
    ).toEqual({
      status: 'not-met',
      ratio: '0.6',
      source: 'status',
      reasons: [
        ['explicit-status', { status: '未达成' }, null],
        ['actual-value', { actual: '3次', target: '≥5次' }, null],
        ['ratio', { ratio: '0.6', ratioPercent: '60.00%', rule: '完成值 ÷ 目标值' }, null],
      ],
      findings: [
        [
          'INDICATOR_NOT_MET_WITHOUT_REASON',
          ['deviationReason'],
          { indicator: '开展培训次数', status: '未达成' },
        ],
      ],
    })
  })
  it('not-carried-out stated', () => {
    expect(
      brief(
        assessIndicator({
          name: '开展培训次数',
          target: '≥5次',
          actual: '3次',
          status: 'not-carried-out',
        }),
      ),
    ).toEqual({
      status: 'not-carried-out',
      ratio: '0.6',
      source: 'status',
      reasons: [
        ['explicit-status', { status: '未开展' }, null],
        ['actual-value', { actual: '3次', target: '≥5次' }, null],
        ['ratio', { ratio: '0.6', ratioPercent: '60.00%', rule: '完成值 ÷ 目标值' }, null],
        ['reading-disagrees', { status: '未达成' }, null],
      ],
      findings: [
        [
          'INDICATOR_NOT_MET_WITHOUT_REASON',
          ['deviationReason'],
          { indicator: '开展培训次数', status: '未开展' },
        ],
      ],
    })
  })
  it('met stated with no actual: no disagreement with an unknown reading, no missing actual', () => {
    expect(
      brief(assessIndicator({ name: '开展培训次数', target: '≥5次', actual: '', status: 'met' })),
    ).toEqual({
      status: 'met',
      ratio: null,
      source: 'status',
      reasons: [
        ['explicit-status', { status: '达成' }, null],
        ['no-actual', {}, null],
      ],
      findings: [],
    })
  })
  it('met stated and read met, in English', () => {
    expect(
      brief(
        assessIndicator(
          { name: '开展培训次数', target: '≥5次', actual: '5次', status: 'met' },
          { locale: 'en' },
        ),
      ),
    ).toEqual({
      status: 'met',
      ratio: '1',
      source: 'status',
      reasons: [
        ['explicit-status', { status: 'met' }, null],
        ['actual-value', { actual: '5次', target: '≥5次' }, null],
        ['ratio', { ratio: '1', ratioPercent: '100.00%', rule: 'actual ÷ target' }, null],
      ],
      findings: [],
    })
  })
  it('met stated, read not met, in English', () => {
    expect(
      brief(
        assessIndicator(
          { name: '开展培训次数', target: '≥5次', actual: '3次', status: 'met' },
          { locale: 'en' },
        ),
      ),
    ).toEqual({
      status: 'met',
      ratio: '0.6',
      source: 'status',
      reasons: [
        ['explicit-status', { status: 'met' }, null],
        ['actual-value', { actual: '3次', target: '≥5次' }, null],
        ['ratio', { ratio: '0.6', ratioPercent: '60.00%', rule: 'actual ÷ target' }, null],
        ['reading-disagrees', { status: 'not met' }, null],
      ],
      findings: [],
    })
  })
})

// ---------------------------------------------------------------------------------------------
// A bare figure under a name used both ways (成本控制率): only an equal actual is judged.
describe('unclearDirection and DIRECTION_UNCLEAR', () => {
  it('76% against 95%: unknown, with the reason and the finding', () => {
    expect(brief(assessIndicator({ name: '成本控制率', target: '95%', actual: '76%' }))).toEqual({
      status: 'unknown',
      ratio: '0.8',
      source: 'value',
      reasons: [
        ['actual-value', { actual: '76%', target: '≥95%' }, null],
        ['ratio', { ratio: '0.8', ratioPercent: '80.00%', rule: '完成值 ÷ 目标值' }, null],
        ['direction-unclear', { value: '95', unit: '%' }, null],
      ],
      findings: [
        ['DIRECTION_UNCLEAR', [], { indicator: '成本控制率', target: '95%', actual: '76%' }],
      ],
    })
  })
  it('equal to the figure: met either way', () => {
    expect(brief(assessIndicator({ name: '成本控制率', target: '95%', actual: '95%' }))).toEqual({
      status: 'met',
      ratio: '1',
      source: 'value',
      reasons: [
        ['actual-value', { actual: '95%', target: '≥95%' }, null],
        ['ratio', { ratio: '1', ratioPercent: '100.00%', rule: '完成值 ÷ 目标值' }, null],
      ],
      findings: [],
    })
  })
  it('not carried out stays not carried out', () => {
    expect(brief(assessIndicator({ name: '成本控制率', target: '95%', actual: '未开展' }))).toEqual(
      {
        status: 'not-carried-out',
        ratio: null,
        source: 'text',
        reasons: [
          [
            'words-not-carried-out',
            { words: '未开展', clause: '未开展', all: ['未开展'] },
            '未开展',
          ],
        ],
        findings: [
          [
            'INDICATOR_NOT_MET_WITHOUT_REASON',
            ['deviationReason'],
            { indicator: '成本控制率', status: '未开展' },
          ],
        ],
      },
    )
  })
  it('met by words (no figure) stays met', () => {
    expect(brief(assessIndicator({ name: '成本控制率', target: '95%', actual: '已完成' }))).toEqual(
      {
        status: 'met',
        ratio: null,
        source: 'text',
        reasons: [['words-met', { words: '已完成', clause: '已完成', all: ['已完成'] }, '已完成']],
        findings: [],
      },
    )
  })
  it('no actual stays unknown without the reason', () => {
    expect(brief(assessIndicator({ name: '成本控制率', target: '95%', actual: '' }))).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'none',
      reasons: [['no-actual', {}, null]],
      findings: [['INDICATOR_ACTUAL_MISSING', ['actual'], { indicator: '成本控制率' }]],
    })
  })
  it('a stated status keeps the reason and the finding, at the path', () => {
    expect(
      brief(
        assessIndicator(
          { name: '成本控制率', target: '95%', actual: '76%', status: 'met' },
          { path: ['indicators', 2] },
        ),
      ),
    ).toEqual({
      status: 'met',
      ratio: '0.8',
      source: 'status',
      reasons: [
        ['explicit-status', { status: '达成' }, null],
        ['actual-value', { actual: '76%', target: '≥95%' }, null],
        ['ratio', { ratio: '0.8', ratioPercent: '80.00%', rule: '完成值 ÷ 目标值' }, null],
        ['direction-unclear', { value: '95', unit: '%' }, null],
      ],
      findings: [
        [
          'DIRECTION_UNCLEAR',
          ['indicators', 2],
          { indicator: '成本控制率', target: '95%', actual: '76%' },
        ],
      ],
    })
  })
})

// ---------------------------------------------------------------------------------------------
// actualValue decides over the text for a quantitative target the grammar did not flag.
describe('readActual: a structured actualValue', () => {
  it('actualValue with a unit spelled out (平方米 → m²), over a narrative actual', () => {
    expect(
      brief(
        assessIndicator({
          name: '野生动物收容所',
          target: '≥200平方米',
          actual: '见附件',
          actualValue: '204',
          actualUnit: '平方米',
        }),
      ),
    ).toEqual({
      status: 'met',
      ratio: '1.02',
      source: 'value',
      reasons: [
        ['actual-value', { actual: '204m²', target: '≥200m²' }, null],
        ['ratio', { ratio: '1.02', ratioPercent: '102.00%', rule: '完成值 ÷ 目标值' }, null],
      ],
      findings: [],
    })
  })
  it('actualUnit blank: the target unit', () => {
    expect(
      brief(
        assessIndicator({
          name: '野生动物收容所',
          target: '≥200平方米',
          actualValue: '204',
          actualUnit: '',
        }),
      ),
    ).toEqual({
      status: 'met',
      ratio: '1.02',
      source: 'value',
      reasons: [
        ['actual-value', { actual: '204m²', target: '≥200m²' }, null],
        ['ratio', { ratio: '1.02', ratioPercent: '102.00%', rule: '完成值 ÷ 目标值' }, null],
      ],
      findings: [],
    })
  })
  it('actualUnit with a space around it is read', () => {
    expect(
      brief(
        assessIndicator({
          name: '开展培训次数',
          target: '≥5次',
          actualValue: '5',
          actualUnit: '次 ',
        }),
      ),
    ).toEqual({
      status: 'met',
      ratio: '1',
      source: 'value',
      reasons: [
        ['actual-value', { actual: '5次', target: '≥5次' }, null],
        ['ratio', { ratio: '1', ratioPercent: '100.00%', rule: '完成值 ÷ 目标值' }, null],
      ],
      findings: [],
    })
  })
  it('actualUnit not a unit on its own is kept as written: a mismatch', () => {
    expect(
      brief(
        assessIndicator({
          name: '开展培训次数',
          target: '≥5次',
          actualValue: '5',
          actualUnit: '次数',
        }),
      ),
    ).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'value',
      reasons: [['unit-mismatch', { actualUnit: '次数', targetUnit: '次' }, null]],
      findings: [
        [
          'INDICATOR_UNIT_MISMATCH',
          ['actual'],
          {
            indicator: '开展培训次数',
            actual: '5',
            target: '≥5次',
            actualUnit: '次数',
            targetUnit: '次',
          },
        ],
      ],
    })
  })
  it('a unit that cannot be reconciled: unknown with INDICATOR_UNIT_MISMATCH citing actualValue', () => {
    expect(
      brief(
        assessIndicator({
          name: '野生动物收容所',
          target: '≥200平方米',
          actualValue: '204',
          actualUnit: '个',
        }),
      ),
    ).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'value',
      reasons: [['unit-mismatch', { actualUnit: '个', targetUnit: 'm²' }, null]],
      findings: [
        [
          'INDICATOR_UNIT_MISMATCH',
          ['actual'],
          {
            indicator: '野生动物收容所',
            actual: '204',
            target: '≥200平方米',
            actualUnit: '个',
            targetUnit: 'm²',
          },
        ],
      ],
    })
  })
  it('an unreadable actualValue falls back to the text', () => {
    expect(
      brief(
        assessIndicator({
          name: '野生动物收容所',
          target: '≥200平方米',
          actual: '204平方米',
          actualValue: 'abc',
        }),
      ),
    ).toEqual({
      status: 'met',
      ratio: '1.02',
      source: 'value',
      reasons: [
        ['actual-value', { actual: '204m²', target: '≥200m²' }, null],
        ['ratio', { ratio: '1.02', ratioPercent: '102.00%', rule: '完成值 ÷ 目标值' }, null],
      ],
      findings: [],
    })
  })
  it('a qualitative target ignores actualValue', () => {
    expect(
      brief(
        assessIndicator({
          name: '实施效果',
          target: '效果明显',
          actual: '良好',
          actualValue: '204',
        }),
      ),
    ).toEqual({
      status: 'met',
      ratio: null,
      source: 'text',
      reasons: [
        [
          'grade',
          { words: '良好', level: '良', against: '预期为“明显”（良）', status: '达成' },
          '良好',
        ],
      ],
      findings: [],
    })
  })
  it('an impossible actualValue (290 for a rate) is suspected OCR damage', () => {
    expect(
      brief(assessIndicator({ name: '抽检合格率', target: '≥90%', actualValue: '290' })),
    ).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'text',
      reasons: [
        ['actual-suspect', { actual: '290%', reading: '≥90%', hint: '可能是“≥90%”' }, null],
      ],
      findings: [
        [
          'ACTUAL_OCR_SUSPECT',
          ['actual'],
          {
            indicator: '抽检合格率',
            text: '290',
            reading: '≥90%',
            problem: 'comparator-read-as-digit',
            why: '比较符疑被识别为数字',
            hint: '可能是“≥90%”',
          },
        ],
      ],
    })
  })
  it('money converted from 元', () => {
    expect(
      brief(
        assessIndicator({
          name: '项目总投资',
          target: '≥100万元',
          actualValue: '1500000',
          actualUnit: '元',
        }),
      ),
    ).toEqual({
      status: 'met',
      ratio: '1.5',
      source: 'value',
      reasons: [
        ['actual-value', { actual: '150万元', target: '≥100万元' }, null],
        [
          'unit-converted',
          { fromValue: '1500000', fromUnit: '元', toValue: '150', toUnit: '万元' },
          null,
        ],
        ['ratio', { ratio: '1.5', ratioPercent: '150.00%', rule: '完成值 ÷ 目标值' }, null],
      ],
      findings: [
        [
          'INDICATOR_OVER_TARGET',
          [],
          {
            indicator: '项目总投资',
            actual: '150万元',
            target: '≥100万元',
            ratio: '150.00%',
            threshold: '120.00%',
          },
        ],
      ],
    })
  })
})

// ---------------------------------------------------------------------------------------------
// The first steps, and INDICATOR_ACTUAL_MISSING beside them.
describe('readActual: blank, placeholder, not carried out', () => {
  it('a placeholder actual', () => {
    expect(brief(assessIndicator({ name: '开展培训次数', target: '≥5次', actual: '/' }))).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'none',
      reasons: [['actual-placeholder', { words: '/' }, '/']],
      findings: [['INDICATOR_ACTUAL_MISSING', ['actual'], { indicator: '开展培训次数' }]],
    })
  })
  it('placeholders in both cells: not applicable, nothing missing', () => {
    expect(brief(assessIndicator({ name: '开展培训次数', target: '/', actual: '/' }))).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'none',
      reasons: [['actual-placeholder', { words: '/' }, '/']],
      findings: [],
    })
  })
  it('a placeholder actual with a deviation reason: nothing missing', () => {
    expect(
      brief(
        assessIndicator({
          name: '开展培训次数',
          target: '≥5次',
          actual: '-',
          deviationReason: '疫情影响',
        }),
      ),
    ).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'none',
      reasons: [['actual-placeholder', { words: '-' }, '-']],
      findings: [],
    })
  })
  it('a deviation reason of 无 is no reason', () => {
    expect(
      brief(
        assessIndicator({
          name: '开展培训次数',
          target: '≥5次',
          actual: '-',
          deviationReason: '无',
        }),
      ),
    ).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'none',
      reasons: [['actual-placeholder', { words: '-' }, '-']],
      findings: [['INDICATOR_ACTUAL_MISSING', ['actual'], { indicator: '开展培训次数' }]],
    })
  })
  it('a blank actual is missing even with a deviation reason', () => {
    expect(
      brief(
        assessIndicator({
          name: '开展培训次数',
          target: '≥5次',
          actual: '',
          deviationReason: '疫情影响',
        }),
      ),
    ).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'none',
      reasons: [['no-actual', {}, null]],
      findings: [['INDICATOR_ACTUAL_MISSING', ['actual'], { indicator: '开展培训次数' }]],
    })
  })
  it('whitespace is no actual', () => {
    expect(brief(assessIndicator({ name: '开展培训次数', target: '≥5次', actual: '  ' }))).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'none',
      reasons: [['no-actual', {}, null]],
      findings: [['INDICATOR_ACTUAL_MISSING', ['actual'], { indicator: '开展培训次数' }]],
    })
  })
  it('a placeholder actual under no target: both missing', () => {
    expect(brief(assessIndicator({ name: '开展培训次数', target: '', actual: '/' }))).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'none',
      reasons: [['actual-placeholder', { words: '/' }, '/']],
      findings: [
        ['TARGET_MISSING', ['target'], { indicator: '开展培训次数' }],
        ['INDICATOR_ACTUAL_MISSING', ['actual'], { indicator: '开展培训次数' }],
      ],
    })
  })
  it('a blank actual under a placeholder target is missing', () => {
    expect(brief(assessIndicator({ name: '开展培训次数', target: '/', actual: '' }))).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'none',
      reasons: [['no-actual', {}, null]],
      findings: [['INDICATOR_ACTUAL_MISSING', ['actual'], { indicator: '开展培训次数' }]],
    })
  })
  it('a placeholder actual beside an unreadable actualValue: not reported missing', () => {
    expect(
      brief(
        assessIndicator({ name: '开展培训次数', target: '≥5次', actual: '-', actualValue: 'abc' }),
      ),
    ).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'none',
      reasons: [['actual-placeholder', { words: '-' }, '-']],
      findings: [],
    })
  })
  it('not carried out, its clause quoted', () => {
    expect(
      brief(
        assessIndicator({
          name: '花市安全事故数',
          target: '0起',
          actual: '受新冠疫情影响,该项工作未开展。',
        }),
      ),
    ).toEqual({
      status: 'not-carried-out',
      ratio: null,
      source: 'text',
      reasons: [
        [
          'words-not-carried-out',
          { words: '未开展', clause: '该项工作未开展', all: ['未开展'] },
          '未开展',
        ],
      ],
      findings: [],
    })
  })
  it('not carried out with a cause in the actual: no reason finding', () => {
    expect(
      brief(assessIndicator({ name: '开展培训次数', target: '≥5次', actual: '因疫情影响未开展' })),
    ).toEqual({
      status: 'not-carried-out',
      ratio: null,
      source: 'text',
      reasons: [
        [
          'words-not-carried-out',
          { words: '未开展', clause: '因疫情影响未开展', all: ['未开展'] },
          '未开展',
        ],
      ],
      findings: [],
    })
  })
})

// ---------------------------------------------------------------------------------------------
// The steps after the figures: each returns its own reason.
describe('readActual: zero events, deadlines, target trouble, truncation', () => {
  it('0起 and 未发生安全事故: read as an actual of 0, met', () => {
    expect(
      brief(assessIndicator({ name: '花市安全事故数', target: '0起', actual: '未发生安全事故' })),
    ).toEqual({
      status: 'met',
      ratio: '1',
      source: 'text',
      reasons: [
        ['actual-figure', { actual: '0起', target: '=0起', words: '未发生' }, '未发生'],
        ['zero-target', { actual: '0起', verdict: '，达成' }, null],
      ],
      findings: [],
    })
  })
  it('≤0次 and 零投诉: the words are the figure', () => {
    expect(
      brief(assessIndicator({ name: '投诉次数', target: '≤0次', actual: '全年零投诉' })),
    ).toEqual({
      status: 'met',
      ratio: '1',
      source: 'text',
      reasons: [
        ['actual-figure', { actual: '0次', target: '≤0次', words: '零投诉' }, '零投诉'],
        ['zero-target', { actual: '0次', verdict: '，达成' }, null],
      ],
      findings: [],
    })
  })
  it('a target of 1起 is not a zero target: the words do not decide', () => {
    expect(
      brief(assessIndicator({ name: '花市安全事故数', target: '1起', actual: '未发生安全事故' })),
    ).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'text',
      reasons: [['no-deciding-words', {}, null]],
      findings: [],
    })
  })
  it('a deadline met by a date', () => {
    expect(
      brief(
        assessIndicator({ name: '项目完成时间', target: '2023年10月底前', actual: '2023年9月' }),
      ),
    ).toEqual({
      status: 'met',
      ratio: null,
      source: 'value',
      reasons: [['deadline', { actual: '2023年9月', target: '2023年10月' }, null]],
      findings: [],
    })
  })
  it('a deadline missed by a date', () => {
    expect(
      brief(
        assessIndicator({ name: '项目完成时间', target: '2023年10月底前', actual: '2023年11月' }),
      ),
    ).toEqual({
      status: 'not-met',
      ratio: null,
      source: 'value',
      reasons: [['deadline', { actual: '2023年11月', target: '2023年10月' }, null]],
      findings: [
        [
          'INDICATOR_NOT_MET_WITHOUT_REASON',
          ['deviationReason'],
          { indicator: '项目完成时间', status: '未达成' },
        ],
      ],
    })
  })
  it('no target: the reason first, then the words', () => {
    expect(brief(assessIndicator({ name: '开展培训次数', target: '', actual: '已完成' }))).toEqual({
      status: 'met',
      ratio: null,
      source: 'text',
      reasons: [
        ['no-target', {}, null],
        ['words-met', { words: '已完成', clause: '已完成', all: ['已完成'] }, '已完成'],
      ],
      findings: [['TARGET_MISSING', ['target'], { indicator: '开展培训次数' }]],
    })
  })
  it('no target and no deciding words: only no-target', () => {
    expect(
      brief(assessIndicator({ name: '开展培训次数', target: '', actual: '按计划推进' })),
    ).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'text',
      reasons: [['no-target', {}, null]],
      findings: [['TARGET_MISSING', ['target'], { indicator: '开展培训次数' }]],
    })
  })
  it('no target: progress is not read', () => {
    expect(brief(assessIndicator({ name: '道路建设', target: '', actual: '完成进度80%' }))).toEqual(
      {
        status: 'unknown',
        ratio: null,
        source: 'text',
        reasons: [['no-target', {}, null]],
        findings: [['TARGET_MISSING', ['target'], { indicator: '道路建设' }]],
      },
    )
  })
  it('a target in words naming nothing measurable, no deciding words', () => {
    expect(
      brief(assessIndicator({ name: '开展培训次数', target: '详见附件', actual: '按计划推进' })),
    ).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'text',
      reasons: [['no-deciding-words', {}, null]],
      findings: [],
    })
  })
  it('a target suspected by the assessment: both readings withheld, words still decide', () => {
    expect(
      brief(assessIndicator({ name: '开展培训次数', target: '工5次', actual: '已完成' })),
    ).toEqual({
      status: 'met',
      ratio: null,
      source: 'text',
      reasons: [
        ['target-suspect', { target: '工5次', reading: '≥5次' }, null],
        ['words-met', { words: '已完成', clause: '已完成', all: ['已完成'] }, '已完成'],
      ],
      findings: [
        [
          'TARGET_OCR_SUSPECT',
          ['target'],
          { indicator: '开展培训次数', text: '工5次', reading: '≥5次' },
        ],
      ],
    })
  })
  it('a truncated actual: the clause cut off', () => {
    expect(
      brief(
        assessIndicator({
          name: '法律顾问参与工作率',
          target: '效果明显',
          actual: '法律顾问参与工作率达',
        }),
      ),
    ).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'text',
      reasons: [['truncated', { words: '法律顾问参与工作率达' }, '法律顾问参与工作率达']],
      findings: [],
    })
  })
  it('nothing decides: no-deciding-words', () => {
    expect(
      brief(assessIndicator({ name: '实施情况', target: '效果明显', actual: '详见附表' })),
    ).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'text',
      reasons: [['no-deciding-words', {}, null]],
      findings: [],
    })
  })
})

// ---------------------------------------------------------------------------------------------
// A label makes the source text; a bound is kept; a difference or progress is no actual.
describe('readQuantitativeActual: the whole cell, else one fitting figure', () => {
  it('a labelled figure: source text, the words quoted', () => {
    expect(
      brief(assessIndicator({ name: '受益群众满意度', target: '≥90%', actual: '满意度99%' })),
    ).toEqual({
      status: 'met',
      ratio: '1.1',
      source: 'text',
      reasons: [
        ['actual-figure', { actual: '99%', target: '≥90%', words: '满意度99%' }, '满意度99%'],
        ['ratio', { ratio: '1.1', ratioPercent: '110.00%', rule: '完成值 ÷ 目标值' }, null],
      ],
      findings: [],
    })
  })
  it('a figure written as a bound (≥99%)', () => {
    expect(
      brief(assessIndicator({ name: '受益群众满意度', target: '≥90%', actual: '≥99%' })),
    ).toEqual({
      status: 'met',
      ratio: '1.1',
      source: 'value',
      reasons: [
        ['actual-value', { actual: '99%', target: '≥90%' }, null],
        ['actual-bound', { bound: '≥', actual: '99%' }, null],
        ['ratio', { ratio: '1.1', ratioPercent: '110.00%', rule: '完成值 ÷ 目标值' }, null],
      ],
      findings: [],
    })
  })
  it('达到99% states a value reached, not a bound', () => {
    expect(
      brief(assessIndicator({ name: '受益群众满意度', target: '≥90%', actual: '达到99%' })),
    ).toEqual({
      status: 'met',
      ratio: '1.1',
      source: 'value',
      reasons: [
        ['actual-value', { actual: '99%', target: '≥90%' }, null],
        ['ratio', { ratio: '1.1', ratioPercent: '110.00%', rule: '完成值 ÷ 目标值' }, null],
      ],
      findings: [],
    })
  })
  it('超出预算5万元 is a difference, not the actual', () => {
    expect(
      brief(assessIndicator({ name: '项目成本', target: '≤100万元', actual: '超出预算5万元' })),
    ).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'text',
      reasons: [['no-deciding-words', {}, null]],
      findings: [],
    })
  })
  it('已完成100% under a satisfaction is progress, never the satisfaction', () => {
    expect(
      brief(assessIndicator({ name: '受益群众满意度', target: '≥90%', actual: '已完成100%' })),
    ).toEqual({
      status: 'met',
      ratio: null,
      source: 'text',
      reasons: [
        ['progress', { words: '已完成100%', progress: '100', status: '达成' }, '已完成100%'],
      ],
      findings: [
        [
          'ACTUAL_IS_PROGRESS',
          ['actual'],
          { indicator: '受益群众满意度', words: '已完成100%', progress: '100%' },
        ],
      ],
    })
  })
  it('one fitting figure in a narrative', () => {
    expect(
      brief(
        assessIndicator({
          name: '受益群众满意度',
          target: '≥90%',
          actual: '经调查，群众满意度为99%，效果良好',
        }),
      ),
    ).toEqual({
      status: 'met',
      ratio: '1.1',
      source: 'text',
      reasons: [
        [
          'actual-figure',
          { actual: '99%', target: '≥90%', words: '群众满意度为99%' },
          '群众满意度为99%',
        ],
        ['ratio', { ratio: '1.1', ratioPercent: '110.00%', rule: '完成值 ÷ 目标值' }, null],
      ],
      findings: [],
    })
  })
  it('the figure whose unit fits, among others', () => {
    expect(
      brief(
        assessIndicator({
          name: '开展培训次数',
          target: '≥5次',
          actual: '共开展培训6次，培训人员200人',
        }),
      ),
    ).toEqual({
      status: 'met',
      ratio: '1.2',
      source: 'text',
      reasons: [
        [
          'actual-figure',
          { actual: '6次', target: '≥5次', words: '共开展培训6次' },
          '共开展培训6次',
        ],
        ['ratio', { ratio: '1.2', ratioPercent: '120.00%', rule: '完成值 ÷ 目标值' }, null],
      ],
      findings: [
        [
          'INDICATOR_OVER_TARGET',
          [],
          {
            indicator: '开展培训次数',
            actual: '6次',
            target: '≥5次',
            ratio: '120.00%',
            threshold: '120.00%',
          },
        ],
      ],
    })
  })
  it('two different figures: ambiguous, unknown', () => {
    expect(
      brief(
        assessIndicator({
          name: '开展培训次数',
          target: '≥5次',
          actual: '上半年培训3次，下半年培训4次',
        }),
      ),
    ).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'text',
      reasons: [['ambiguous-figures', { figures: ['3次', '4次'] }, null]],
      findings: [],
    })
  })
  it('two different figures and met words: the words decide after the ambiguity', () => {
    expect(
      brief(
        assessIndicator({
          name: '开展培训次数',
          target: '≥5次',
          actual: '上半年培训3次，下半年培训4次，已完成',
        }),
      ),
    ).toEqual({
      status: 'met',
      ratio: null,
      source: 'text',
      reasons: [
        ['ambiguous-figures', { figures: ['3次', '4次'] }, null],
        ['words-met', { words: '已完成', clause: '已完成', all: ['已完成'] }, '已完成'],
      ],
      findings: [],
    })
  })
  it('the same figure twice is one figure', () => {
    expect(
      brief(assessIndicator({ name: '开展培训次数', target: '≥5次', actual: '培训6次，合计6次' })),
    ).toEqual({
      status: 'met',
      ratio: '1.2',
      source: 'text',
      reasons: [
        ['actual-figure', { actual: '6次', target: '≥5次', words: '合计6次' }, '合计6次'],
        ['ratio', { ratio: '1.2', ratioPercent: '120.00%', rule: '完成值 ÷ 目标值' }, null],
      ],
      findings: [
        [
          'INDICATOR_OVER_TARGET',
          [],
          {
            indicator: '开展培训次数',
            actual: '6次',
            target: '≥5次',
            ratio: '120.00%',
            threshold: '120.00%',
          },
        ],
      ],
    })
  })
  it('the same amount in two units is one figure', () => {
    expect(
      brief(
        assessIndicator({
          name: '项目总投资',
          target: '≥100万元',
          actual: '投资1500000元，合计150万元',
        }),
      ),
    ).toEqual({
      status: 'met',
      ratio: '1.5',
      source: 'text',
      reasons: [
        [
          'actual-figure',
          { actual: '150万元', target: '≥100万元', words: '合计150万元' },
          '合计150万元',
        ],
        ['ratio', { ratio: '1.5', ratioPercent: '150.00%', rule: '完成值 ÷ 目标值' }, null],
      ],
      findings: [
        [
          'INDICATOR_OVER_TARGET',
          [],
          {
            indicator: '项目总投资',
            actual: '150万元',
            target: '≥100万元',
            ratio: '150.00%',
            threshold: '120.00%',
          },
        ],
      ],
    })
  })
  it('an impossible figure in a narrative is suspected damage', () => {
    expect(
      brief(assessIndicator({ name: '抽检合格率', target: '≥90%', actual: '经抽检，合格率290%' })),
    ).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'text',
      reasons: [
        ['actual-suspect', { actual: '合格率290%', reading: '≥90%', hint: '可能是“≥90%”' }, null],
      ],
      findings: [
        [
          'ACTUAL_OCR_SUSPECT',
          ['actual'],
          {
            indicator: '抽检合格率',
            text: '经抽检，合格率290%',
            reading: '≥90%',
            problem: 'comparator-read-as-digit',
            why: '比较符疑被识别为数字',
            hint: '可能是“≥90%”',
          },
        ],
      ],
    })
  })
  it('a progress figure does not count among the figures', () => {
    expect(
      brief(
        assessIndicator({
          name: '开展培训次数',
          target: '≥5次',
          actual: '完成进度80%，培训4次，另培训3次',
        }),
      ),
    ).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'text',
      reasons: [['ambiguous-figures', { figures: ['4次', '3次'] }, null]],
      findings: [],
    })
  })
  it('only a progress figure: progress decides', () => {
    expect(
      brief(
        assessIndicator({ name: '开展培训次数', target: '≥5次', actual: '工程完成进度80%，共计' }),
      ),
    ).toEqual({
      status: 'partially-met',
      ratio: null,
      source: 'text',
      reasons: [
        [
          'progress',
          { words: '工程完成进度80%', progress: '80', status: '部分达成' },
          '工程完成进度80%',
        ],
      ],
      findings: [
        [
          'ACTUAL_IS_PROGRESS',
          ['actual'],
          { indicator: '开展培训次数', words: '工程完成进度80%', progress: '80%' },
        ],
        [
          'INDICATOR_NOT_MET_WITHOUT_REASON',
          ['deviationReason'],
          { indicator: '开展培训次数', status: '部分达成' },
        ],
      ],
    })
  })
})

// ---------------------------------------------------------------------------------------------
// met with shortfall words; not met with met words; partly met with neither.
describe('overrule: words against the figure are noted, the figure decides', () => {
  it('met, and 未完成 is noted', () => {
    expect(
      brief(
        assessIndicator({ name: '开展培训次数', target: '≥5次', actual: '培训6次，部分未完成' }),
      ),
    ).toEqual({
      status: 'met',
      ratio: '1.2',
      source: 'text',
      reasons: [
        ['actual-figure', { actual: '6次', target: '≥5次', words: '培训6次' }, '培训6次'],
        ['ratio', { ratio: '1.2', ratioPercent: '120.00%', rule: '完成值 ÷ 目标值' }, null],
        ['words-overruled', { words: '未完成', clause: '部分未完成', all: ['未完成'] }, '未完成'],
      ],
      findings: [
        [
          'INDICATOR_OVER_TARGET',
          [],
          {
            indicator: '开展培训次数',
            actual: '6次',
            target: '≥5次',
            ratio: '120.00%',
            threshold: '120.00%',
          },
        ],
      ],
    })
  })
  it('met, and 基本完成 is noted', () => {
    expect(
      brief(assessIndicator({ name: '开展培训次数', target: '≥5次', actual: '培训6次，基本完成' })),
    ).toEqual({
      status: 'met',
      ratio: '1.2',
      source: 'text',
      reasons: [
        ['actual-figure', { actual: '6次', target: '≥5次', words: '培训6次' }, '培训6次'],
        ['ratio', { ratio: '1.2', ratioPercent: '120.00%', rule: '完成值 ÷ 目标值' }, null],
        [
          'words-overruled',
          { words: '基本完成', clause: '基本完成', all: ['基本完成'] },
          '基本完成',
        ],
      ],
      findings: [
        [
          'INDICATOR_OVER_TARGET',
          [],
          {
            indicator: '开展培训次数',
            actual: '6次',
            target: '≥5次',
            ratio: '120.00%',
            threshold: '120.00%',
          },
        ],
      ],
    })
  })
  it('not met, and 已完成 is noted', () => {
    expect(
      brief(assessIndicator({ name: '开展培训次数', target: '≥5次', actual: '培训3次，已完成' })),
    ).toEqual({
      status: 'not-met',
      ratio: '0.6',
      source: 'text',
      reasons: [
        ['actual-figure', { actual: '3次', target: '≥5次', words: '培训3次' }, '培训3次'],
        ['ratio', { ratio: '0.6', ratioPercent: '60.00%', rule: '完成值 ÷ 目标值' }, null],
        ['words-overruled', { words: '已完成', clause: '已完成', all: ['已完成'] }, '已完成'],
      ],
      findings: [
        [
          'INDICATOR_NOT_MET_WITHOUT_REASON',
          ['deviationReason'],
          { indicator: '开展培训次数', status: '未达成' },
        ],
      ],
    })
  })
  it('partly met: 已完成 is not noted', () => {
    expect(
      brief(
        assessIndicator(
          { name: '开展培训次数', target: '≥5次', actual: '培训3次，已完成' },
          { partialRatio: '0.5' },
        ),
      ),
    ).toEqual({
      status: 'partially-met',
      ratio: '0.6',
      source: 'text',
      reasons: [
        ['actual-figure', { actual: '3次', target: '≥5次', words: '培训3次' }, '培训3次'],
        ['ratio', { ratio: '0.6', ratioPercent: '60.00%', rule: '完成值 ÷ 目标值' }, null],
      ],
      findings: [
        [
          'INDICATOR_NOT_MET_WITHOUT_REASON',
          ['deviationReason'],
          { indicator: '开展培训次数', status: '部分达成' },
        ],
      ],
    })
  })
})

// ---------------------------------------------------------------------------------------------
// Progress of 100% is met, above 0 partly met, 0 not met; ACTUAL_IS_PROGRESS either way.
describe('fromProgress', () => {
  it('80%: partly met', () => {
    expect(
      brief(
        assessIndicator({ name: '道路建设', target: '按时完成道路建设', actual: '完成进度80%' }),
      ),
    ).toEqual({
      status: 'partially-met',
      ratio: null,
      source: 'text',
      reasons: [
        ['progress', { words: '完成进度80%', progress: '80', status: '部分达成' }, '完成进度80%'],
      ],
      findings: [
        [
          'ACTUAL_IS_PROGRESS',
          ['actual'],
          { indicator: '道路建设', words: '完成进度80%', progress: '80%' },
        ],
        [
          'INDICATOR_NOT_MET_WITHOUT_REASON',
          ['deviationReason'],
          { indicator: '道路建设', status: '部分达成' },
        ],
      ],
    })
  })
  it('0%: not met', () => {
    expect(
      brief(
        assessIndicator({ name: '道路建设', target: '按时完成道路建设', actual: '完成进度0%' }),
      ),
    ).toEqual({
      status: 'not-met',
      ratio: null,
      source: 'text',
      reasons: [
        ['progress', { words: '完成进度0%', progress: '0', status: '未达成' }, '完成进度0%'],
      ],
      findings: [
        [
          'ACTUAL_IS_PROGRESS',
          ['actual'],
          { indicator: '道路建设', words: '完成进度0%', progress: '0%' },
        ],
        [
          'INDICATOR_NOT_MET_WITHOUT_REASON',
          ['deviationReason'],
          { indicator: '道路建设', status: '未达成' },
        ],
      ],
    })
  })
  it('100%: met', () => {
    expect(
      brief(
        assessIndicator({ name: '道路建设', target: '按时完成道路建设', actual: '完成进度100%' }),
      ),
    ).toEqual({
      status: 'met',
      ratio: null,
      source: 'text',
      reasons: [
        ['progress', { words: '完成进度100%', progress: '100', status: '达成' }, '完成进度100%'],
      ],
      findings: [
        [
          'ACTUAL_IS_PROGRESS',
          ['actual'],
          { indicator: '道路建设', words: '完成进度100%', progress: '100%' },
        ],
      ],
    })
  })
})

// ---------------------------------------------------------------------------------------------
// Shortfall words, an exact restatement, claims, work under way, a denied trend, meaning, trend,
// a restatement within the actual, progress, met words.
describe('decideByWords: in order', () => {
  it('基本完成: partly met by words', () => {
    expect(
      brief(assessIndicator({ name: '项目实施', target: '效果明显', actual: '基本完成' })),
    ).toEqual({
      status: 'partially-met',
      ratio: null,
      source: 'text',
      reasons: [
        [
          'words-partially-met',
          { words: '基本完成', clause: '基本完成', all: ['基本完成'] },
          '基本完成',
        ],
      ],
      findings: [
        [
          'INDICATOR_NOT_MET_WITHOUT_REASON',
          ['deviationReason'],
          { indicator: '项目实施', status: '部分达成' },
        ],
      ],
    })
  })
  it('延期: not met by words, with its clause', () => {
    expect(
      brief(assessIndicator({ name: '项目实施', target: '效果明显', actual: '工期延期' })),
    ).toEqual({
      status: 'not-met',
      ratio: null,
      source: 'text',
      reasons: [['words-not-met', { words: '延期', clause: '工期延期', all: ['延期'] }, '延期']],
      findings: [
        [
          'INDICATOR_NOT_MET_WITHOUT_REASON',
          ['deviationReason'],
          { indicator: '项目实施', status: '未达成' },
        ],
      ],
    })
  })
  it('the target verbatim with a full stop: restates it', () => {
    expect(
      brief(
        assessIndicator({
          name: '经费支出合规性',
          target: '符合相关文件要求',
          actual: '符合相关文件要求。',
        }),
      ),
    ).toEqual({
      status: 'met',
      ratio: null,
      source: 'text',
      reasons: [['restates-target', { words: '符合相关文件要求' }, '符合相关文件要求']],
      findings: [],
    })
  })
  it('a plain and a negated claim: words-mixed, partly met', () => {
    expect(
      brief(
        assessIndicator({
          name: '出行',
          target: '完成道路硬化，改善出行条件',
          actual: '完成道路硬化，但出行条件未见改善',
        }),
      ),
    ).toEqual({
      status: 'partially-met',
      ratio: null,
      source: 'text',
      reasons: [['words-mixed', { met: '完成', notMet: '未见改善' }, '未见改善']],
      findings: [
        [
          'INDICATOR_NOT_MET_WITHOUT_REASON',
          ['deviationReason'],
          { indicator: '出行', status: '部分达成' },
        ],
      ],
    })
  })
  it('a negated claim alone: not met, the negation quoted', () => {
    expect(
      brief(
        assessIndicator({
          name: '出行',
          target: '群众出行条件得到改善',
          actual: '出行条件未明显改善',
        }),
      ),
    ).toEqual({
      status: 'not-met',
      ratio: null,
      source: 'text',
      reasons: [
        [
          'words-not-met',
          { words: '未明显改善', clause: '出行条件未明显改善', all: ['未明显改善'] },
          '未明显改善',
        ],
      ],
      findings: [
        [
          'INDICATOR_NOT_MET_WITHOUT_REASON',
          ['deviationReason'],
          { indicator: '出行', status: '未达成' },
        ],
      ],
    })
  })
  it('a hedged claim: partly met', () => {
    expect(
      brief(
        assessIndicator({
          name: '出行',
          target: '群众出行条件得到改善',
          actual: '出行条件初步改善',
        }),
      ),
    ).toEqual({
      status: 'partially-met',
      ratio: null,
      source: 'text',
      reasons: [
        [
          'words-partially-met',
          { words: '初步改善', clause: '出行条件初步改善', all: ['初步改善'] },
          '初步改善',
        ],
      ],
      findings: [
        [
          'INDICATOR_NOT_MET_WITHOUT_REASON',
          ['deviationReason'],
          { indicator: '出行', status: '部分达成' },
        ],
      ],
    })
  })
  it("a hedge the target uses itself is not the actual's", () => {
    expect(
      brief(assessIndicator({ name: '达标', target: '基本达标', actual: '道路基本达标' })),
    ).toEqual({
      status: 'met',
      ratio: null,
      source: 'text',
      reasons: [['restates-target', { words: '基本达标' }, '基本达标']],
      findings: [],
    })
  })
  it("a negation the target uses itself is not the actual's", () => {
    expect(
      brief(
        assessIndicator({
          name: '问题整改',
          target: '未整改问题全部整改到位',
          actual: '未整改问题全部整改到位，效果良好',
        }),
      ),
    ).toEqual({
      status: 'met',
      ratio: null,
      source: 'text',
      reasons: [
        [
          'similar-meaning',
          {
            shared: '整改问题、整改',
            terms: ['整改问题', '整改'],
            coverage: '100%',
            claims: '，并写明“到位、良好”',
            achievement: ['到位', '良好'],
          },
          '未整改问题全部整改到位',
        ],
      ],
      findings: [],
    })
  })
  it('under way with nothing done: not met', () => {
    expect(
      brief(assessIndicator({ name: '道路建设', target: '≥5公里', actual: '道路正在建设中' })),
    ).toEqual({
      status: 'not-met',
      ratio: null,
      source: 'text',
      reasons: [['in-progress', { words: '正在建设', status: '未达成' }, '正在建设']],
      findings: [
        [
          'INDICATOR_NOT_MET_WITHOUT_REASON',
          ['deviationReason'],
          { indicator: '道路建设', status: '未达成' },
        ],
      ],
    })
  })
  it('under way with met words: partly met', () => {
    expect(
      brief(
        assessIndicator({
          name: '道路建设',
          target: '≥5公里',
          actual: '已完成部分路段，其余正在建设中',
        }),
      ),
    ).toEqual({
      status: 'partially-met',
      ratio: null,
      source: 'text',
      reasons: [['in-progress', { words: '正在建设', status: '部分达成' }, '正在建设']],
      findings: [
        [
          'INDICATOR_NOT_MET_WITHOUT_REASON',
          ['deviationReason'],
          { indicator: '道路建设', status: '部分达成' },
        ],
      ],
    })
  })
  it('under way with a plain claim: partly met', () => {
    expect(
      brief(
        assessIndicator({ name: '道路建设', target: '≥5公里', actual: '路基完善，路面正在建设中' }),
      ),
    ).toEqual({
      status: 'partially-met',
      ratio: null,
      source: 'text',
      reasons: [['in-progress', { words: '正在建设', status: '部分达成' }, '正在建设']],
      findings: [
        [
          'INDICATOR_NOT_MET_WITHOUT_REASON',
          ['deviationReason'],
          { indicator: '道路建设', status: '部分达成' },
        ],
      ],
    })
  })
  it('under way under a qualitative target: partly met', () => {
    expect(
      brief(assessIndicator({ name: '项目实施', target: '效果明显', actual: '项目推进中' })),
    ).toEqual({
      status: 'partially-met',
      ratio: null,
      source: 'text',
      reasons: [['in-progress', { words: '推进中', status: '部分达成' }, '推进中']],
      findings: [
        [
          'INDICATOR_NOT_MET_WITHOUT_REASON',
          ['deviationReason'],
          { indicator: '项目实施', status: '部分达成' },
        ],
      ],
    })
  })
  it('a denied trend the target asks for: not met', () => {
    expect(
      brief(assessIndicator({ name: '收入', target: '农民收入逐步提高', actual: '收入没有提高' })),
    ).toEqual({
      status: 'not-met',
      ratio: null,
      source: 'text',
      reasons: [
        [
          'words-not-met',
          { words: '没有提高', clause: '收入没有提高', all: ['没有提高'] },
          '没有提高',
        ],
      ],
      findings: [
        [
          'INDICATOR_NOT_MET_WITHOUT_REASON',
          ['deviationReason'],
          { indicator: '收入', status: '未达成' },
        ],
      ],
    })
  })
  it('the trend the target asks for: met', () => {
    expect(
      brief(assessIndicator({ name: '收入', target: '逐步提高', actual: '有所增长' })),
    ).toEqual({
      status: 'met',
      ratio: null,
      source: 'text',
      reasons: [['trend', { trend: '提升', words: '增长' }, '增长']],
      findings: [],
    })
  })
  it('the opposite trend: not met', () => {
    expect(
      brief(assessIndicator({ name: '收入', target: '逐步提高', actual: '有所下降' })),
    ).toEqual({
      status: 'not-met',
      ratio: null,
      source: 'text',
      reasons: [['trend', { trend: '提升', words: '下降' }, '下降']],
      findings: [
        [
          'INDICATOR_NOT_MET_WITHOUT_REASON',
          ['deviationReason'],
          { indicator: '收入', status: '未达成' },
        ],
      ],
    })
  })
  it('the target within a longer actual: restates it', () => {
    expect(
      brief(
        assessIndicator({
          name: '效果',
          target: '效果明显',
          actual: '项目实施后效果明显，群众欢迎',
        }),
      ),
    ).toEqual({
      status: 'met',
      ratio: null,
      source: 'text',
      reasons: [['restates-target', { words: '效果明显' }, '效果明显']],
      findings: [],
    })
  })
  it('the target named only to deny it: not met, never restated', () => {
    expect(
      brief(
        assessIndicator({ name: '效果', target: '社会效益提升', actual: '未达到社会效益提升' }),
      ),
    ).toEqual({
      status: 'not-met',
      ratio: null,
      source: 'text',
      reasons: [
        [
          'words-not-met',
          { words: '未达到', clause: '未达到社会效益提升', all: ['未达到'] },
          '未达到',
        ],
      ],
      findings: [
        [
          'INDICATOR_NOT_MET_WITHOUT_REASON',
          ['deviationReason'],
          { indicator: '效果', status: '未达成' },
        ],
      ],
    })
  })
  it('met words under a qualitative target (按期完成)', () => {
    expect(brief(assessIndicator({ name: '项目', target: '按期完成', actual: '已完成' }))).toEqual({
      status: 'met',
      ratio: null,
      source: 'text',
      reasons: [['words-met', { words: '已完成', clause: '已完成', all: ['已完成'] }, '已完成']],
      findings: [],
    })
  })
  it('met words under a quantitative target with no figure', () => {
    expect(brief(assessIndicator({ name: '项目', target: '≥5个', actual: '已全部完成' }))).toEqual({
      status: 'met',
      ratio: null,
      source: 'text',
      reasons: [
        ['words-met', { words: '全部完成', clause: '已全部完成', all: ['全部完成'] }, '全部完成'],
      ],
      findings: [],
    })
  })
})

// ---------------------------------------------------------------------------------------------
// yes/no, a grade against a scale or a graded target (both locales), similar meaning with and
// without claims.
describe('meaningReason: the words of a judgement by meaning', () => {
  it('是 against 是 is a verbatim restatement first', () => {
    expect(brief(assessIndicator({ name: '是否按时完成', target: '是', actual: '是' }))).toEqual({
      status: 'met',
      ratio: null,
      source: 'text',
      reasons: [['restates-target', { words: '是' }, '是']],
      findings: [],
    })
  })
  it('否 against 是, in English: yes-no, not met', () => {
    expect(
      brief(
        assessIndicator({ name: '是否按时完成', target: '是', actual: '否' }, { locale: 'en' }),
      ),
    ).toEqual({
      status: 'not-met',
      ratio: null,
      source: 'text',
      reasons: [['yes-no', { answer: '否', target: '是', status: 'not met' }, '否']],
      findings: [
        [
          'INDICATOR_NOT_MET_WITHOUT_REASON',
          ['deviationReason'],
          { indicator: '是否按时完成', status: 'not met' },
        ],
      ],
    })
  })
  it('没有 against 有: yes-no, not met', () => {
    expect(brief(assessIndicator({ name: '是否建立制度', target: '有', actual: '没有' }))).toEqual({
      status: 'not-met',
      ratio: null,
      source: 'text',
      reasons: [['yes-no', { answer: '没有', target: '有', status: '未达成' }, '没有']],
      findings: [
        [
          'INDICATOR_NOT_MET_WITHOUT_REASON',
          ['deviationReason'],
          { indicator: '是否建立制度', status: '未达成' },
        ],
      ],
    })
  })
  it('a grade against a scale', () => {
    expect(
      brief(assessIndicator({ name: '实施效果', target: '优/良/中/差', actual: '中' })),
    ).toEqual({
      status: 'partially-met',
      ratio: null,
      source: 'text',
      reasons: [
        [
          'grade',
          {
            words: '中',
            level: '中',
            against: '良及以上为达成、中为部分达成、差为未达成',
            status: '部分达成',
          },
          '中',
        ],
      ],
      findings: [
        [
          'INDICATOR_NOT_MET_WITHOUT_REASON',
          ['deviationReason'],
          { indicator: '实施效果', status: '部分达成' },
        ],
      ],
    })
  })
  it('a grade against a scale, in English', () => {
    expect(
      brief(
        assessIndicator(
          { name: '实施效果', target: '优/良/中/差', actual: '中' },
          { locale: 'en' },
        ),
      ),
    ).toEqual({
      status: 'partially-met',
      ratio: null,
      source: 'text',
      reasons: [
        [
          'grade',
          {
            words: '中',
            level: 'fair',
            against: 'good or better meets it, fair partly, poor not',
            status: 'partially met',
          },
          '中',
        ],
      ],
      findings: [
        [
          'INDICATOR_NOT_MET_WITHOUT_REASON',
          ['deviationReason'],
          { indicator: '实施效果', status: 'partially met' },
        ],
      ],
    })
  })
  it('a grade against a graded target', () => {
    expect(
      brief(assessIndicator({ name: '实施效果', target: '效果明显', actual: '良好' })),
    ).toEqual({
      status: 'met',
      ratio: null,
      source: 'text',
      reasons: [
        [
          'grade',
          { words: '良好', level: '良', against: '预期为“明显”（良）', status: '达成' },
          '良好',
        ],
      ],
      findings: [],
    })
  })
  it('a grade against a graded target, in English', () => {
    expect(
      brief(
        assessIndicator({ name: '实施效果', target: '较高', actual: '较低' }, { locale: 'en' }),
      ),
    ).toEqual({
      status: 'not-met',
      ratio: null,
      source: 'text',
      reasons: [
        [
          'grade',
          {
            words: '较低',
            level: 'poor',
            against: 'the target asks for "较高" (good)',
            status: 'not met',
          },
          '较低',
        ],
      ],
      findings: [
        [
          'INDICATOR_NOT_MET_WITHOUT_REASON',
          ['deviationReason'],
          { indicator: '实施效果', status: 'not met' },
        ],
      ],
    })
  })
  it('a grade against a target that names none', () => {
    expect(
      brief(assessIndicator({ name: '实施效果', target: '群众生活得到改善', actual: '较好' })),
    ).toEqual({
      status: 'met',
      ratio: null,
      source: 'text',
      reasons: [
        [
          'grade',
          {
            words: '较好',
            level: '良',
            against: '良及以上为达成、中为部分达成、差为未达成',
            status: '达成',
          },
          '较好',
        ],
      ],
      findings: [],
    })
  })
  it('similar meaning with claims: their words listed', () => {
    expect(
      brief(
        assessIndicator({
          name: '出行',
          target: '群众出行条件得到改善',
          actual: '村民出行更加便捷，道路通行条件明显改善',
        }),
      ),
    ).toEqual({
      status: 'met',
      ratio: null,
      source: 'text',
      reasons: [
        [
          'similar-meaning',
          {
            shared: '出行条件',
            terms: ['出行条件'],
            coverage: '67%',
            claims: '，并写明“便捷、改善”',
            achievement: ['便捷', '改善'],
          },
          '道路通行条件明显改善',
        ],
      ],
      findings: [],
    })
  })
  it('similar meaning with claims, in English', () => {
    expect(
      brief(
        assessIndicator(
          {
            name: '出行',
            target: '群众出行条件得到改善',
            actual: '村民出行更加便捷，道路通行条件明显改善',
          },
          { locale: 'en' },
        ),
      ),
    ).toEqual({
      status: 'met',
      ratio: null,
      source: 'text',
      reasons: [
        [
          'similar-meaning',
          {
            shared: '出行条件',
            terms: ['出行条件'],
            coverage: '67%',
            claims: ', and says "便捷、改善"',
            achievement: ['便捷', '改善'],
          },
          '道路通行条件明显改善',
        ],
      ],
      findings: [],
    })
  })
  it('similar meaning without a claim: no claims text', () => {
    expect(
      brief(
        assessIndicator({ name: '可保证读者使用时长', target: '全天候可用', actual: '全天候' }),
      ),
    ).toEqual({
      status: 'met',
      ratio: null,
      source: 'text',
      reasons: [
        [
          'similar-meaning',
          { shared: '全天候', terms: ['全天候'], coverage: '60%', claims: '', achievement: [] },
          '全天候',
        ],
      ],
      findings: [],
    })
  })
})

// ---------------------------------------------------------------------------------------------
// target-unreadable leads the reasons; a progress figure is never the figure.
describe('readActual: an unreadable target and progress beside a figure', () => {
  it('an unreadable target (OCR letters) with no deciding words: only target-unreadable', () => {
    expect(
      brief(assessIndicator({ name: '开展培训次数', target: '1O0次', actual: '按计划推进' })),
    ).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'text',
      reasons: [['target-unreadable', { target: '1O0次' }, null]],
      findings: [
        [
          'TARGET_UNPARSEABLE',
          ['target'],
          {
            indicator: '开展培训次数',
            text: '1O0次',
            reason: '数字中混有字母，疑似 OCR 损坏',
            problem: 'ocr-damage',
            fragment: '1O0',
          },
        ],
      ],
    })
  })
  it('an unreadable target: its reason before the words', () => {
    expect(
      brief(assessIndicator({ name: '开展培训次数', target: '1O0次', actual: '已完成' })),
    ).toEqual({
      status: 'met',
      ratio: null,
      source: 'text',
      reasons: [
        ['target-unreadable', { target: '1O0次' }, null],
        ['words-met', { words: '已完成', clause: '已完成', all: ['已完成'] }, '已完成'],
      ],
      findings: [
        [
          'TARGET_UNPARSEABLE',
          ['target'],
          {
            indicator: '开展培训次数',
            text: '1O0次',
            reason: '数字中混有字母，疑似 OCR 损坏',
            problem: 'ocr-damage',
            fragment: '1O0',
          },
        ],
      ],
    })
  })
  it('a progress figure of the same unit is left out of the figures', () => {
    expect(
      brief(
        assessIndicator({
          name: '受益群众满意度',
          target: '≥90%',
          actual: '满意度99%，工程完成进度80%',
        }),
      ),
    ).toEqual({
      status: 'met',
      ratio: '1.1',
      source: 'text',
      reasons: [
        ['actual-figure', { actual: '99%', target: '≥90%', words: '满意度99%' }, '满意度99%'],
        ['ratio', { ratio: '1.1', ratioPercent: '110.00%', rule: '完成值 ÷ 目标值' }, null],
      ],
      findings: [],
    })
  })
})

// ---------------------------------------------------------------------------------------------
// Only ≥, > and = point upwards; ≤ and ranges never overshoot.
describe('findingsOf: INDICATOR_OVER_TARGET by comparator', () => {
  it('> at 120%', () => {
    expect(brief(assessIndicator({ name: '开展培训次数', target: '>5次', actual: '6次' }))).toEqual(
      {
        status: 'met',
        ratio: '1.2',
        source: 'value',
        reasons: [
          ['actual-value', { actual: '6次', target: '>5次' }, null],
          ['ratio', { ratio: '1.2', ratioPercent: '120.00%', rule: '完成值 ÷ 目标值' }, null],
        ],
        findings: [
          [
            'INDICATOR_OVER_TARGET',
            [],
            {
              indicator: '开展培训次数',
              actual: '6次',
              target: '>5次',
              ratio: '120.00%',
              threshold: '120.00%',
            },
          ],
        ],
      },
    )
  })
  it('= at 120%', () => {
    expect(brief(assessIndicator({ name: '开展培训次数', target: '=5次', actual: '6次' }))).toEqual(
      {
        status: 'met',
        ratio: '1.2',
        source: 'value',
        reasons: [
          ['actual-value', { actual: '6次', target: '=5次' }, null],
          ['ratio', { ratio: '1.2', ratioPercent: '120.00%', rule: '完成值 ÷ 目标值' }, null],
        ],
        findings: [
          [
            'INDICATOR_OVER_TARGET',
            [],
            {
              indicator: '开展培训次数',
              actual: '6次',
              target: '=5次',
              ratio: '120.00%',
              threshold: '120.00%',
            },
          ],
        ],
      },
    )
  })
  it('a bare figure is ≥: at 120%', () => {
    expect(brief(assessIndicator({ name: '开展培训次数', target: '5次', actual: '6次' }))).toEqual({
      status: 'met',
      ratio: '1.2',
      source: 'value',
      reasons: [
        ['actual-value', { actual: '6次', target: '≥5次' }, null],
        ['ratio', { ratio: '1.2', ratioPercent: '120.00%', rule: '完成值 ÷ 目标值' }, null],
      ],
      findings: [
        [
          'INDICATOR_OVER_TARGET',
          [],
          {
            indicator: '开展培训次数',
            actual: '6次',
            target: '≥5次',
            ratio: '120.00%',
            threshold: '120.00%',
          },
        ],
      ],
    })
  })
  it('≤ never', () => {
    expect(
      brief(assessIndicator({ name: '项目成本', target: '≤100万元', actual: '50万元' })),
    ).toEqual({
      status: 'met',
      ratio: '1',
      source: 'value',
      reasons: [
        ['actual-value', { actual: '50万元', target: '≤100万元' }, null],
        ['ratio', { ratio: '1', ratioPercent: '100.00%', rule: '在目标范围内' }, null],
      ],
      findings: [],
    })
  })
  it('a range never', () => {
    expect(
      brief(assessIndicator({ name: '受益群众满意度', target: '80%-90%', actual: '99%' })),
    ).toEqual({
      status: 'not-met',
      ratio: '0.9',
      source: 'value',
      reasons: [
        ['actual-value', { actual: '99%', target: '80%~90%' }, null],
        [
          'ratio',
          {
            ratio: '0.9',
            ratioPercent: '90.00%',
            rule: '反向指标：1 − (完成值 − 目标值) ÷ 目标值，至两倍目标值时为 0',
          },
          null,
        ],
      ],
      findings: [
        [
          'INDICATOR_NOT_MET_WITHOUT_REASON',
          ['deviationReason'],
          { indicator: '受益群众满意度', status: '未达成' },
        ],
      ],
    })
  })
  it('in English', () => {
    expect(
      brief(
        assessIndicator(
          { name: '开展培训次数', target: '≥5次', actual: '6次' },
          { locale: 'en', path: ['indicators', 1] },
        ),
      ),
    ).toEqual({
      status: 'met',
      ratio: '1.2',
      source: 'value',
      reasons: [
        ['actual-value', { actual: '6次', target: '≥5次' }, null],
        ['ratio', { ratio: '1.2', ratioPercent: '120.00%', rule: 'actual ÷ target' }, null],
      ],
      findings: [
        [
          'INDICATOR_OVER_TARGET',
          ['indicators', 1],
          {
            indicator: '开展培训次数',
            actual: '6次',
            target: '≥5次',
            ratio: '120.00%',
            threshold: '120.00%',
          },
        ],
      ],
    })
  })
  it('a bound actual over target', () => {
    expect(
      brief(assessIndicator({ name: '开展培训次数', target: '≥5次', actual: '≥6次' })),
    ).toEqual({
      status: 'met',
      ratio: '1.2',
      source: 'value',
      reasons: [
        ['actual-value', { actual: '6次', target: '≥5次' }, null],
        ['actual-bound', { bound: '≥', actual: '6次' }, null],
        ['ratio', { ratio: '1.2', ratioPercent: '120.00%', rule: '完成值 ÷ 目标值' }, null],
      ],
      findings: [
        [
          'INDICATOR_OVER_TARGET',
          [],
          {
            indicator: '开展培训次数',
            actual: '6次',
            target: '≥5次',
            ratio: '120.00%',
            threshold: '120.00%',
          },
        ],
      ],
    })
  })
})

// ---------------------------------------------------------------------------------------------
// Short statuses need a deviation reason or a cause in the actual.
describe('findingsOf: INDICATOR_NOT_MET_WITHOUT_REASON, placeholderTargetIsMissing', () => {
  it('not met with a deviation reason', () => {
    expect(
      brief(
        assessIndicator({
          name: '开展培训次数',
          target: '≥5次',
          actual: '3次',
          deviationReason: '受疫情影响',
        }),
      ),
    ).toEqual({
      status: 'not-met',
      ratio: '0.6',
      source: 'value',
      reasons: [
        ['actual-value', { actual: '3次', target: '≥5次' }, null],
        ['ratio', { ratio: '0.6', ratioPercent: '60.00%', rule: '完成值 ÷ 目标值' }, null],
      ],
      findings: [],
    })
  })
  it('not met with a placeholder deviation reason', () => {
    expect(
      brief(
        assessIndicator({
          name: '开展培训次数',
          target: '≥5次',
          actual: '3次',
          deviationReason: '-',
        }),
      ),
    ).toEqual({
      status: 'not-met',
      ratio: '0.6',
      source: 'value',
      reasons: [
        ['actual-value', { actual: '3次', target: '≥5次' }, null],
        ['ratio', { ratio: '0.6', ratioPercent: '60.00%', rule: '完成值 ÷ 目标值' }, null],
      ],
      findings: [
        [
          'INDICATOR_NOT_MET_WITHOUT_REASON',
          ['deviationReason'],
          { indicator: '开展培训次数', status: '未达成' },
        ],
      ],
    })
  })
  it('not met with a cause in the actual', () => {
    expect(
      brief(
        assessIndicator({ name: '开展培训次数', target: '≥5次', actual: '受疫情影响，培训3次' }),
      ),
    ).toEqual({
      status: 'not-met',
      ratio: '0.6',
      source: 'text',
      reasons: [
        ['actual-figure', { actual: '3次', target: '≥5次', words: '培训3次' }, '培训3次'],
        ['ratio', { ratio: '0.6', ratioPercent: '60.00%', rule: '完成值 ÷ 目标值' }, null],
      ],
      findings: [],
    })
  })
  it('at the path, in English', () => {
    expect(
      brief(
        assessIndicator(
          { name: '开展培训次数', target: '≥5次', actual: '3次' },
          { locale: 'en', path: ['indicators', 4] },
        ),
      ),
    ).toEqual({
      status: 'not-met',
      ratio: '0.6',
      source: 'value',
      reasons: [
        ['actual-value', { actual: '3次', target: '≥5次' }, null],
        ['ratio', { ratio: '0.6', ratioPercent: '60.00%', rule: 'actual ÷ target' }, null],
      ],
      findings: [
        [
          'INDICATOR_NOT_MET_WITHOUT_REASON',
          ['indicators', 4, 'deviationReason'],
          { indicator: '开展培训次数', status: 'not met' },
        ],
      ],
    })
  })
  it('placeholderTargetIsMissing reports a placeholder target', () => {
    expect(
      brief(
        assessIndicator(
          { name: '开展培训次数', target: '/', actual: '已完成' },
          { placeholderTargetIsMissing: true },
        ),
      ),
    ).toEqual({
      status: 'met',
      ratio: null,
      source: 'text',
      reasons: [
        ['no-target', {}, null],
        ['words-met', { words: '已完成', clause: '已完成', all: ['已完成'] }, '已完成'],
      ],
      findings: [['TARGET_MISSING', ['target'], { indicator: '开展培训次数' }]],
    })
  })
  it('a placeholder target is not missing by default', () => {
    expect(brief(assessIndicator({ name: '开展培训次数', target: '/', actual: '已完成' }))).toEqual(
      {
        status: 'met',
        ratio: null,
        source: 'text',
        reasons: [
          ['no-target', {}, null],
          ['words-met', { words: '已完成', clause: '已完成', all: ['已完成'] }, '已完成'],
        ],
        findings: [],
      },
    )
  })
})

// ---------------------------------------------------------------------------------------------
// A cell over TARGET_LIMITS (5,000 characters) is not read: status unknown unless stated.
describe('notRead: cells over TARGET_LIMITS', () => {
  const L = '甲'.repeat(5001)
  const E = '甲'.repeat(5000)

  it('an actual of 5,001 characters: text-too-long and INDICATOR_TEXT_TOO_LONG', () => {
    const a = assessIndicator({ name: T, target: '≥5次', actual: L })
    expect(brief(a)).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'none',
      reasons: [['text-too-long', { fields: '完成情况', maxLength: 5000 }, null]],
      findings: [
        [
          'INDICATOR_TEXT_TOO_LONG',
          ['actual'],
          { indicator: T, field: 'actual', fieldName: '完成情况', length: 5001, maxLength: 5000 },
        ],
      ],
    })
    expect(a.actual).toEqual({ text: L, value: null, unit: null, bound: null, date: null })
    expect(a.direction).toBe('higher')
    expect(a.target.kind).toBe('quantitative')
  })

  it('an actual of exactly 5,000 characters is read', () => {
    expect(brief(assessIndicator({ name: T, target: '≥5次', actual: E }))).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'text',
      reasons: [['no-deciding-words', {}, null]],
      findings: [],
    })
  })

  it('all three cells long: fields joined with 、, the name shortened, the target unparseable', () => {
    const a = assessIndicator({ name: L, target: L, actual: L })
    const indicator = shownText(L)
    expect(indicator.length).toBeLessThan(100)
    expect(a.status).toBe('unknown')
    expect(a.direction).toBe('none')
    expect(a.reasons.map((r) => [r.code, r.params])).toEqual([
      ['text-too-long', { fields: '名称、预期实现值、完成情况', maxLength: 5000 }],
    ])
    expect(
      a.findings.map((f) => [f.code, f.path, param(f, 'indicator'), param(f, 'field')]),
    ).toEqual([
      ['INDICATOR_TEXT_TOO_LONG', ['name'], indicator, 'name'],
      ['TARGET_UNPARSEABLE', ['target'], indicator, undefined],
      ['INDICATOR_TEXT_TOO_LONG', ['actual'], indicator, 'actual'],
    ])
    expect(a.findings[0]?.params).toMatchObject({ fieldName: '名称', length: 5001 })
  })

  it('in English the fields are joined with a comma', () => {
    const a = assessIndicator({ name: L, target: '≥5次', actual: L }, { locale: 'en' })
    expect(a.reasons[0]?.params).toEqual({ fields: 'name, actual', maxLength: 5000 })
  })

  it('a stated status decides, first among the reasons, at the path', () => {
    const a = assessIndicator(
      { name: L, target: '≥5次', actual: '3次', status: 'not-met' },
      { locale: 'en', path: ['indicators', 3] },
    )
    expect(brief(a)).toEqual({
      status: 'not-met',
      ratio: null,
      source: 'status',
      reasons: [
        ['explicit-status', { status: 'not met' }, null],
        ['text-too-long', { fields: 'name', maxLength: 5000 }, null],
      ],
      findings: [
        [
          'INDICATOR_TEXT_TOO_LONG',
          ['indicators', 3, 'name'],
          {
            indicator: shownText(L),
            field: 'name',
            fieldName: 'name',
            length: 5001,
            maxLength: 5000,
          },
        ],
      ],
    })
    expect(a.actual).toEqual({ text: '3次', value: null, unit: null, bound: null, date: null })
  })

  it('a long target: TARGET_UNPARSEABLE at the path, the stated status kept', () => {
    const a = assessIndicator(
      { name: T, target: L, actual: '未开展', status: 'met' },
      { path: ['x'] },
    )
    expect(a.status).toBe('met')
    expect(a.actualSource).toBe('status')
    expect(a.reasons.map((r) => r.code)).toEqual(['explicit-status', 'text-too-long'])
    expect(a.reasons[0]?.params).toEqual({ status: '达成' })
    expect(a.reasons[1]?.params).toEqual({ fields: '预期实现值', maxLength: 5000 })
    expect(a.findings.map((f) => [f.code, f.path, param(f, 'indicator')])).toEqual([
      ['TARGET_UNPARSEABLE', ['x', 'target'], T],
    ])
  })
})

// ---------------------------------------------------------------------------------------------
// The suspicion of the grammar, of the assessment, of the actual; words that decide alone still
// decide.
describe('suspicionsOf and suspected: OCR damage judged on neither reading', () => {
  it('a target the grammar flags (290% for a rate): target-suspect, its finding from the grammar', () => {
    expect(brief(assessIndicator({ name: '抽检合格率', target: '290%', actual: '95%' }))).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'text',
      reasons: [['target-suspect', { target: '290%', reading: '≥90%' }, null]],
      findings: [
        [
          'TARGET_OCR_SUSPECT',
          ['target'],
          { indicator: '抽检合格率', text: '290%', reading: '≥90%' },
        ],
      ],
    })
  })
  it('a target the grammar flags, with met words: met, the suspicion first', () => {
    expect(
      brief(assessIndicator({ name: '抽检合格率', target: '≥290%', actual: '已完成' })),
    ).toEqual({
      status: 'met',
      ratio: null,
      source: 'text',
      reasons: [
        ['target-suspect', { target: '≥290%', reading: '≥90%' }, null],
        ['words-met', { words: '已完成', clause: '已完成', all: ['已完成'] }, '已完成'],
      ],
      findings: [
        [
          'TARGET_OCR_SUSPECT',
          ['target'],
          { indicator: '抽检合格率', text: '≥290%', reading: '≥90%' },
        ],
      ],
    })
  })
  it('a flagged target beside an actualValue: judged on neither reading, as with the actual in words', () => {
    // It said "no actual" (the value cell was skipped and the empty text read).
    expect(
      brief(assessIndicator({ name: '抽检合格率', target: '290%', actualValue: '95' })),
    ).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'text',
      reasons: [['target-suspect', { target: '290%', reading: '≥90%' }, null]],
      findings: [
        [
          'TARGET_OCR_SUSPECT',
          ['target'],
          { indicator: '抽检合格率', text: '290%', reading: '≥90%' },
        ],
      ],
    })
  })
  it('25次 beside an actual of 5次: the target suspected by the assessment', () => {
    expect(brief(assessIndicator({ name: '开展培训次数', target: '25次', actual: '5次' }))).toEqual(
      {
        status: 'unknown',
        ratio: null,
        source: 'text',
        reasons: [['target-suspect', { target: '25次', reading: '≥5次' }, null]],
        findings: [
          [
            'TARGET_OCR_SUSPECT',
            ['target'],
            { indicator: '开展培训次数', text: '25次', reading: '≥5次' },
          ],
        ],
      },
    )
  })
  it('25次 beside a range of 3-5次: nothing to read it against', () => {
    expect(
      brief(assessIndicator({ name: '开展培训次数', target: '25次', actual: '3-5次' })),
    ).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'text',
      reasons: [['no-deciding-words', {}, null]],
      findings: [],
    })
  })
  it('a target suspected with no probable reading', () => {
    expect(
      brief(assessIndicator({ name: '抽检合格率', target: '102%', actual: '已完成' })),
    ).toEqual({
      status: 'met',
      ratio: null,
      source: 'text',
      reasons: [
        ['target-suspect', { target: '102%', reading: '无法推断' }, null],
        ['words-met', { words: '已完成', clause: '已完成', all: ['已完成'] }, '已完成'],
      ],
      findings: [
        [
          'TARGET_OCR_SUSPECT',
          ['target'],
          { indicator: '抽检合格率', text: '102%', reading: '无法推断' },
        ],
      ],
    })
  })
  it('a target suspected with no probable reading, in English', () => {
    expect(
      brief(
        assessIndicator(
          { name: '抽检合格率', target: '102%', actual: '按计划推进' },
          { locale: 'en' },
        ),
      ),
    ).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'text',
      reasons: [['target-suspect', { target: '102%', reading: 'no probable reading' }, null]],
      findings: [
        [
          'TARGET_OCR_SUSPECT',
          ['target'],
          { indicator: '抽检合格率', text: '102%', reading: 'no probable reading' },
        ],
      ],
    })
  })
  it('a damaged target and 基本完成: partly met', () => {
    expect(
      brief(assessIndicator({ name: '开展培训次数', target: '工5次', actual: '基本完成' })),
    ).toEqual({
      status: 'partially-met',
      ratio: null,
      source: 'text',
      reasons: [
        ['target-suspect', { target: '工5次', reading: '≥5次' }, null],
        [
          'words-partially-met',
          { words: '基本完成', clause: '基本完成', all: ['基本完成'] },
          '基本完成',
        ],
      ],
      findings: [
        [
          'TARGET_OCR_SUSPECT',
          ['target'],
          { indicator: '开展培训次数', text: '工5次', reading: '≥5次' },
        ],
        [
          'INDICATOR_NOT_MET_WITHOUT_REASON',
          ['deviationReason'],
          { indicator: '开展培训次数', status: '部分达成' },
        ],
      ],
    })
  })
  it('a damaged target and 延期, in English: not met', () => {
    expect(
      brief(
        assessIndicator(
          { name: '开展培训次数', target: '工5次', actual: '工期延期' },
          { locale: 'en' },
        ),
      ),
    ).toEqual({
      status: 'not-met',
      ratio: null,
      source: 'text',
      reasons: [
        ['target-suspect', { target: '工5次', reading: '≥5次' }, null],
        ['words-not-met', { words: '延期', clause: '工期延期', all: ['延期'] }, '延期'],
      ],
      findings: [
        [
          'TARGET_OCR_SUSPECT',
          ['target'],
          { indicator: '开展培训次数', text: '工5次', reading: '≥5次' },
        ],
        [
          'INDICATOR_NOT_MET_WITHOUT_REASON',
          ['deviationReason'],
          { indicator: '开展培训次数', status: 'not met' },
        ],
      ],
    })
  })
  it('a damaged target and no deciding words: unknown', () => {
    expect(
      brief(assessIndicator({ name: '开展培训次数', target: '工5次', actual: '按计划推进' })),
    ).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'text',
      reasons: [['target-suspect', { target: '工5次', reading: '≥5次' }, null]],
      findings: [
        [
          'TARGET_OCR_SUSPECT',
          ['target'],
          { indicator: '开展培训次数', text: '工5次', reading: '≥5次' },
        ],
      ],
    })
  })
  it('a damaged actual and 基本完成: partly met', () => {
    expect(
      brief(
        assessIndicator({ name: '抽检合格率', target: '≥90%', actual: '合格率290%，基本完成' }),
      ),
    ).toEqual({
      status: 'partially-met',
      ratio: null,
      source: 'text',
      reasons: [
        ['actual-suspect', { actual: '合格率290%', reading: '≥90%', hint: '可能是“≥90%”' }, null],
        [
          'words-partially-met',
          { words: '基本完成', clause: '基本完成', all: ['基本完成'] },
          '基本完成',
        ],
      ],
      findings: [
        [
          'ACTUAL_OCR_SUSPECT',
          ['actual'],
          {
            indicator: '抽检合格率',
            text: '合格率290%，基本完成',
            reading: '≥90%',
            problem: 'comparator-read-as-digit',
            why: '比较符疑被识别为数字',
            hint: '可能是“≥90%”',
          },
        ],
        [
          'INDICATOR_NOT_MET_WITHOUT_REASON',
          ['deviationReason'],
          { indicator: '抽检合格率', status: '部分达成' },
        ],
      ],
    })
  })
  it('a damaged actual and 延期: not met', () => {
    expect(
      brief(
        assessIndicator({ name: '抽检合格率', target: '≥90%', actual: '合格率290%，工期延期' }),
      ),
    ).toEqual({
      status: 'not-met',
      ratio: null,
      source: 'text',
      reasons: [
        ['actual-suspect', { actual: '合格率290%', reading: '≥90%', hint: '可能是“≥90%”' }, null],
        ['words-not-met', { words: '延期', clause: '工期延期', all: ['延期'] }, '延期'],
      ],
      findings: [
        [
          'ACTUAL_OCR_SUSPECT',
          ['actual'],
          {
            indicator: '抽检合格率',
            text: '合格率290%，工期延期',
            reading: '≥90%',
            problem: 'comparator-read-as-digit',
            why: '比较符疑被识别为数字',
            hint: '可能是“≥90%”',
          },
        ],
        [
          'INDICATOR_NOT_MET_WITHOUT_REASON',
          ['deviationReason'],
          { indicator: '抽检合格率', status: '未达成' },
        ],
      ],
    })
  })
  it('a damaged actual and 已完成: met words do not outweigh a damaged figure', () => {
    expect(
      brief(assessIndicator({ name: '抽检合格率', target: '≥90%', actual: '合格率290%，已完成' })),
    ).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'text',
      reasons: [
        ['actual-suspect', { actual: '合格率290%', reading: '≥90%', hint: '可能是“≥90%”' }, null],
      ],
      findings: [
        [
          'ACTUAL_OCR_SUSPECT',
          ['actual'],
          {
            indicator: '抽检合格率',
            text: '合格率290%，已完成',
            reading: '≥90%',
            problem: 'comparator-read-as-digit',
            why: '比较符疑被识别为数字',
            hint: '可能是“≥90%”',
          },
        ],
      ],
    })
  })
  it('an inferred ≥ is the reading of a damaged actualValue', () => {
    expect(
      brief(assessIndicator({ name: '抽检合格率', target: '90%', actualValue: '290' })),
    ).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'text',
      reasons: [
        ['actual-suspect', { actual: '290%', reading: '≥90%', hint: '可能是“≥90%”' }, null],
      ],
      findings: [
        [
          'ACTUAL_OCR_SUSPECT',
          ['actual'],
          {
            indicator: '抽检合格率',
            text: '290',
            reading: '≥90%',
            problem: 'comparator-read-as-digit',
            why: '比较符疑被识别为数字',
            hint: '可能是“≥90%”',
          },
        ],
      ],
    })
  })
  it('a damaged actual under a range target', () => {
    expect(
      brief(assessIndicator({ name: '抽检合格率', target: '80%-90%', actual: '290%' })),
    ).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'text',
      reasons: [
        ['actual-suspect', { actual: '290%', reading: '≥90%', hint: '可能是“≥90%”' }, null],
      ],
      findings: [
        [
          'ACTUAL_OCR_SUSPECT',
          ['actual'],
          {
            indicator: '抽检合格率',
            text: '290%',
            reading: '≥90%',
            problem: 'comparator-read-as-digit',
            why: '比较符疑被识别为数字',
            hint: '可能是“≥90%”',
          },
        ],
      ],
    })
  })
})

// ---------------------------------------------------------------------------------------------
// The why and the hint of ACTUAL_OCR_SUSPECT, in both locales.
describe('hintText and PROBLEM_TEXT: each problem in its words', () => {
  it('an impossible value (102% for a rate): no probable reading', () => {
    expect(brief(assessIndicator({ name: '抽检合格率', target: '≥95%', actual: '102%' }))).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'text',
      reasons: [
        [
          'actual-suspect',
          { actual: '102%', reading: null, hint: '该指标不可能取此值，原值无法推断' },
          null,
        ],
      ],
      findings: [
        [
          'ACTUAL_OCR_SUSPECT',
          ['actual'],
          {
            indicator: '抽检合格率',
            text: '102%',
            reading: null,
            problem: 'impossible-value',
            why: '该指标不可能取此值',
            hint: '该指标不可能取此值，原值无法推断',
          },
        ],
      ],
    })
  })
  it('an impossible value, in English', () => {
    expect(
      brief(
        assessIndicator({ name: '抽检合格率', target: '≥95%', actual: '102%' }, { locale: 'en' }),
      ),
    ).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'text',
      reasons: [
        [
          'actual-suspect',
          {
            actual: '102%',
            reading: null,
            hint: 'a value this indicator cannot take, with no probable reading',
          },
          null,
        ],
      ],
      findings: [
        [
          'ACTUAL_OCR_SUSPECT',
          ['actual'],
          {
            indicator: '抽检合格率',
            text: '102%',
            reading: null,
            problem: 'impossible-value',
            why: 'a value the indicator cannot take',
            hint: 'a value this indicator cannot take, with no probable reading',
          },
        ],
      ],
    })
  })
  it('a comparator read as a letter, in English', () => {
    expect(
      brief(
        assessIndicator({ name: '群众知晓率', target: '≥85%', actual: 'W100%' }, { locale: 'en' }),
      ),
    ).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'text',
      reasons: [
        ['actual-suspect', { actual: 'W100%', reading: '≥100%', hint: 'probably "≥100%"' }, null],
      ],
      findings: [
        [
          'ACTUAL_OCR_SUSPECT',
          ['actual'],
          {
            indicator: '群众知晓率',
            text: 'W100%',
            reading: '≥100%',
            problem: 'comparator-read-as-letter',
            why: 'a comparator read as a letter',
            hint: 'probably "≥100%"',
          },
        ],
      ],
    })
  })
  it('the percent sign read as a symbol, in English', () => {
    expect(
      brief(assessIndicator({ name: '合格率', target: '≥95%', actual: '295$' }, { locale: 'en' })),
    ).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'text',
      reasons: [
        ['actual-suspect', { actual: '295$', reading: '≥95%', hint: 'probably "≥95%"' }, null],
      ],
      findings: [
        [
          'ACTUAL_OCR_SUSPECT',
          ['actual'],
          {
            indicator: '合格率',
            text: '295$',
            reading: '≥95%',
            problem: 'percent-read-as-symbol',
            why: 'the percent sign read as another symbol',
            hint: 'probably "≥95%"',
          },
        ],
      ],
    })
  })
  it('a decimal point lost, in English', () => {
    expect(
      brief(
        assessIndicator(
          { name: '受益群众满意度', target: '≥90%', actual: '985%' },
          { locale: 'en' },
        ),
      ),
    ).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'text',
      reasons: [
        ['actual-suspect', { actual: '985%', reading: '98.5%', hint: 'probably "98.5%"' }, null],
      ],
      findings: [
        [
          'ACTUAL_OCR_SUSPECT',
          ['actual'],
          {
            indicator: '受益群众满意度',
            text: '985%',
            reading: '98.5%',
            problem: 'decimal-point-lost',
            why: 'a decimal point lost',
            hint: 'probably "98.5%"',
          },
        ],
      ],
    })
  })
  it('a comparator read as a digit, in English', () => {
    expect(
      brief(
        assessIndicator({ name: '抽检合格率', target: '≥90%', actual: '290%' }, { locale: 'en' }),
      ),
    ).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'text',
      reasons: [
        ['actual-suspect', { actual: '290%', reading: '≥90%', hint: 'probably "≥90%"' }, null],
      ],
      findings: [
        [
          'ACTUAL_OCR_SUSPECT',
          ['actual'],
          {
            indicator: '抽检合格率',
            text: '290%',
            reading: '≥90%',
            problem: 'comparator-read-as-digit',
            why: 'a comparator read as a digit',
            hint: 'probably "≥90%"',
          },
        ],
      ],
    })
  })
})

// ---------------------------------------------------------------------------------------------
// One case per remaining condition.
describe('more branches of readActual and readFigure', () => {
  it('DIRECTION_UNCLEAR with an actualValue and no actual text', () => {
    expect(
      brief(assessIndicator({ name: '成本控制率', target: '95%', actualValue: '76' })),
    ).toEqual({
      status: 'unknown',
      ratio: '0.8',
      source: 'value',
      reasons: [
        ['actual-value', { actual: '76%', target: '≥95%' }, null],
        ['ratio', { ratio: '0.8', ratioPercent: '80.00%', rule: '完成值 ÷ 目标值' }, null],
        ['direction-unclear', { value: '95', unit: '%' }, null],
      ],
      findings: [['DIRECTION_UNCLEAR', [], { indicator: '成本控制率', target: '95%', actual: '' }]],
    })
  })
  it('an unclear direction and a unit mismatch: the mismatch, no direction-unclear', () => {
    expect(brief(assessIndicator({ name: '成本控制率', target: '95%', actual: '76元' }))).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'value',
      reasons: [['unit-mismatch', { actualUnit: '元', targetUnit: '%' }, null]],
      findings: [
        [
          'INDICATOR_UNIT_MISMATCH',
          ['actual'],
          {
            indicator: '成本控制率',
            actual: '76元',
            target: '95%',
            actualUnit: '元',
            targetUnit: '%',
          },
        ],
      ],
    })
  })
  it('an actualUnit that is no unit at all is kept as written', () => {
    expect(
      brief(
        assessIndicator({
          name: '开展培训次数',
          target: '≥5次',
          actualValue: '5',
          actualUnit: 'xyz',
        }),
      ),
    ).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'value',
      reasons: [['unit-mismatch', { actualUnit: 'xyz', targetUnit: '次' }, null]],
      findings: [
        [
          'INDICATOR_UNIT_MISMATCH',
          ['actual'],
          {
            indicator: '开展培训次数',
            actual: '5',
            target: '≥5次',
            actualUnit: 'xyz',
            targetUnit: '次',
          },
        ],
      ],
    })
  })
  it('a unit mismatch in the text: the finding cites the actual text', () => {
    expect(
      brief(assessIndicator({ name: '野生动物收容所', target: '≥200平方米', actual: '204个' })),
    ).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'value',
      reasons: [['unit-mismatch', { actualUnit: '个', targetUnit: 'm²' }, null]],
      findings: [
        [
          'INDICATOR_UNIT_MISMATCH',
          ['actual'],
          {
            indicator: '野生动物收容所',
            actual: '204个',
            target: '≥200平方米',
            actualUnit: '个',
            targetUnit: 'm²',
          },
        ],
      ],
    })
  })
  it('=99% is a value, not a bound', () => {
    expect(
      brief(assessIndicator({ name: '受益群众满意度', target: '≥90%', actual: '=99%' })),
    ).toEqual({
      status: 'met',
      ratio: '1.1',
      source: 'value',
      reasons: [
        ['actual-value', { actual: '99%', target: '≥90%' }, null],
        ['ratio', { ratio: '1.1', ratioPercent: '110.00%', rule: '完成值 ÷ 目标值' }, null],
      ],
      findings: [],
    })
  })
  it('the same figure as a bound and as a value is two figures', () => {
    expect(
      brief(
        assessIndicator({
          name: '开展培训次数',
          target: '≥5次',
          actual: '计划培训≥6次，实际培训6次',
        }),
      ),
    ).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'text',
      reasons: [['ambiguous-figures', { figures: ['6次', '6次'] }, null]],
      findings: [],
    })
  })
  it('an actual range is not a figure', () => {
    expect(
      brief(assessIndicator({ name: '开展培训次数', target: '≥5次', actual: '3-5次' })),
    ).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'text',
      reasons: [['no-deciding-words', {}, null]],
      findings: [],
    })
  })
  it('no target at all: TARGET_MISSING', () => {
    expect(brief(assessIndicator({ name: '开展培训次数', actual: '已完成' }))).toEqual({
      status: 'met',
      ratio: null,
      source: 'text',
      reasons: [
        ['no-target', {}, null],
        ['words-met', { words: '已完成', clause: '已完成', all: ['已完成'] }, '已完成'],
      ],
      findings: [['TARGET_MISSING', ['target'], { indicator: '开展培训次数' }]],
    })
  })
  it('a partialRatio in exponent form (1e-7) is read', () => {
    expect(
      brief(
        assessIndicator(
          { name: '开展培训次数', target: '≥100次', actual: '70次' },
          { partialRatio: 1e-7 },
        ),
      ),
    ).toEqual({
      status: 'partially-met',
      ratio: '0.7',
      source: 'value',
      reasons: [
        ['actual-value', { actual: '70次', target: '≥100次' }, null],
        ['ratio', { ratio: '0.7', ratioPercent: '70.00%', rule: '完成值 ÷ 目标值' }, null],
      ],
      findings: [
        [
          'INDICATOR_NOT_MET_WITHOUT_REASON',
          ['deviationReason'],
          { indicator: '开展培训次数', status: '部分达成' },
        ],
      ],
    })
  })
})

// ---------------------------------------------------------------------------------------------
// Every negated claim listed; a yes/no target trimmed; a restatement found after a denied one.
describe('decideByWords and restates: the rest', () => {
  it('all negated claims are listed', () => {
    expect(
      brief(
        assessIndicator({
          name: '出行',
          target: '群众出行条件得到改善',
          actual: '出行条件改善不明显',
        }),
      ),
    ).toEqual({
      status: 'not-met',
      ratio: null,
      source: 'text',
      reasons: [
        [
          'words-not-met',
          { words: '改善不明显', clause: '出行条件改善不明显', all: ['改善不明显', '不明显'] },
          '改善不明显',
        ],
      ],
      findings: [
        [
          'INDICATOR_NOT_MET_WITHOUT_REASON',
          ['deviationReason'],
          { indicator: '出行', status: '未达成' },
        ],
      ],
    })
  })
  it('a yes/no target is shown trimmed', () => {
    expect(brief(assessIndicator({ name: '是否按时完成', target: ' 否 ', actual: '是' }))).toEqual({
      status: 'not-met',
      ratio: null,
      source: 'text',
      reasons: [['yes-no', { answer: '是', target: '否', status: '未达成' }, '是']],
      findings: [
        [
          'INDICATOR_NOT_MET_WITHOUT_REASON',
          ['deviationReason'],
          { indicator: '是否按时完成', status: '未达成' },
        ],
      ],
    })
  })
  it('the target named first to deny it, then plainly: restated', () => {
    expect(
      brief(
        assessIndicator({
          name: '资料管理',
          target: '齐全',
          actual: '整改前资料不齐全，整改后资料齐全',
        }),
      ),
    ).toEqual({
      status: 'met',
      ratio: null,
      source: 'text',
      reasons: [['restates-target', { words: '齐全' }, '齐全']],
      findings: [],
    })
  })
  it('a one-character target is never found within a longer actual', () => {
    expect(
      brief(assessIndicator({ name: '是否建立档案', target: '有', actual: '有档案' })),
    ).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'text',
      reasons: [['no-deciding-words', {}, null]],
      findings: [],
    })
  })
})

// ---------------------------------------------------------------------------------------------
// The actual as read (value, unit, bound, date) and the direction, which brief() leaves out.
describe('the assessed actual and the direction', () => {
  const CASES: readonly (readonly [string, AssessableIndicator, string, AssessedActual])[] = [
    [
      'a structured value with its unit, beside a narrative',
      {
        name: '野生动物收容所',
        target: '≥200平方米',
        actual: '见附件',
        actualValue: '204',
        actualUnit: '平方米',
      },
      'higher',
      { text: '见附件', value: '204', unit: 'm²', bound: null, date: null },
    ],
    [
      'a structured value without a unit takes the target unit',
      { name: '野生动物收容所', target: '≥200平方米', actualValue: '204' },
      'higher',
      { text: null, value: '204', unit: 'm²', bound: null, date: null },
    ],
    [
      'a structured value converted to the target unit',
      { name: '项目总投资', target: '≥100万元', actualValue: '1500000', actualUnit: '元' },
      'higher',
      { text: null, value: '150', unit: '万元', bound: null, date: null },
    ],
    [
      'a unit mismatch keeps the figure as written',
      { name: '野生动物收容所', target: '≥200平方米', actual: '204个' },
      'higher',
      { text: '204个', value: '204', unit: '个', bound: null, date: null },
    ],
    [
      'a bound keeps its comparator',
      { name: '受益群众满意度', target: '≥90%', actual: '≥99%' },
      'higher',
      { text: '≥99%', value: '99', unit: '%', bound: '>=', date: null },
    ],
    [
      'a figure in a narrative',
      { name: '开展培训次数', target: '≥5次', actual: '共开展培训6次，培训人员200人' },
      'higher',
      { text: '共开展培训6次，培训人员200人', value: '6', unit: '次', bound: null, date: null },
    ],
    [
      'a zero event is 0 in the target unit',
      { name: '花市安全事故数', target: '0起', actual: '未发生安全事故' },
      'equal',
      { text: '未发生安全事故', value: '0', unit: '起', bound: null, date: null },
    ],
    [
      'a date',
      { name: '项目完成时间', target: '2023年10月底前', actual: '2023年9月' },
      'deadline',
      { text: '2023年9月', value: null, unit: null, bound: null, date: { year: 2023, month: 9 } },
    ],
    [
      'words carry no figure',
      { name: '项目实施', target: '效果明显', actual: '基本完成' },
      'qualitative',
      { text: '基本完成', value: null, unit: null, bound: null, date: null },
    ],
    [
      'progress is no figure',
      { name: '受益群众满意度', target: '≥90%', actual: '已完成100%' },
      'higher',
      { text: '已完成100%', value: null, unit: null, bound: null, date: null },
    ],
    [
      'a suspected figure is not kept',
      { name: '抽检合格率', target: '≥90%', actual: '经抽检，合格率290%' },
      'higher',
      { text: '经抽检，合格率290%', value: null, unit: null, bound: null, date: null },
    ],
    [
      'a suspected structured value is not kept',
      { name: '抽检合格率', target: '≥90%', actualValue: '290' },
      'higher',
      { text: null, value: null, unit: null, bound: null, date: null },
    ],
    [
      'ambiguous figures are not kept',
      { name: '开展培训次数', target: '≥5次', actual: '上半年培训3次，下半年培训4次' },
      'higher',
      { text: '上半年培训3次，下半年培训4次', value: null, unit: null, bound: null, date: null },
    ],
    [
      'no actual',
      { name: '开展培训次数', target: '≥5次' },
      'higher',
      { text: null, value: null, unit: null, bound: null, date: null },
    ],
    [
      'an unclear direction keeps the figure',
      { name: '成本控制率', target: '95%', actual: '76%' },
      'higher',
      { text: '76%', value: '76', unit: '%', bound: null, date: null },
    ],
  ]
  it.each(CASES)('%s', (_why, indicator, direction, actual) => {
    const a = assessIndicator(indicator)
    expect(a.direction).toBe(direction)
    expect(a.actual).toEqual(actual)
  })

  it('a long name with no target and no actual: nothing read, no target', () => {
    const L = '甲'.repeat(5001)
    const a = assessIndicator({ name: L })
    expect(a.direction).toBe('none')
    expect(a.target.kind).toBe('none')
    expect(a.actual).toEqual({ text: null, value: null, unit: null, bound: null, date: null })
    expect(a.findings.map((f) => f.code)).toEqual(['INDICATOR_TEXT_TOO_LONG'])
  })
})

// ---------------------------------------------------------------------------------------------
// GRADE_NAMES: each level named in both locales, against no grade and against a graded target.
describe('meaningReason: grade names', () => {
  it.each([
    ['优', 'zh-CN', 'met', '优'],
    ['优', 'en', 'met', 'excellent'],
    ['良', 'zh-CN', 'met', '良'],
    ['良', 'en', 'met', 'good'],
    ['中', 'zh-CN', 'partially-met', '中'],
    ['中', 'en', 'partially-met', 'fair'],
    ['差', 'zh-CN', 'not-met', '差'],
    ['差', 'en', 'not-met', 'poor'],
  ] as const)('%s in %s: %s, level %s', (grade, locale, status, level) => {
    const a = assessIndicator(
      { name: '实施效果', target: '群众生活得到改善', actual: grade },
      { locale },
    )
    expect(a.status).toBe(status)
    expect(a.reasons[0]?.params).toMatchObject({ words: grade, level })
  })

  it.each([
    ['优', 'not-met', '预期为“优”（优）', 'the target asks for "优" (excellent)'],
    ['良好', 'met', '预期为“良好”（良）', 'the target asks for "良好" (good)'],
    ['中', 'met', '预期为“中”（中）', 'the target asks for "中" (fair)'],
    ['差', 'met', '预期为“差”（差）', 'the target asks for "差" (poor)'],
  ] as const)('较好 against %s: %s', (target, status, zh, en) => {
    const i = { name: '实施效果', target, actual: '较好' }
    expect(assessIndicator(i).reasons[0]?.params).toEqual({
      words: '较好',
      level: '良',
      against: zh,
      status: status === 'met' ? '达成' : '未达成',
    })
    expect(assessIndicator(i, { locale: 'en' }).reasons[0]?.params).toMatchObject({
      level: 'good',
      against: en,
    })
  })

  it('a graded target of several words lists them with 、 and with ", " in English', () => {
    const i = { name: '实施效果', target: '优良', actual: '中' }
    expect(assessIndicator(i).reasons[0]?.params.against).toBe('预期为“优、良”（良）')
    expect(assessIndicator(i, { locale: 'en' }).reasons[0]?.params.against).toBe(
      'the target asks for "优, 良" (good)',
    )
    expect(
      assessIndicator({ name: '实施效果', target: '效果明显', actual: '较好、一般' }).reasons[0]
        ?.params,
    ).toMatchObject({ words: '较好、一般', level: '中' })
  })
})

// ---------------------------------------------------------------------------------------------
// A written comparator is the other side of an actual; an inferred one is not. More than 20
// figures pick none.
describe('otherSideOf and the last guards', () => {
  it('≤5% written: 25% is suspected, read as ≤5%', () => {
    expect(brief(assessIndicator({ name: '差错率', target: '≤5%', actual: '25%' }))).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'text',
      reasons: [['actual-suspect', { actual: '25%', reading: '≤5%', hint: '可能是“≤5%”' }, null]],
      findings: [
        [
          'ACTUAL_OCR_SUSPECT',
          ['actual'],
          {
            indicator: '差错率',
            text: '25%',
            reading: '≤5%',
            problem: 'comparator-read-as-digit',
            why: '比较符疑被识别为数字',
            hint: '可能是“≤5%”',
          },
        ],
      ],
    })
  })
  it('5% with ≤ inferred: 25% is a figure, judged', () => {
    expect(brief(assessIndicator({ name: '差错率', target: '5%', actual: '25%' }))).toEqual({
      status: 'not-met',
      ratio: '0',
      source: 'value',
      reasons: [
        ['actual-value', { actual: '25%', target: '≤5%' }, null],
        [
          'ratio',
          {
            ratio: '0',
            ratioPercent: '0.00%',
            rule: '反向指标：1 − (完成值 − 目标值) ÷ 目标值，至两倍目标值时为 0',
          },
          null,
        ],
      ],
      findings: [
        [
          'INDICATOR_NOT_MET_WITHOUT_REASON',
          ['deviationReason'],
          { indicator: '差错率', status: '未达成' },
        ],
      ],
    })
  })
  it('85% with ≥ inferred: W100% still read as ≥100%', () => {
    expect(brief(assessIndicator({ name: '群众知晓率', target: '85%', actual: 'W100%' }))).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'text',
      reasons: [
        ['actual-suspect', { actual: 'W100%', reading: '≥100%', hint: '可能是“≥100%”' }, null],
      ],
      findings: [
        [
          'ACTUAL_OCR_SUSPECT',
          ['actual'],
          {
            indicator: '群众知晓率',
            text: 'W100%',
            reading: '≥100%',
            problem: 'comparator-read-as-letter',
            why: '比较符疑被识别为字母或汉字',
            hint: '可能是“≥100%”',
          },
        ],
      ],
    })
  })
  it('a target printed W100%: suspected by the assessment, words decide', () => {
    expect(
      brief(assessIndicator({ name: '群众知晓率', target: 'W100%', actual: '已完成' })),
    ).toEqual({
      status: 'met',
      ratio: null,
      source: 'text',
      reasons: [
        ['target-suspect', { target: 'W100%', reading: '≥100%' }, null],
        ['words-met', { words: '已完成', clause: '已完成', all: ['已完成'] }, '已完成'],
      ],
      findings: [
        [
          'TARGET_OCR_SUSPECT',
          ['target'],
          { indicator: '群众知晓率', text: 'W100%', reading: '≥100%' },
        ],
      ],
    })
  })
  it('a direction-unclear figure with no unit', () => {
    expect(brief(assessIndicator({ name: '成本控制率', target: '95', actual: '76' }))).toEqual({
      status: 'unknown',
      ratio: '0.8',
      source: 'value',
      reasons: [
        ['actual-value', { actual: '76', target: '≥95' }, null],
        ['ratio', { ratio: '0.8', ratioPercent: '80.00%', rule: '完成值 ÷ 目标值' }, null],
        ['direction-unclear', { value: '95', unit: '' }, null],
      ],
      findings: [
        ['DIRECTION_UNCLEAR', [], { indicator: '成本控制率', target: '95', actual: '76' }],
      ],
    })
  })
  it('21 figures: none is picked', () => {
    expect(
      brief(
        assessIndicator({
          name: '开展培训次数',
          target: '≥5次',
          actual:
            '培训1次，培训2次，培训3次，培训4次，培训5次，培训6次，培训7次，培训8次，培训9次，培训10次，培训11次，培训12次，培训13次，培训14次，培训15次，培训16次，培训17次，培训18次，培训19次，培训20次，培训21次',
        }),
      ),
    ).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'text',
      reasons: [['no-deciding-words', {}, null]],
      findings: [],
    })
  })
  it('21 figures and met words: the words decide', () => {
    expect(
      brief(
        assessIndicator({
          name: '开展培训次数',
          target: '≥5次',
          actual:
            '培训1次，培训2次，培训3次，培训4次，培训5次，培训6次，培训7次，培训8次，培训9次，培训10次，培训11次，培训12次，培训13次，培训14次，培训15次，培训16次，培训17次，培训18次，培训19次，培训20次，培训21次，已完成',
        }),
      ),
    ).toEqual({
      status: 'met',
      ratio: null,
      source: 'text',
      reasons: [['words-met', { words: '已完成', clause: '已完成', all: ['已完成'] }, '已完成']],
      findings: [],
    })
  })
  it('a date under a qualitative target is no deadline', () => {
    expect(
      brief(assessIndicator({ name: '实施效果', target: '效果明显', actual: '2023年9月' })),
    ).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'text',
      reasons: [['no-deciding-words', {}, null]],
      findings: [],
    })
  })
  it('the target at the start of a longer actual: restated', () => {
    expect(
      brief(assessIndicator({ name: '资料管理', target: '齐全', actual: '齐全，无缺失' })),
    ).toEqual({
      status: 'met',
      ratio: null,
      source: 'text',
      reasons: [['restates-target', { words: '齐全' }, '齐全']],
      findings: [],
    })
  })
})

// ---------------------------------------------------------------------------------------------
// brief() compares finding params; the locale of each finding's message is pinned here, one case
// per makeFinding call of assess.ts.
describe('findings are written in the locale asked for', () => {
  it.each([
    ['DIRECTION_UNCLEAR', { name: '成本控制率', target: '95%', actual: '76%' }],
    ['INDICATOR_TEXT_TOO_LONG', { name: T, target: '≥5次', actual: '甲'.repeat(5001) }],
    ['INDICATOR_ACTUAL_MISSING', { name: T, target: '≥5次', actual: '' }],
    ['INDICATOR_UNIT_MISMATCH', { name: '野生动物收容所', target: '≥200平方米', actual: '204个' }],
    ['TARGET_OCR_SUSPECT', { name: T, target: '工5次', actual: '已完成' }],
    ['ACTUAL_OCR_SUSPECT', { name: '抽检合格率', target: '≥90%', actual: '290%' }],
    ['ACTUAL_IS_PROGRESS', { name: '受益群众满意度', target: '≥90%', actual: '已完成100%' }],
    ['INDICATOR_NOT_MET_WITHOUT_REASON', { name: T, target: '≥5次', actual: '3次' }],
    ['INDICATOR_OVER_TARGET', { name: T, target: '≥5次', actual: '6次' }],
  ] as const)('%s in English', (code, indicator) => {
    const f = assessIndicator(indicator, { locale: 'en' }).findings.find((x) => x.code === code)
    expect(f).toBeDefined()
    if (f === undefined) return
    const en = makeFinding(f.code, f.path, f.params as never, { locale: 'en' }).message
    const zh = makeFinding(f.code, f.path, f.params as never, { locale: 'zh-CN' }).message
    expect(en).not.toBe(zh)
    expect(f.message).toBe(en)
  })
})

// ---------------------------------------------------------------------------------------------
// A date in the actual decides; a month that does not exist, or words, do not make one.
describe('readActual: a deadline target', () => {
  it('a date within words: read', () => {
    expect(
      brief(
        assessIndicator({
          name: '项目完成时间',
          target: '2023年10月底前',
          actual: '已于2023年9月完成',
        }),
      ),
    ).toEqual({
      status: 'met',
      ratio: null,
      source: 'value',
      reasons: [['deadline', { actual: '2023年9月', target: '2023年10月' }, null]],
      findings: [],
    })
  })
  it('month 13 is no date: nothing decides', () => {
    expect(
      brief(
        assessIndicator({ name: '项目完成时间', target: '2023年10月底前', actual: '2023年13月' }),
      ),
    ).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'text',
      reasons: [['no-deciding-words', {}, null]],
      findings: [],
    })
  })
  it('no date: the words decide', () => {
    expect(
      brief(assessIndicator({ name: '项目完成时间', target: '2023年10月底前', actual: '已完成' })),
    ).toEqual({
      status: 'met',
      ratio: null,
      source: 'text',
      reasons: [['words-met', { words: '已完成', clause: '已完成', all: ['已完成'] }, '已完成']],
      findings: [],
    })
  })
})

describe('suspicionsOf: a range actual is no other side', () => {
  it('25次 beside 5-6次: the 5 of a range does not make 25次 read as ≥5次', () => {
    expect(brief(assessIndicator({ name: T, target: '25次', actual: '5-6次' }))).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'text',
      reasons: [['no-deciding-words', {}, null]],
      findings: [],
    })
  })
})

describe('restates: a target of punctuation only', () => {
  it('restates nothing, even beside the same punctuation', () => {
    expect(brief(assessIndicator({ name: '项目实施', target: '。', actual: '。' }))).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'text',
      reasons: [['no-deciding-words', {}, null]],
      findings: [],
    })
  })
})

// ---------------------------------------------------------------------------------------------
// A negated achievement word the target itself names (不合格产品) is the object, not a shortfall.
describe("fromClaims: the target's own negated words", () => {
  it('清理不合格产品 / 不合格产品已全部清理: met by meaning', () => {
    expect(
      brief(
        assessIndicator({
          name: '产品抽检',
          target: '清理不合格产品',
          actual: '不合格产品已全部清理',
        }),
      ),
    ).toEqual({
      status: 'met',
      ratio: null,
      source: 'text',
      reasons: [
        [
          'similar-meaning',
          {
            shared: '清理、产品',
            terms: ['清理', '产品'],
            coverage: '100%',
            claims: '',
            achievement: [],
          },
          '不合格产品已全部清理',
        ],
      ],
      findings: [],
    })
  })
  it('不规范收费问题已解决: met by meaning at coverage 50% with 解决', () => {
    expect(
      brief(
        assessIndicator({
          name: '问题整改',
          target: '解决群众反映的不规范收费问题',
          actual: '不规范收费问题已解决',
        }),
      ),
    ).toEqual({
      status: 'met',
      ratio: null,
      source: 'text',
      reasons: [
        [
          'similar-meaning',
          {
            shared: '收费问题',
            terms: ['收费问题'],
            coverage: '50%',
            claims: '，并写明“解决”',
            achievement: ['解决'],
          },
          '不规范收费问题已解决',
        ],
      ],
      findings: [],
    })
  })
})

// ---------------------------------------------------------------------------------------------
// Only words that decide alone (基本达到, 延期, 已完成) decide beside suspected damage; progress and work under way do not.
describe('suspected: work under way does not decide beside a suspected target', () => {
  it('290% for a progress name, 正在建设中: unknown', () => {
    expect(
      brief(assessIndicator({ name: '项目进度', target: '290%', actual: '项目正在建设中' })),
    ).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'text',
      reasons: [['target-suspect', { target: '290%', reading: '≥90%' }, null]],
      findings: [
        [
          'TARGET_OCR_SUSPECT',
          ['target'],
          { indicator: '项目进度', text: '290%', reading: '≥90%' },
        ],
      ],
    })
  })
  it('250%, 完成进度80%: unknown, progress not read', () => {
    expect(brief(assessIndicator({ name: '工程', target: '250%', actual: '完成进度80%' }))).toEqual(
      {
        status: 'unknown',
        ratio: null,
        source: 'text',
        reasons: [['target-suspect', { target: '250%', reading: '≥50%' }, null]],
        findings: [
          ['TARGET_OCR_SUSPECT', ['target'], { indicator: '工程', text: '250%', reading: '≥50%' }],
        ],
      },
    )
  })
})

// ---------------------------------------------------------------------------------------------
// Shortfall words come before delay words; a trend target with nothing said of it; a denied restatement.
describe('decideByWords: the order of the word steps', () => {
  it('基本完成 and 延期: partly met, the partial words read first', () => {
    expect(
      brief(
        assessIndicator({
          name: '项目实施',
          target: '效果明显',
          actual: '主体工程基本完成，但工期延期',
        }),
      ),
    ).toEqual({
      status: 'partially-met',
      ratio: null,
      source: 'text',
      reasons: [
        [
          'words-partially-met',
          { words: '基本完成', clause: '主体工程基本完成', all: ['基本完成'] },
          '基本完成',
        ],
      ],
      findings: [
        [
          'INDICATOR_NOT_MET_WITHOUT_REASON',
          ['deviationReason'],
          { indicator: '项目实施', status: '部分达成' },
        ],
      ],
    })
  })
  it('a trend target and an actual naming no trend: nothing decides', () => {
    expect(
      brief(assessIndicator({ name: '农民收入', target: '农民收入逐步提高', actual: '详见附表' })),
    ).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'text',
      reasons: [['no-deciding-words', {}, null]],
      findings: [],
    })
  })
  it('the target only denied (资料不齐全): never restated', () => {
    expect(
      brief(assessIndicator({ name: '资料管理', target: '齐全', actual: '资料不齐全' })),
    ).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'text',
      reasons: [['no-deciding-words', {}, null]],
      findings: [],
    })
  })
})

describe('ambiguous figures without a unit', () => {
  it('a bare target (kpi-rows: 扶持发展新型农业经营主体, 15) and two bare figures, listed without a unit', () => {
    const a = assessIndicator({
      name: '扶持发展新型农业经营主体',
      target: '15',
      actual: '上半年扶持6，下半年扶持9',
    })
    expect(brief(a)).toEqual({
      status: 'unknown',
      ratio: null,
      source: 'text',
      reasons: [['ambiguous-figures', { figures: ['6', '9'] }, null]],
      findings: [],
    })
  })
})

// =============================================================================================
// src/assess/meaning.ts
// =============================================================================================

const judge = (target: string, actual: string) => judgeMeaning(target, actual, claimsIn(actual))

describe('claimsIn: achievement words and how each stands', () => {
  it('a degree word before another achievement word belongs to it (明显改善 is one claim)', () => {
    expect(claimsIn('出行条件明显改善')).toEqual({
      plain: [{ word: '改善', phrase: '改善', at: 6 }],
      negated: [],
      hedged: [],
    })
  })

  it('a degree word with no achievement word after it is a claim of its own', () => {
    expect(claimsIn('完成明显')).toEqual({
      plain: [
        { word: '完成', phrase: '完成', at: 0 },
        { word: '明显', phrase: '明显', at: 2 },
      ],
      negated: [],
      hedged: [],
    })
    expect(claimsIn('明显改善明显').plain).toEqual([
      { word: '改善', phrase: '改善', at: 2 },
      { word: '明显', phrase: '明显', at: 4 },
    ])
  })

  it('a negation before, over degree words: the phrase from the negation', () => {
    expect(claimsIn('出行条件未明显改善')).toEqual({
      plain: [],
      negated: [{ word: '改善', phrase: '未明显改善', at: 4 }],
      hedged: [],
    })
    expect(claimsIn('没有得到解决').negated).toEqual([
      { word: '解决', phrase: '没有得到解决', at: 0 },
    ])
  })

  it('a negation after (改善不明显): the phrase to its end', () => {
    expect(claimsIn('改善不明显')).toEqual({
      plain: [],
      negated: [
        { word: '改善', phrase: '改善不明显', at: 0 },
        { word: '明显', phrase: '不明显', at: 2 },
      ],
      hedged: [],
    })
  })

  it('pending words (有待, 尚需) count as negated', () => {
    expect(claimsIn('有待提高')).toEqual({
      plain: [],
      negated: [{ word: '提高', phrase: '有待提高', at: 0 }],
      hedged: [],
    })
    expect(claimsIn('制度尚需完善').negated).toEqual([{ word: '完善', phrase: '尚需完善', at: 2 }])
  })

  it('hedges: the phrase from the hedge', () => {
    expect(claimsIn('基本达到')).toEqual({
      plain: [],
      negated: [],
      hedged: [{ word: '达到', phrase: '基本达到', at: 0 }],
    })
    expect(claimsIn('拥堵一定程度上缓解').hedged).toEqual([
      { word: '缓解', phrase: '一定程度上缓解', at: 2 },
    ])
  })

  it('each kind in its own list, in order', () => {
    expect(claimsIn('基本完成，未完成，初步改善，有待提高')).toEqual({
      plain: [],
      negated: [
        { word: '完成', phrase: '未完成', at: 5 },
        { word: '提高', phrase: '有待提高', at: 14 },
      ],
      hedged: [
        { word: '完成', phrase: '基本完成', at: 0 },
        { word: '改善', phrase: '初步改善', at: 9 },
      ],
    })
  })

  it('不断 is no negation', () => {
    expect(claimsIn('制度不断完善').plain).toEqual([{ word: '完善', phrase: '完善', at: 4 }])
  })

  it('a negation cancelled by one before it (无不, 没有不) or by 未出现/不出现 before it', () => {
    expect(claimsIn('无不满意').plain).toEqual([{ word: '满意', phrase: '满意', at: 2 }])
    expect(claimsIn('没有不满意').plain).toEqual([{ word: '满意', phrase: '满意', at: 3 }])
    expect(claimsIn('未出现不合格').plain).toEqual([{ word: '合格', phrase: '合格', at: 4 }])
    expect(claimsIn('抽检中不出现不合格').plain).toEqual([{ word: '合格', phrase: '合格', at: 7 }])
  })

  it('a negation reaches back over degree words up to NEGATION_REACH (6) characters, no further', () => {
    // 得到 ends 6 characters before 改善: still within reach.
    expect(claimsIn('未得到有效明显改善')).toEqual({
      plain: [],
      negated: [{ word: '改善', phrase: '未得到有效明显改善', at: 0 }],
      hedged: [],
    })
    // 得到 starts 7 characters before 改善: the negation does not reach.
    expect(claimsIn('未能够得到进一步明显改善')).toEqual({
      plain: [{ word: '改善', phrase: '改善', at: 10 }],
      negated: [],
      hedged: [],
    })
  })

  it('a negation at the very start of a long text is read', () => {
    expect(claimsIn('未完成全部建设任务').negated).toEqual([
      { word: '完成', phrase: '未完成', at: 0 },
    ])
  })

  it('a claim is kept once, at most five of each kind', () => {
    expect(claimsIn('完成,完成').plain).toEqual([{ word: '完成', phrase: '完成', at: 0 }])
    expect(claimsIn('完成,达到,实现,满足,建成,建立,形成').plain.map((c) => c.word)).toEqual([
      '完成',
      '达到',
      '实现',
      '满足',
      '建成',
    ])
    expect(claimsIn('未完成,未完成,部分完成,部分完成')).toEqual({
      plain: [],
      negated: [{ word: '完成', phrase: '未完成', at: 0 }],
      hedged: [{ word: '完成', phrase: '部分完成', at: 8 }],
    })
  })

  it('no achievement word: nothing', () => {
    expect(claimsIn('详见附表')).toEqual({ plain: [], negated: [], hedged: [] })
    expect(claimsIn('')).toEqual({ plain: [], negated: [], hedged: [] })
  })
})

describe('overlapOf: content restated, by shared bigrams', () => {
  it("issue 12's example: coverage 4/6, precision 5/10, the shared run", () => {
    expect(overlapOf('群众出行条件得到改善', '村民出行更加便捷，道路通行条件明显改善')).toEqual({
      coverage: 4 / 6,
      precision: 0.5,
      shared: ['出行条件'],
      targetSize: 6,
      actualSize: 10,
    })
  })

  it('form 32: 全天候可用 / 全天候', () => {
    expect(overlapOf('全天候可用', '全天候')).toEqual({
      coverage: 0.6,
      precision: 1,
      shared: ['全天候'],
      targetSize: 5,
      actualSize: 3,
    })
  })

  it('Latin letters and digits carry content; case is kept', () => {
    expect(overlapOf('abc', 'abcd')).toEqual({
      coverage: 1,
      precision: 0.75,
      shared: ['abc'],
      targetSize: 3,
      actualSize: 4,
    })
    expect(overlapOf('AB12', 'ab12')).toEqual({
      coverage: 0.5,
      precision: 0.5,
      shared: ['12'],
      targetSize: 4,
      actualSize: 4,
    })
  })

  it.each([
    ['一', 2],
    ['鿿', 2],
    ['㐀', 2],
    ['䶿', 2],
    ['a', 2],
    ['z', 2],
    ['A', 2],
    ['Z', 2],
    ['0', 2],
    ['9', 2],
    ['䷀', 0],
    ['ꀀ', 0],
    ['`', 0],
    ['{', 0],
    ['@', 0],
    ['[', 0],
    ['/', 0],
    [':', 0],
  ])(
    '%s doubled has %i content characters (the ends of each range, and just outside)',
    (ch, size) => {
      expect(overlapOf(ch + ch, ch + ch).targetSize).toBe(size)
    },
  )

  it('a one-character segment carries no content; nothing shared is 0, never NaN', () => {
    expect(overlapOf('甲', '甲')).toEqual({
      coverage: 0,
      precision: 0,
      shared: [],
      targetSize: 0,
      actualSize: 0,
    })
    expect(overlapOf('出行条件', '甲')).toEqual({
      coverage: 0,
      precision: 0,
      shared: [],
      targetSize: 4,
      actualSize: 0,
    })
  })

  it('a run shared twice is listed once; separate runs are separate', () => {
    expect(overlapOf('出行条件，出行条件', '出行条件').shared).toEqual(['出行条件'])
    expect(overlapOf('出行甲条件', '出行，条件')).toMatchObject({
      shared: ['出行', '条件'],
      coverage: 0.8,
      targetSize: 5,
    })
  })
})

describe('restatingClause: the clause that restates most', () => {
  it('the clause with the highest coverage', () => {
    expect(restatingClause('群众出行条件得到改善', '村民出行更加便捷，道路通行条件明显改善')).toBe(
      '道路通行条件明显改善',
    )
    expect(restatingClause('出行条件', '出行好，出行条件好')).toBe('出行条件好')
  })

  it('on a tie, the first', () => {
    expect(restatingClause('出行条件', '出行条件好，出行条件佳')).toBe('出行条件好')
  })

  it('a clause sharing nothing beats no clause; an empty actual gives ""', () => {
    expect(restatingClause('出行条件', '，甲乙')).toBe('甲乙')
    expect(restatingClause('出行条件', '')).toBe('')
    expect(restatingClause('出行', '，，')).toBe('')
  })
})

describe('judgeMeaning: yes/no answers', () => {
  it('the same answer meets; the other does not; the answer is the actual as written', () => {
    expect(judge('是', '是')).toEqual({ status: 'met', basis: 'yes-no', answer: '是' })
    expect(judge('是', '否')).toEqual({ status: 'not-met', basis: 'yes-no', answer: '否' })
    expect(judge('有', '没有。')).toEqual({ status: 'not-met', basis: 'yes-no', answer: '没有。' })
    expect(judge('达到', '未达到')).toEqual({
      status: 'not-met',
      basis: 'yes-no',
      answer: '未达到',
    })
    expect(judge('否', '否;')).toEqual({ status: 'met', basis: 'yes-no', answer: '否;' })
  })

  it('trailing punctuation, however much, is left out; punctuation inside is not', () => {
    expect(judge('是', '是！！')).toEqual({ status: 'met', basis: 'yes-no', answer: '是！！' })
    expect(judge('能', '不,能')).toBeNull()
    expect(judge('是', '是的')).toBeNull()
  })

  it('a yes/no actual against a target that is not one is not a yes/no judgement', () => {
    expect(judge('好', '是')).toBeNull()
  })
})

describe('judgeMeaning: grades', () => {
  it('against a graded target: at its level or above meets, below is not met', () => {
    expect(judge('良', '良')).toMatchObject({ status: 'met', basis: 'grade' })
    expect(judge('良', '优')).toMatchObject({ status: 'met', basis: 'grade' })
    expect(judge('优', '良')).toMatchObject({ status: 'not-met', basis: 'grade' })
    expect(judge('良', '中')).toEqual({
      status: 'not-met',
      basis: 'grade',
      grade: { level: 2, words: ['中'], scale: false },
      target: { level: 3, words: ['良'], scale: false },
    })
  })

  it('a target naming two levels is not a scale: its lower level is the bar', () => {
    expect(judge('优良', '中')).toEqual({
      status: 'not-met',
      basis: 'grade',
      grade: { level: 2, words: ['中'], scale: false },
      target: { level: 3, words: ['优', '良'], scale: false },
    })
  })

  it('three levels or more are a scale: 良 meets, 中 partly, 差 not', () => {
    expect(judge('优/良/中', '中')).toEqual({
      status: 'partially-met',
      basis: 'grade',
      grade: { level: 2, words: ['中'], scale: false },
      target: { level: 2, words: ['优', '良', '中'], scale: true },
    })
    expect(judge('优/良/中/差', '良')).toMatchObject({ status: 'met' })
    expect(judge('优良中差', '差')).toMatchObject({
      status: 'not-met',
      target: { level: 1, words: ['优', '良', '中', '差'], scale: true },
    })
  })

  it('against a target naming no grade: 良 meets, 中 partly', () => {
    expect(judge('群众生活得到改善', '较好')).toMatchObject({ status: 'met', target: null })
    expect(judge('群众生活得到改善', '一般')).toEqual({
      status: 'partially-met',
      basis: 'grade',
      grade: { level: 2, words: ['一般'], scale: false },
      target: null,
    })
  })

  it('generic nouns, function words and punctuation around a grade are allowed', () => {
    expect(judge('效果明显', '程度较高')).toMatchObject({
      status: 'met',
      grade: { level: 3, words: ['较高'] },
      target: { level: 3, words: ['明显'] },
    })
    expect(judge('效果明显', '良好。')).toMatchObject({ grade: { words: ['良好'] } })
    expect(judge('效果明显', '较好的成效')).toMatchObject({ grade: { words: ['较好'] } })
    expect(judge('较高', '较低')).toMatchObject({
      status: 'not-met',
      grade: { level: 1, words: ['较低'], scale: false },
    })
  })
})

describe('judgeMeaning: restatement by content', () => {
  it('the thresholds, as documented', () => {
    expect(MEANING_THRESHOLDS).toEqual({
      coverageWithAchievement: 0.5,
      coverageRestatement: 0.5,
      precisionRestatement: 0.8,
      minContent: 2,
    })
  })

  it('a target of exactly two content characters is compared; fewer is not', () => {
    expect(judge('出行', '出行')).toEqual({
      status: 'met',
      basis: 'similar',
      overlap: { coverage: 1, precision: 1, shared: ['出行'], targetSize: 2, actualSize: 2 },
      claims: [],
    })
    expect(judge('甲', '甲')).toBeNull()
  })

  it('without an achievement word: precision 0.8 is enough, 4/6 is not', () => {
    expect(judge('出行条件', '出行条件甲')).toMatchObject({
      status: 'met',
      overlap: { coverage: 1, precision: 0.8 },
      claims: [],
    })
    expect(judge('出行条件', '出行条件甲乙')).toBeNull()
  })

  it('without an achievement word: coverage 0.5 is enough', () => {
    expect(judge('出行条件改善', '出行')).toMatchObject({
      status: 'met',
      overlap: { coverage: 0.5, precision: 1 },
      claims: [],
    })
  })

  it('with an achievement word: coverage 0.5 is enough whatever the precision, 1/3 is not', () => {
    expect(judge('出行条件', '出行甲乙丙改善')).toEqual({
      status: 'met',
      basis: 'similar',
      overlap: { coverage: 0.5, precision: 0.4, shared: ['出行'], targetSize: 4, actualSize: 5 },
      claims: ['改善'],
    })
    expect(judge('群众出行条件', '出行甲乙丙改善')).toBeNull()
  })

  it('a denial is restated only by a denial; 不断 denies nothing', () => {
    expect(judge('无重大安全事故', '发生重大安全事故')).toBeNull()
    expect(judge('无重大安全事故', '未发生重大安全事故')).toMatchObject({
      status: 'met',
      basis: 'similar',
    })
    expect(judge('不断完善管理制度', '管理制度完善')).toMatchObject({
      status: 'met',
      claims: ['完善'],
    })
  })
})

describe('meaning: the remaining operators', () => {
  it('two achievement words side by side, the first no degree word: two claims', () => {
    expect(claimsIn('项目建成投入使用').plain).toEqual([
      { word: '建成', phrase: '建成', at: 2 },
      { word: '投入使用', phrase: '投入使用', at: 4 },
    ])
  })

  it('出现 with no negation before it cancels nothing', () => {
    expect(claimsIn('出现不合格情况')).toEqual({
      plain: [],
      negated: [{ word: '合格', phrase: '不合格', at: 2 }],
      hedged: [],
    })
  })

  it('a hedge before a word negated after it is not part of the negated phrase', () => {
    expect(claimsIn('初步改善不明显').negated[0]).toEqual({
      word: '改善',
      phrase: '改善不明显',
      at: 2,
    })
  })

  it('punctuation splits content: 出行，条件 shares only 条件 with 通行条件', () => {
    expect(overlapOf('出行，条件', '通行条件')).toEqual({
      coverage: 0.5,
      precision: 0.5,
      shared: ['条件'],
      targetSize: 4,
      actualSize: 4,
    })
  })

  it('an actual of generic nouns only is no grade (and names nothing)', () => {
    expect(judge('效果明显', '相关工作')).toBeNull()
  })

  it('the answer is trimmed', () => {
    expect(judge('是', ' 是 ')).toEqual({ status: 'met', basis: 'yes-no', answer: '是' })
  })
})

describe('assessIndicator: a date past the end of its month', () => {
  it('is no deadline in the target, and no date in the actual', () => {
    const target = assessIndicator({
      name: '完成时间',
      target: '2023年2月30日前',
      actual: '2023年2月28日完成',
    })
    expect(target.target).toMatchObject({ kind: 'unreadable', problem: 'bad-date' })
    expect(target.status).toBe('unknown')
    const actual = assessIndicator({
      name: '完成时间',
      target: '2023年6月30日前',
      actual: '2023年6月31日完成',
    })
    expect(actual.actual.date).toBeNull()
    expect(actual.status).toBe('unknown')
    // The day before is read, and met.
    const real = assessIndicator({
      name: '完成时间',
      target: '2023年6月30日前',
      actual: '2023年6月30日完成',
    })
    expect(real.actual.date).toEqual({ year: 2023, month: 6, day: 30 })
    expect(real.status).toBe('met')
  })
})

describe('assessIndicator: a shortfall word inside the target restated is its object, not a status', () => {
  const status = (target: string, actual: string) =>
    assessIndicator({ name: '整治', target, actual }).status
  it('reads the restatement around the word as met', () => {
    expect(status('消除未达标路段', '已消除未达标路段')).toBe('met')
    expect(status('消除未达标路段', '已全部消除未达标路段')).toBe('met')
    expect(status('整改未完成事项', '已整改未完成事项')).toBe('met')
  })
  it('keeps the word a shortfall when the restatement ends at it or does not precede it', () => {
    // "整改未完成": rectification not completed — the restatement stops at the word.
    expect(status('整改未完成事项', '整改未完成')).toBe('not-met')
    expect(status('消除未达标路段', '仍有未达标路段3处')).toBe('not-met')
    expect(status('零延期', '延期2项')).toBe('not-met')
  })
})

describe('assessIndicator: the indicator noun and a denial the target shares', () => {
  const read = (target: string, actual: string) => {
    const r = assessIndicator({ name: '群众满意度', target, actual })
    return [r.status, r.reasons.map((x) => x.code)]
  }
  it('"满意度", "合格率" name the measure: no claim of being satisfied or qualified', () => {
    // It was read as the claim "满意" beside the denial, and gave partially met.
    expect(read('满意度不下降', '满意度没有下降')).toEqual(['met', ['restates-target']])
  })
  it("a denied trend against the target's says nothing of it: unclear, not a shortfall", () => {
    expect(read('逐步提高', '满意度没有下降')).toEqual(['unknown', ['no-deciding-words']])
    expect(read('逐步降低', '事故率没有上升')).toEqual(['unknown', ['no-deciding-words']])
    // The target's own trend denied is a shortfall, as before.
    expect(read('逐步提高', '满意度没有提高')).toEqual(['not-met', ['words-not-met']])
    expect(read('逐步降低', '事故率没有下降')).toEqual(['not-met', ['words-not-met']])
  })
  it('a denied movement beside a target that names no trend is unclear; a denied improvement is not', () => {
    // Whether falling was wanted depends on the measure: water quality no, accident rate yes.
    expect(read('不低于三类', '水质未下降')).toEqual(['unknown', ['no-deciding-words']])
    expect(read('不高于上年', '事故发生率未下降')).toEqual(['unknown', ['no-deciding-words']])
    expect(read('效果明显', '事故率没有上升')).toEqual(['unknown', ['no-deciding-words']])
    // "达标率" names the measure: no met word either.
    expect(read('不低于上年', '水质达标率没有下降')).toEqual(['unknown', ['no-deciding-words']])
    expect(read('效果明显', '没有改善')).toEqual(['not-met', ['words-not-met']])
  })
  it('a denial of the word the target denies too agrees with it', () => {
    expect(read('不下降', '满意度没有下降')).toEqual(['met', ['restates-target']])
    expect(read('满意度不下降', '没有下降')).toEqual(['met', ['restates-target']])
    // Another word denied is still a shortfall; a decline said otherwise is not read as agreement.
    expect(read('不下降', '满意度有所下降')).toEqual(['unknown', ['no-deciding-words']])
    expect(read('明显改善', '没有明显改善')).toEqual(['not-met', ['words-not-met']])
  })
})

describe('assessIndicator: a suspected target with the actual in its value cell', () => {
  it('is judged on neither reading, as with the actual in words', () => {
    for (const f of [
      { name: '培训次数', target: '25次', actualValue: '5' },
      { name: '合格率', target: '290%', actualValue: '95' },
      { name: '合格率', target: '290%', actual: '95%' },
    ]) {
      const r = assessIndicator(f)
      expect(r.status).toBe('unknown')
      expect(r.reasons.map((x) => x.code)).toEqual(['target-suspect'])
    }
    // It was read against the damaged figure ("25次": 5 of 25, not met) or as no actual at all.
    expect(assessIndicator({ name: '合格率', target: '≥90%', actualValue: '95' }).status).toBe(
      'met',
    )
  })
})

describe('assessIndicator: dates written with dots', () => {
  it('judges them as deadlines, not as figures', () => {
    const done = (target: string, actual: string) =>
      assessIndicator({ name: '项目完成时间', target, actual }).status
    // It was 2023.11 of 2023.12: not met.
    expect(done('2023.12', '2023.11')).toBe('met')
    expect(done('2023.12.31前', '2024.1.15完成')).toBe('not-met')
    expect(done('2023年12月', '2023.11完成')).toBe('met')
  })
})

describe('assessIndicator: no event, said around its name', () => {
  const zero = (actual: string) =>
    assessIndicator({ name: '安全事故', target: '0起', actual }).status
  it('reads "无…发生", "杜绝…发生" as an actual of 0 against a zero target', () => {
    // They were unknown, while "未发生安全事故" was met.
    expect(zero('无安全事故发生')).toBe('met')
    expect(zero('全年无重大安全事故发生')).toBe('met')
    expect(zero('杜绝了安全事故发生')).toBe('met')
  })
  it('needs the event between the two words, in one clause', () => {
    expect(zero('无，但发生事故')).toBe('unknown')
    expect(zero('无发生')).toBe('unknown')
    expect(zero('发生安全事故1起')).toBe('not-met')
  })
})
