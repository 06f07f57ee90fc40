import type { RuleDefinition } from '../types'

/** Rules about the form as a whole: funding rows, tasks, problems and improvements. @internal */
export const FORM_RULES: readonly RuleDefinition[] = [
  {
    code: 'FUNDING_TOTAL_MISMATCH',
    severity: 'error',
    area: 'form',
    description: {
      'zh-CN': '合计行与各资金来源之和不符。',
      en: 'The total row does not equal the sum of the funding sources.',
    },
    message: {
      'zh-CN': '合计行“{column}”为 {reported}，各资金来源之和为 {sum}',
      en: 'The total row prints {reported} for "{column}"; the sources add up to {sum}',
    },
    thresholds: ['sumTolerance'],
  },
  {
    code: 'TASK_FUNDS_EXCEED_BUDGET',
    severity: 'error',
    area: 'form',
    description: {
      'zh-CN': '任务涉及资金超过调整后预算。',
      en: 'Task funds exceed the adjusted budget.',
    },
    message: {
      'zh-CN': '任务涉及资金合计 {tasks}，超过调整后预算 {budget}',
      en: 'Task funds add up to {tasks}, more than the adjusted budget {budget}',
    },
    thresholds: [],
  },
  {
    code: 'PROBLEM_WITHOUT_IMPROVEMENT',
    severity: 'warning',
    area: 'form',
    description: {
      'zh-CN': '存在问题没有对应的改进措施。',
      en: 'A problem has no improvement measure that answers it.',
    },
    message: {
      'zh-CN': '问题 {problem} 没有对应的改进措施',
      en: 'Problem {problem} has no improvement measure',
    },
    thresholds: [],
  },
]
