import type { RuleDoc, RuleMessage } from '../types'

/** Messages of the rules about the shape of the input itself. @internal */
export const INPUT_MESSAGES: readonly RuleMessage[] = [
  {
    code: 'FORM_PARTIAL',
    severity: 'info',
    message: {
      'zh-CN':
        '输入只录入了表的一部分：分值合计、总分和分组合计等需要全表的检查未进行，不评定等级。',
      en: 'The input transcribes only part of the form: checks that need the whole form (weights to 100, the total, group sums) were not made, and no grade is given.',
    },
  },
  {
    code: 'INPUT_NOT_A_FORM',
    severity: 'error',
    message: {
      'zh-CN': '输入不是绩效自评表：{reason}',
      en: 'The input is not a self-evaluation form: {reason}',
    },
  },
  {
    code: 'UNKNOWN_FIELD',
    severity: 'warning',
    message: {
      'zh-CN': '未知字段“{field}”已忽略。{hint}',
      en: 'Unknown field "{field}" was ignored.{hint}',
    },
  },
  {
    code: 'VALUE_COERCED',
    severity: 'info',
    message: {
      'zh-CN': '“{field}”的值 {printed} 按 {read} 读取。',
      en: '"{field}" was read as {read} (given {printed}).',
    },
  },
  {
    code: 'FORM_KIND_INFERRED',
    severity: 'info',
    message: {
      'zh-CN': '未写明或无法识别表的类型（{printed}），按内容判断为 {kind}。',
      en: 'The form kind was not given or not recognised ({printed}); read as {kind} from the content.',
    },
  },
  {
    code: 'DEPARTMENT_MISSING',
    severity: 'warning',
    message: {
      'zh-CN': '未填写部门（单位）名称。',
      en: 'The department (unit) is not given.',
    },
  },
  {
    code: 'FISCAL_YEAR_MISSING',
    severity: 'warning',
    message: {
      'zh-CN': '未填写评价年度；与年度有关的检查（期限、佐证日期）无法进行。',
      en: 'The fiscal year is not given; checks that need it (deadlines, evidence dates) cannot be made.',
    },
  },
  {
    code: 'UNIT_MISSING',
    severity: 'warning',
    message: {
      'zh-CN': '未填写金额单位；金额按万元读取。',
      en: 'The money unit is not given; amounts are read as 万元.',
    },
  },
  {
    code: 'SCHEMA_INVALID',
    severity: 'error',
    message: {
      'zh-CN': '{field}：{detail}',
      en: '{field}: {detail}',
    },
  },
  {
    code: 'INPUT_UNREADABLE',
    severity: 'error',
    message: {
      'zh-CN': '输入无法读取：{detail}',
      en: 'The input could not be read: {detail}',
    },
  },
]

/** Descriptions and thresholds of the rules about the shape of the input itself. @internal */
export const INPUT_DOCS: readonly RuleDoc[] = [
  {
    code: 'FORM_PARTIAL',
    area: 'input',
    description: {
      'zh-CN': '输入声明只录入了表的一部分（source.partial）：跳过需要全表的检查。',
      en: 'The input says it transcribes only part of the form (source.partial): checks that need the whole form are skipped.',
    },
    thresholds: [],
  },
  {
    code: 'INPUT_NOT_A_FORM',
    area: 'input',
    description: {
      'zh-CN': '输入不是对象，或没有任何资金、任务、指标或目标内容，无法作为自评表评价。',
      en: 'The input is not an object, or has no funding, task, indicator or goal content, so it cannot be evaluated as a form.',
    },
    params: { problem: 'string' },
    thresholds: [],
  },
  {
    code: 'UNKNOWN_FIELD',
    area: 'input',
    description: {
      'zh-CN':
        '输入含有自评表结构中没有的字段；该字段被忽略，其余内容照常评价。与已知字段名相近时给出建议。',
      en: 'The input has a field the form schema does not know; it is ignored and the rest is evaluated. A near known field name is suggested.',
    },
    thresholds: [],
    params: { key: 'string', suggestion: 'string | null' },
  },
  {
    code: 'VALUE_COERCED',
    area: 'input',
    description: {
      'zh-CN': '字段的值类型不对但含义明确（如年度写成文字“2021”），已按应有类型读取。',
      en: 'A value of the wrong type whose meaning is unambiguous (a year written as text, "2021") was read as the type the field wants.',
    },
    thresholds: [],
  },
  {
    code: 'FORM_KIND_INFERRED',
    area: 'input',
    description: {
      'zh-CN':
        '表类型缺失或无效时，有主要任务或标题含“部门整体”的按部门整体支出表，否则按项目支出表。',
      en: 'When the kind is missing or invalid, a form with main tasks or titled 部门整体 is read as department-overall, any other as a project form.',
    },
    thresholds: [],
    params: { printed: 'string | null' },
  },
  {
    code: 'DEPARTMENT_MISSING',
    area: 'input',
    description: {
      'zh-CN': '表头缺少部门或单位名称。',
      en: 'The header gives no department or unit name.',
    },
    thresholds: [],
  },
  {
    code: 'FISCAL_YEAR_MISSING',
    area: 'input',
    description: {
      'zh-CN': '表头缺少年度。',
      en: 'The header gives no fiscal year.',
    },
    thresholds: [],
  },
  {
    code: 'UNIT_MISSING',
    area: 'input',
    description: {
      'zh-CN': '表头缺少金额单位（元、万元、亿元）；比率不受影响，金额按万元显示。',
      en: 'The header gives no money unit (元, 万元, 亿元); rates do not depend on it, amounts are shown as 万元.',
    },
    thresholds: [],
  },
  {
    code: 'SCHEMA_INVALID',
    area: 'input',
    description: {
      'zh-CN': '输入不符合自评表的数据结构。',
      en: 'The input does not have the shape of a self-evaluation form.',
    },
    thresholds: [],
    params: {
      'zodCode?': 'string',
      'keys?': 'readonly string[]',
      'expected?': 'FindingParam',
      'received?': 'string',
      'values?': 'readonly string[]',
      'minimum?': 'string',
      'maximum?': 'string',
      'origin?': 'string',
      'format?': 'string',
      'divisor?': 'string',
    },
  },
  {
    code: 'INPUT_UNREADABLE',
    area: 'input',
    description: {
      'zh-CN':
        '输入无法读取：不是普通的 JSON 值；或在批量审核中，文件不存在、无权读取、为空、过大、不是有效的 JSON、是符号链接循环，或工作簿中没有表单。该文件记一个错误，批量审核继续。',
      en: 'The input could not be read: not a plain JSON value; or, in a batch, a file that is missing, not permitted, empty, too large, not valid JSON, a symlink loop, or a workbook with no form. The file counts one error and the batch goes on.',
    },
    params: {
      detail: 'string',
      'reason?': 'string',
      'file?': 'string',
      'line?': 'number',
      'column?': 'number',
    },
    thresholds: [],
  },
]
