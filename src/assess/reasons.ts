/**
 * Reason messages of the assessment, in both locales.
 * @internal
 */
import type { FindingParam } from '../findings/index'
import { type Bilingual, fillTemplate, type Locale, pick } from '../i18n/index'
import type { AssessmentReason, AssessmentStatus, ReasonCode } from './types'

const TEMPLATES: Readonly<Record<ReasonCode, Bilingual>> = {
  'explicit-status': {
    'zh-CN': '表中明确填写了状态“{status}”，以此为准',
    en: 'The form states the status "{status}", which decides',
  },
  'reading-disagrees': {
    'zh-CN': '按完成情况判断应为“{status}”，与表中填写的状态不同',
    en: 'Reading the actual would give "{status}", unlike the status the form states',
  },
  'actual-value': {
    'zh-CN': '完成值 {actual}，预期实现值 {target}',
    en: 'Actual {actual} against target {target}',
  },
  'actual-figure': {
    'zh-CN': '从完成情况“{words}”读出完成值 {actual}，预期实现值 {target}',
    en: 'Read the actual {actual} from "{words}"; target {target}',
  },
  'actual-bound': {
    'zh-CN': '完成值写作不等式（{bound}{actual}），按其界值计',
    en: 'The actual is written as an inequality ({bound}{actual}); its bound is used',
  },
  'unit-converted': {
    'zh-CN': '完成值由 {fromValue}{fromUnit} 换算为 {toValue}{toUnit}',
    en: 'The actual was converted from {fromValue} {fromUnit} to {toValue} {toUnit}',
  },
  ratio: {
    'zh-CN': '完成比例 {ratioPercent}（{rule}）',
    en: 'Completion {ratioPercent} ({rule})',
  },
  'ratio-undefined': {
    'zh-CN': '目标值为 {target}，完成比例无定义，仅比较大小',
    en: 'The target is {target}: no completion ratio is defined; only the comparison counts',
  },
  'bound-inconclusive': {
    'zh-CN': '完成值只给出界限（{bound}{actual}），不足以判断是否达到 {target}',
    en: 'The actual gives only a bound ({bound}{actual}), which does not settle the target {target}',
  },
  'zero-target': {
    'zh-CN': '目标为 0：完成值 {actual}{verdict}',
    en: 'The target is zero: the actual {actual} {verdict}',
  },
  deadline: {
    'zh-CN': '完成时间 {actual}，期限 {target}',
    en: 'Done {actual}, due {target}',
  },
  'words-not-carried-out': {
    'zh-CN': '完成情况写明“{words}”，视为未开展（“{clause}”）',
    en: 'The actual says "{words}": not carried out ("{clause}")',
  },
  'words-partially-met': {
    'zh-CN': '完成情况写明“{words}”，视为部分达成（“{clause}”）',
    en: 'The actual says "{words}": partially met ("{clause}")',
  },
  'words-not-met': {
    'zh-CN': '完成情况写明“{words}”，视为未达成（“{clause}”）',
    en: 'The actual says "{words}": not met ("{clause}")',
  },
  'words-met': {
    'zh-CN': '完成情况写明“{words}”，视为达成（“{clause}”）',
    en: 'The actual says "{words}": met ("{clause}")',
  },
  'words-overruled': {
    'zh-CN': '完成情况中另有“{words}”，但以完成值为准',
    en: 'The actual also says "{words}", but the figure decides',
  },
  'restates-target': {
    'zh-CN': '完成情况复述了预期实现值“{words}”，视为达成',
    en: 'The actual restates the target "{words}": met',
  },
  trend: {
    'zh-CN': '预期要求{trend}，完成情况写明“{words}”',
    en: 'The target asks for {trend}; the actual says "{words}"',
  },
  'no-target': {
    'zh-CN': '没有可比较的预期实现值',
    en: 'There is no target to compare with',
  },
  'target-unreadable': {
    'zh-CN': '预期实现值“{target}”无法识别',
    en: 'The target "{target}" cannot be read',
  },
  'target-suspect': {
    'zh-CN':
      '疑似 OCR 损坏：预期实现值印作“{target}”，可能是“{reading}”；人工核对前两种读法都不据以判断',
    en: 'Suspected OCR damage: the target reads "{target}", probably "{reading}"; judged on neither reading until a person checks',
  },
  'actual-suspect': {
    'zh-CN': '疑似 OCR 损坏：完成值印作“{actual}”，{hint}；人工核对前两种读法都不据以判断',
    en: 'Suspected OCR damage: the actual reads "{actual}", {hint}; judged on neither reading until a person checks',
  },
  progress: {
    'zh-CN':
      '完成情况“{words}”是完成进度（{progress}%），不是该指标的值；没有其他可比较的数值，按进度判断为{status}',
    en: '"{words}" states progress ({progress}%), not the indicator\'s value; nothing else measures it, so progress gives {status}',
  },
  'in-progress': {
    'zh-CN': '完成情况写明“{words}”，工作在年度内尚未完成，视为{status}',
    en: 'The actual says "{words}": the work was still under way at the end of the year, so {status}',
  },
  'words-mixed': {
    'zh-CN': '完成情况既写明“{met}”，又写明“{notMet}”，视为部分达成',
    en: 'The actual says both "{met}" and "{notMet}": partially met',
  },
  'similar-meaning': {
    'zh-CN':
      '完成情况与预期实现值含义相同：共有“{shared}”（覆盖预期内容的 {coverage}）{claims}，视为达成',
    en: 'The actual restates the target: it shares "{shared}" ({coverage} of the target\'s content){claims}; met',
  },
  grade: {
    'zh-CN': '完成情况评为“{words}”（{level}），{against}，视为{status}',
    en: 'The actual grades it "{words}" ({level}), {against}: {status}',
  },
  'yes-no': {
    'zh-CN': '完成情况答“{answer}”，预期实现值为“{target}”，视为{status}',
    en: 'The actual answers "{answer}" to the target "{target}": {status}',
  },
  'text-too-long': {
    'zh-CN': '{fields}超过 {maxLength} 个字符，未读取，无法判断',
    en: 'Too long to read (over {maxLength} characters): {fields}; not judged',
  },
  'no-actual': {
    'zh-CN': '没有填写完成情况',
    en: 'No actual is given',
  },
  'actual-placeholder': {
    'zh-CN': '完成情况只填写了“{words}”',
    en: 'The actual reads only "{words}"',
  },
  'unit-mismatch': {
    'zh-CN': '完成值单位“{actualUnit}”与预期实现值单位“{targetUnit}”无法换算',
    en: 'The actual unit "{actualUnit}" cannot be reconciled with the target unit "{targetUnit}"',
  },
  'ambiguous-figures': {
    'zh-CN': '完成情况中有多个不同的数值（{figures}），不据此猜测',
    en: 'The actual gives several different figures ({figures}); none is guessed',
  },
  truncated: {
    'zh-CN': '完成情况在“{words}”处中断，缺少数值',
    en: 'The actual breaks off at "{words}" before its figure',
  },
  'no-deciding-words': {
    'zh-CN': '完成情况中既没有可比较的数值，也没有能判断完成与否的措辞',
    en: 'The actual has neither a comparable figure nor words that settle the status',
  },
  rubric: {
    'zh-CN': '评分标准打分项：没有目标值和实际值，按表内得分计',
    en: 'A rubric row scored against its criterion: it has no target or actual; its printed score counts',
  },
  'direction-unclear': {
    'zh-CN': '目标值 {value}{unit} 未写明方向，指标名称也不能说明越高越好还是越低越好，需人工判断',
    en: 'The target {value}{unit} states no direction and the name does not say whether higher or lower is better; a person must judge',
  },
  'printed-status': {
    'zh-CN': '完成情况无法从实际值判断，按表内“{printed}”',
    en: 'The actual does not settle the status; the form says "{printed}"',
  },
  'from-sub-rows': {
    'zh-CN': '本行未填目标值和实际值，按其 {count} 个子项判断',
    en: 'This row prints no target or actual; judged from its {count} sub-rows',
  },
}

/** Status names in both locales. @internal */
export const STATUS_TEXT: Readonly<Record<AssessmentStatus, Bilingual>> = {
  met: { 'zh-CN': '达成', en: 'met' },
  'partially-met': { 'zh-CN': '部分达成', en: 'partially met' },
  'not-met': { 'zh-CN': '未达成', en: 'not met' },
  'not-carried-out': { 'zh-CN': '未开展', en: 'not carried out' },
  unknown: { 'zh-CN': '无法判断', en: 'unknown' },
}

/** Builds a reason with its message in the locale. @internal */
export function reason(
  code: ReasonCode,
  params: Readonly<Record<string, FindingParam>>,
  locale: Locale | undefined,
  words?: string,
): AssessmentReason {
  const message = fillTemplate(pick(TEMPLATES[code], locale), params)
  return { code, message, ...(words !== undefined ? { words } : {}), params: { ...params } }
}

/**
 * A reason's message written again in a locale from its code and params, for a report in another
 * locale than the evaluation's; null for a code this version does not know.
 * @internal
 */
export function reasonMessage(
  code: string,
  params: Readonly<Record<string, FindingParam>>,
  locale: Locale,
): string | null {
  if (!Object.hasOwn(TEMPLATES, code)) return null
  return fillTemplate(pick(TEMPLATES[code as ReasonCode], locale), params)
}

/** Text for a trend in the locale. @internal */
export function trendText(trend: 'increase' | 'decrease', locale: Locale | undefined): string {
  const t =
    trend === 'increase'
      ? { 'zh-CN': '提升', en: 'an increase' }
      : { 'zh-CN': '降低', en: 'a decrease' }
  return pick(t, locale)
}
