import type { RuleDoc, RuleMessage } from '../types'

/** Messages of the rules about indicators judged against their targets. @internal */
export const ASSESSMENT_MESSAGES: readonly RuleMessage[] = [
  {
    code: 'DIRECTION_UNCLEAR',
    severity: 'warning',
    message: {
      'zh-CN':
        '“{indicator}”的目标值“{target}”未写明越高越好还是越低越好，完成值“{actual}”无法判断是否达成，请人工确认',
      en: '"{indicator}": the target "{target}" does not say whether higher or lower is better, so the actual "{actual}" cannot be judged; a person must confirm',
    },
  },
  {
    code: 'ACTUAL_OCR_SUSPECT',
    severity: 'warning',
    message: {
      'zh-CN':
        '指标“{indicator}”的完成值“{text}”疑似识别错误（{why}），{hint}；人工核对前不据此判断是否达成',
      en: 'The actual "{text}" of indicator "{indicator}" looks OCR-damaged ({why}): {hint}. It is not used to judge the indicator until a person checks it',
    },
  },
  {
    code: 'ACTUAL_IS_PROGRESS',
    severity: 'info',
    message: {
      'zh-CN':
        '指标“{indicator}”的完成情况“{words}”只给出完成进度（{progress}），没有给出该指标本身的完成值；状态按进度判断',
      en: 'The actual "{words}" of indicator "{indicator}" states progress ({progress}), not the indicator\'s own value; its status is taken from progress',
    },
  },
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
  {
    code: 'INDICATOR_TEXT_TOO_LONG',
    severity: 'warning',
    message: {
      'zh-CN':
        '指标“{indicator}”的{fieldName}长 {length} 个字符，超过上限 {maxLength} 个字符，未读取；该指标不判断是否达成',
      en: 'The {fieldName} of indicator "{indicator}" is {length} characters long, over the limit of {maxLength}; it was not read and the indicator is not judged',
    },
  },
]

/** Descriptions and thresholds of the rules about indicators judged against their targets. @internal */
export const ASSESSMENT_DOCS: readonly RuleDoc[] = [
  {
    code: 'DIRECTION_UNCLEAR',
    area: 'assessment',
    description: {
      'zh-CN':
        '目标值没有比较符号，指标名称又两种方向都可能（成本控制率、非产出类金额）：不作猜测，状态为“无法判断”，需人工确认。',
      en: 'The target has no comparator and the name reads both ways (成本控制率, a money figure outside 产出): no guess is made; the status is unknown until a person confirms.',
    },
    thresholds: [],
  },
  {
    code: 'ACTUAL_OCR_SUSPECT',
    area: 'assessment',
    description: {
      'zh-CN':
        '完成值很可能是识别错误：比较符被识别为数字或字母（“290%”“5=50%”“工5%”“^80%”，或目标为“≥5次”时的“25次”）、百分号被识别为“$”、小数点丢失，或取值对该指标不可能（满意度、合格率等超过 100%）。给出可能的原文；人工核对前不按任何一种读法判断。',
      en: 'An actual is probably OCR-damaged: a comparator read as a digit or letter ("290%", "5=50%", "工5%", "^80%", or "25次" beside a target of "≥5次"), % read as "$", a lost decimal point, or a value the indicator cannot take (a satisfaction or pass rate over 100%). The probable reading is given; the indicator is judged on neither reading until a person checks.',
    },
    thresholds: [],
    params: { problem: 'string', reading: 'string | null' },
  },
  {
    code: 'ACTUAL_IS_PROGRESS',
    area: 'assessment',
    description: {
      'zh-CN':
        '完成情况只写了完成进度（“已完成100%”“完成进度80%”），没有写该指标本身的值（如满意度、成本、数量）；进度不作为指标值，状态按进度判断。',
      en: 'The actual states only progress ("已完成100%", "完成进度80%"), not the value of the indicator itself (a satisfaction, a cost, a count); progress is never taken as the value, and the status comes from it.',
    },
    thresholds: [],
  },
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
  {
    code: 'INDICATOR_TEXT_TOO_LONG',
    area: 'assessment',
    description: {
      'zh-CN':
        '指标名称或完成情况超过长度上限（TARGET_LIMITS.maxLength），未读取，该指标状态为无法判断（防止恶意或损坏的超长输入；超长的预期实现值报 TARGET_UNPARSEABLE）。',
      en: "An indicator's name or actual exceeds the length limit (TARGET_LIMITS.maxLength) and is not read; the indicator is left unknown (guards against hostile or damaged input; an over-long target gives TARGET_UNPARSEABLE).",
    },
    thresholds: ['maxLength'],
    params: {
      indicator: 'string',
      field: 'string',
      fieldName: 'string',
      length: 'number',
      maxLength: 'number',
    },
  },
]
