import type { RuleDefinition } from '../types'

/** Rules about indicators judged against their targets. @internal */
export const ASSESSMENT_RULES: readonly RuleDefinition[] = [
  {
    code: 'INDICATOR_NOT_MET_WITHOUT_REASON',
    severity: 'warning',
    area: 'assessment',
    description: {
      'zh-CN': '指标未达到预期实现值，但没有填写偏差原因分析。',
      en: 'An indicator falls short of its target and gives no deviation reason.',
    },
    message: {
      'zh-CN': '指标“{indicator}”未达到预期（{status}），但未说明偏差原因',
      en: 'Indicator "{indicator}" fell short ({status}) but gives no deviation reason',
    },
    thresholds: [],
  },
  {
    code: 'INDICATOR_ACTUAL_MISSING',
    severity: 'warning',
    area: 'assessment',
    description: {
      'zh-CN': '指标没有填写完成情况（实际完成值）。',
      en: 'An indicator has no actual value or completion text.',
    },
    message: {
      'zh-CN': '指标“{indicator}”未填写完成情况',
      en: 'Indicator "{indicator}" has no actual value',
    },
    thresholds: [],
  },
  {
    code: 'INDICATOR_OVER_TARGET',
    severity: 'info',
    area: 'assessment',
    description: {
      'zh-CN': '实际完成值远超预期实现值，目标可能设定过低。',
      en: 'The actual far exceeds the target; the target may have been set too low.',
    },
    message: {
      'zh-CN': '指标“{indicator}”完成 {actual}，为目标 {target} 的 {ratio}，超过 {threshold}，请复核目标设定',
      en: 'Indicator "{indicator}" achieved {actual}, {ratio} of its target {target}, above {threshold}; review the target',
    },
    thresholds: ['overTargetRatio'],
  },
]
