import type { RuleDoc, RuleMessage } from '../types'

/** Messages of the rules about the form as a whole: funding rows, tasks, problems and improvements. @internal */
export const FORM_MESSAGES: readonly RuleMessage[] = [
  {
    code: 'FUNDING_TOTAL_MISMATCH',
    severity: 'error',
    message: {
      'zh-CN': '合计行“{columnName}”为 {reported}，各资金来源之和为 {sum}',
      en: 'The total row prints {reported} for "{columnName}"; the sources add up to {sum}',
    },
  },
  {
    code: 'ADJUSTED_BUDGET_MISMATCH',
    severity: 'error',
    message: {
      'zh-CN':
        '年初预算数 {initialBudget} 加预算调整数 {adjustment} 为 {sum}，而全年预算数填报为 {reported}',
      en: 'Initial budget {initialBudget} plus adjustment {adjustment} is {sum}, but the adjusted budget is printed as {reported}',
    },
  },
  {
    code: 'TASK_FUNDS_EXCEED_BUDGET',
    severity: 'error',
    message: {
      'zh-CN': '任务涉及资金合计 {tasks}，超过调整后预算 {budget}',
      en: 'Task funds add up to {tasks}, more than the adjusted budget {budget}',
    },
  },
  {
    code: 'PROBLEM_WITHOUT_IMPROVEMENT',
    severity: 'warning',
    message: {
      'zh-CN': '问题 {problem} 没有对应的改进措施',
      en: 'Problem {problem} has no improvement measure',
    },
  },
]

/** Descriptions and thresholds of the rules about the form as a whole: funding rows, tasks, problems and improvements. @internal */
export const FORM_DOCS: readonly RuleDoc[] = [
  {
    code: 'FUNDING_TOTAL_MISMATCH',
    area: 'form',
    description: {
      'zh-CN': '合计行与各资金来源之和不符。',
      en: 'The total row does not equal the sum of the funding sources.',
    },
    thresholds: ['sumTolerance'],
    params: { column: 'string', difference: 'string', tolerance: 'string' },
  },
  {
    code: 'ADJUSTED_BUDGET_MISMATCH',
    area: 'form',
    description: {
      'zh-CN': '同一行的年初预算数加预算调整数不等于填报的全年预算数。',
      en: 'On one row, the initial budget plus the adjustment is not the printed adjusted budget.',
    },
    thresholds: ['sumTolerance'],
    params: { carryOver: 'string | null' },
  },
  {
    code: 'TASK_FUNDS_EXCEED_BUDGET',
    area: 'form',
    description: {
      'zh-CN': '任务涉及资金超过调整后预算。',
      en: 'Task funds exceed the adjusted budget.',
    },
    thresholds: [],
    params: { unit: 'string' },
  },
  {
    code: 'PROBLEM_WITHOUT_IMPROVEMENT',
    area: 'form',
    description: {
      'zh-CN': '存在问题没有对应的改进措施。',
      en: 'A problem has no improvement measure that answers it.',
    },
    thresholds: [],
    params: { text: 'string' },
  },
]
