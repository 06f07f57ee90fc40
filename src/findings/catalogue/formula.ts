import type { RuleDoc, RuleMessage } from '../types'

/** Messages of the rules about KPI formulas (计算公式). @internal */
export const FORMULA_MESSAGES: readonly RuleMessage[] = [
  {
    code: 'FORMULA_UNPARSEABLE',
    severity: 'warning',
    message: {
      'zh-CN': '计算公式“{text}”在第 {position} 个字符处无法解析：{reason}',
      en: 'The formula "{text}" cannot be parsed at character {position}: {reason}',
    },
  },
  {
    code: 'FORMULA_INVERTED_RATIO',
    severity: 'warning',
    message: {
      'zh-CN': '公式“{formula}”以“{numerator}”除以“{denominator}”，分子分母可能颠倒',
      en: 'The formula "{formula}" divides "{numerator}" by "{denominator}"; numerator and denominator look inverted',
    },
  },
  {
    code: 'TARGET_FORMULA_UNIT_MISMATCH',
    severity: 'warning',
    message: {
      'zh-CN': '公式“{formula}”的结果为{formulaUnit}，而预期实现值“{target}”的单位为“{targetUnit}”',
      en: 'The formula "{formula}" yields {formulaUnit} while the target "{target}" is in "{targetUnit}"',
    },
  },
  {
    code: 'FORMULA_TOO_LONG',
    severity: 'warning',
    message: {
      'zh-CN': '计算公式长 {length} 个字符，超过上限 {maxLength} 个字符，未解析',
      en: 'The formula is {length} characters long, over the limit of {maxLength}; it was not parsed',
    },
  },
  {
    code: 'FORMULA_TOO_DEEP',
    severity: 'warning',
    message: {
      'zh-CN': '计算公式在第 {position} 个字符处嵌套超过 {maxDepth} 层，未解析',
      en: 'The formula nests deeper than {maxDepth} levels at character {position}; it was not parsed',
    },
  },
  {
    code: 'FORMULA_TOO_PRECISE',
    severity: 'warning',
    message: {
      'zh-CN': '计算公式“{formula}”需要超过 {maxDigits} 位数字的精确值，未计算',
      en: 'Computing the formula "{formula}" needs exact values of more than {maxDigits} digits; it was not computed',
    },
  },
  {
    code: 'FORMULA_UNKNOWN_VARIABLE',
    severity: 'error',
    message: {
      'zh-CN': '公式“{formula}”中的变量“{name}”没有提供数值',
      en: 'The formula "{formula}" uses "{name}", which was given no value',
    },
  },
  {
    code: 'FORMULA_VARIABLE_INVALID',
    severity: 'error',
    message: {
      'zh-CN': '变量“{name}”的值“{value}”不是数字',
      en: 'The value "{value}" of variable "{name}" is not a number',
    },
  },
  {
    code: 'FORMULA_DIVISION_BY_ZERO',
    severity: 'warning',
    message: {
      'zh-CN': '公式“{formula}”在第 {position} 个字符处的除数“{denominator}”为 0，结果无定义',
      en: 'The formula "{formula}" divides by "{denominator}" (character {position}), which is 0; the result is undefined',
    },
  },
  {
    code: 'FORMULA_NAME_CONTRADICTS_INDICATOR',
    severity: 'warning',
    message: {
      'zh-CN':
        '指标“{indicator}”衡量“{indicatorMeasure}”，而公式“{formula}”计算的是“{formulaMeasure}”',
      en: 'Indicator "{indicator}" measures "{indicatorMeasure}" but the formula "{formula}" computes "{formulaMeasure}"',
    },
  },
  {
    code: 'FORMULA_VARIABLE_UNSUPPLIABLE',
    severity: 'warning',
    message: {
      'zh-CN': '公式“{formula}”中的变量“{name}”无法取得数值：{reason}',
      en: 'The variable "{name}" of the formula "{formula}" can never be given a value: {reason}',
    },
  },
]

/** Descriptions and thresholds of the rules about KPI formulas (计算公式). @internal */
export const FORMULA_DOCS: readonly RuleDoc[] = [
  {
    code: 'FORMULA_UNPARSEABLE',
    area: 'formula',
    description: {
      'zh-CN': '计算公式看似公式但无法解析。',
      en: 'A formula looks like a formula but cannot be parsed.',
    },
    thresholds: [],
    params: { offset: 'number', position: 'number', problem: 'string' },
  },
  {
    code: 'FORMULA_INVERTED_RATIO',
    area: 'formula',
    description: {
      'zh-CN': '比率公式的分子是总量、分母是部分，只有做得更差才能接近 100%。',
      en: 'A rate formula divides the whole by the part, so it can only reach 100% by failing.',
    },
    thresholds: [],
    params: { evidence: 'string', 'probeValue?': 'string' },
  },
  {
    code: 'TARGET_FORMULA_UNIT_MISMATCH',
    area: 'formula',
    description: {
      'zh-CN': '公式计算百分比，而预期实现值是数量或金额（或相反）。',
      en: 'The formula computes a percent while the target is a count or money (or the reverse).',
    },
    thresholds: [],
  },
  {
    code: 'FORMULA_TOO_LONG',
    area: 'formula',
    description: {
      'zh-CN': '计算公式超过长度上限，未解析（防止恶意或损坏的超长输入）。',
      en: 'A formula exceeds the length limit and is not parsed (guards against hostile or damaged input).',
    },
    thresholds: ['maxLength'],
    params: { text: 'string', length: 'number', maxLength: 'number' },
  },
  {
    code: 'FORMULA_TOO_DEEP',
    area: 'formula',
    description: {
      'zh-CN': '计算公式的括号、正负号或连续运算嵌套超过层数上限，未解析。',
      en: 'A formula nests brackets, signs or chained operations deeper than the limit and is not parsed.',
    },
    thresholds: ['maxDepth'],
    params: { offset: 'number', position: 'number', maxDepth: 'number', text: 'string' },
  },
  {
    code: 'FORMULA_TOO_PRECISE',
    area: 'formula',
    description: {
      'zh-CN':
        '计算公式所用的数值或中间结果的分子、分母超过位数上限（默认 1000 位），不再精确计算（防止恶意或损坏的超长数值）。',
      en: 'A value or an intermediate result of a formula has a numerator or denominator over the digit limit (1,000 by default), so it is not computed (guards against hostile or damaged values).',
    },
    thresholds: ['maxDigits'],
    params: { formula: 'string', maxDigits: 'number' },
  },
  {
    code: 'FORMULA_UNKNOWN_VARIABLE',
    area: 'formula',
    description: {
      'zh-CN': '计算公式引用的变量没有提供数值，无法计算（不以 0 代替）。',
      en: 'A formula uses a variable that was given no value, so it cannot be computed (it is not taken as 0).',
    },
    thresholds: [],
  },
  {
    code: 'FORMULA_VARIABLE_INVALID',
    area: 'formula',
    description: {
      'zh-CN': '为计算公式提供的变量值不是有限的十进制数。',
      en: 'A value supplied for a formula variable is not a finite decimal number.',
    },
    thresholds: [],
  },
  {
    code: 'FORMULA_DIVISION_BY_ZERO',
    area: 'formula',
    description: {
      'zh-CN': '计算公式除以零：除数恒为 0，或按所给数值为 0；结果无定义（不以 0 或无穷代替）。',
      en: 'A formula divides by zero: the divisor is the constant 0 or is 0 for the given values; the result is undefined (not 0, not infinity).',
    },
    thresholds: [],
    params: { offset: 'number', position: 'number' },
  },
  {
    code: 'FORMULA_NAME_CONTRADICTS_INDICATOR',
    area: 'formula',
    description: {
      'zh-CN': '计算公式计算的量与指标名称所称的量不同（例如“使用率”按满意人数计算）。',
      en: "A formula measures something other than what the indicator's name says (e.g. a usage rate computed from satisfied people).",
    },
    thresholds: [],
  },
  {
    code: 'FORMULA_VARIABLE_UNSUPPLIABLE',
    area: 'formula',
    description: {
      'zh-CN':
        '计算公式中的变量无法取得数值：它就是公式自身的结果（循环），或是“是否”“情况”之类的非数量描述，或不在调用方可提供的变量之列。',
      en: "A formula variable can never be given a number: it is the formula's own result (circular), a non-quantity such as 是否 (whether) or 情况 (situation), or not among the variables the caller can supply.",
    },
    thresholds: [],
    params: { problem: 'string' },
  },
]
