import type { RuleDoc, RuleMessage } from '../types'

/** Messages of the rules about indicators judged against their targets. @internal */
export const ASSESSMENT_MESSAGES: readonly RuleMessage[] = [
  {
    code: 'INDICATOR_NOT_MET_WITHOUT_REASON',
    severity: 'warning',
    message: {
      'zh-CN': '指标“{indicator}”未达到预期（{status}），但未说明偏差原因',
      en: 'Indicator "{indicator}" fell short ({status}) but gives no deviation reason',
    },
  },
  {
    code: 'INDICATOR_ACTUAL_MISSING',
    severity: 'warning',
    message: {
      'zh-CN': '指标“{indicator}”未填写完成情况',
      en: 'Indicator "{indicator}" has no actual value',
    },
  },
  {
    code: 'INDICATOR_UNIT_MISMATCH',
    severity: 'warning',
    message: {
      'zh-CN':
        '指标“{indicator}”的完成值“{actual}”（单位 {actualUnit}）与预期实现值“{target}”（单位 {targetUnit}）单位不一致，无法比较',
      en: 'The actual "{actual}" ({actualUnit}) of indicator "{indicator}" cannot be compared with its target "{target}" ({targetUnit}): the units differ',
    },
  },
  {
    code: 'INDICATOR_OVER_TARGET',
    severity: 'info',
    message: {
      'zh-CN':
        '指标“{indicator}”完成 {actual}，为目标 {target} 的 {ratio}，超过 {threshold}，请复核目标设定',
      en: 'Indicator "{indicator}" achieved {actual}, {ratio} of its target {target}, above {threshold}; review the target',
    },
  },
]

/** Descriptions and thresholds of the rules about indicators judged against their targets. @internal */
export const ASSESSMENT_DOCS: readonly RuleDoc[] = [
  {
    code: 'INDICATOR_NOT_MET_WITHOUT_REASON',
    area: 'assessment',
    description: {
      'zh-CN':
        '指标未达成、部分达成或未开展，但既没有填写偏差原因分析，完成情况中也没有说明原因（“由于…”“受…影响”）。',
      en: 'An indicator is not met, partially met or not carried out, and neither a deviation reason nor the actual narrative ("由于…", "受…影响") says why.',
    },
    thresholds: [],
  },
  {
    code: 'INDICATOR_ACTUAL_MISSING',
    area: 'assessment',
    description: {
      'zh-CN': '指标没有填写完成情况（实际完成值）。',
      en: 'An indicator has no actual value or completion text.',
    },
    thresholds: [],
  },
  {
    code: 'INDICATOR_UNIT_MISMATCH',
    area: 'assessment',
    description: {
      'zh-CN':
        '完成值与预期实现值的单位无法换算（百分比、数量、金额等不同量纲；元/万元/亿元之间会自动换算），无法判断是否达标。',
      en: 'The actual and the target are in units that cannot be reconciled (percent, counts, money …; 元/万元/亿元 are converted), so whether the target is met cannot be judged.',
    },
    thresholds: [],
  },
  {
    code: 'INDICATOR_OVER_TARGET',
    area: 'assessment',
    description: {
      'zh-CN': '实际完成值远超预期实现值，目标可能设定过低。',
      en: 'The actual far exceeds the target; the target may have been set too low.',
    },
    thresholds: ['overTargetRatio'],
  },
]
