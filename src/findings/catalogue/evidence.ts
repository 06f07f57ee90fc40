import type { RuleDoc, RuleMessage } from '../types'

/** Messages of the rules about evidence (佐证材料). @internal */
export const EVIDENCE_MESSAGES: readonly RuleMessage[] = [
  {
    code: 'EVIDENCE_MISSING',
    severity: 'info',
    message: {
      'zh-CN': '指标“{indicator}”{basis}，但未附佐证材料',
      en: 'Indicator "{indicator}" {basis}, but no evidence is attached',
    },
  },
  {
    code: 'EVIDENCE_DATE_OUTSIDE_PERIOD',
    severity: 'warning',
    message: {
      'zh-CN':
        '指标“{indicator}”的佐证材料“{title}”日期为 {date}，不在 {fiscalYear} 年度至评价日期之间',
      en: 'Evidence "{title}" of indicator "{indicator}" is dated {date}, outside fiscal year {fiscalYear} up to the evaluation date',
    },
  },
]

/** Descriptions and thresholds of the rules about evidence (佐证材料). @internal */
export const EVIDENCE_DOCS: readonly RuleDoc[] = [
  {
    code: 'EVIDENCE_MISSING',
    area: 'evidence',
    description: {
      'zh-CN': '指标仅凭文字叙述判定为完成，或定性指标评为最高档，但没有佐证材料。',
      en: 'An indicator is judged met on narrative alone, or scored in the top qualitative band, with no evidence.',
    },
    thresholds: [],
  },
  {
    code: 'EVIDENCE_DATE_OUTSIDE_PERIOD',
    area: 'evidence',
    description: {
      'zh-CN': '佐证材料的日期早于所评价的年度，或晚于评价日期。',
      en: 'Evidence is dated before the fiscal year it supports or after the evaluation date.',
    },
    thresholds: [],
    params: { fiscalYear: 'number', evaluationDate: 'string | null', reason: 'string' },
  },
]
