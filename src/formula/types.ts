import type { Finding } from '../findings/index'
import type { Failure, Success } from '../findings/result'
import type { Locale } from '../i18n/index'
import type { DecimalString } from '../money/decimal'

/**
 * An arithmetic operator of the formula language. `×`, `＊`, `÷`, `／`, `−`, `－`, `＋` are read as
 * these four.
 *
 * @example
 * ```ts
 * import type { FormulaOperator } from '@lw/perf-eval'
 * const op: FormulaOperator = '/'
 * ```
 */
export type FormulaOperator = '+' | '-' | '*' | '/'

/**
 * A node of a parsed formula. `start` and `end` are character offsets (UTF-16 code units, as JS
 * string indexes) into the original text, `end` exclusive. Trees are plain JSON; every function of
 * this module walks them without recursion, so even a very deep tree cannot overflow the stack.
 *
 * - `number`: `value` is a canonical decimal string with a percent sign already applied ("50%" →
 *   "0.5"); `written` is the literal as written, normalised to ASCII ("５０％" → "50%").
 * - `variable`: `name` as written, NFKC-normalised, with line-break spaces between Chinese
 *   characters removed ("实 际完成数" → "实际完成数").
 * - `binary`: `left operator right`.
 * - `negate`: a unary minus (a unary plus leaves no node).
 *
 * @example
 * ```ts
 * import { parseFormula } from '@lw/perf-eval'
 * const f = parseFormula('a/b')
 * if (f.kind === 'formula') f.expression.type // 'binary'
 * ```
 */
export type FormulaNode =
  | {
      /** A number literal. */
      readonly type: 'number'
      /** Its value, canonical decimal string. */
      readonly value: DecimalString
      /** The number as written ("１００", "100"). */
      readonly written: string
      /** 0-based offset of the node's first character in the text. */
      readonly start: number
      /** 0-based offset just after the node's last character. */
      readonly end: number
    }
  | {
      /** A variable: a name the caller supplies a value for. */
      readonly type: 'variable'
      /** The variable's name as written (实际完成数). */
      readonly name: string
      /** 0-based offset of the node's first character in the text. */
      readonly start: number
      /** 0-based offset just after the node's last character. */
      readonly end: number
    }
  | {
      /** A binary operation. */
      readonly type: 'binary'
      /** `+`, `-`, `*` or `/` (× and ÷ are read as * and /). */
      readonly operator: FormulaOperator
      /** The left operand. */
      readonly left: FormulaNode
      /** The right operand. */
      readonly right: FormulaNode
      /** 0-based offset of the node's first character in the text. */
      readonly start: number
      /** 0-based offset just after the node's last character. */
      readonly end: number
    }
  | {
      /** A unary minus. */
      readonly type: 'negate'
      /** The negated operand. */
      readonly operand: FormulaNode
      /** 0-based offset of the node's first character in the text. */
      readonly start: number
      /** 0-based offset just after the node's last character. */
      readonly end: number
    }

/**
 * A text that computes: `[label ':'] [name '='] expression [× 100%]`.
 *
 * - `label`: text before a colon, e.g. "实际购置的车辆数量" in "实际购置的车辆数量:实际数量/目标数量*100".
 * - `name`: the "name =" head, e.g. "数量完成率".
 * - `expression`: the computation **without** a trailing "×100%", "*100%" or "*100".
 * - `percent`: true when such a suffix was written: the formula expresses `expression` as a percent.
 * - `variables`: the distinct variable names of `expression`, in order of first appearance.
 *
 * @example
 * ```ts
 * import { parseFormula } from '@lw/perf-eval'
 * const f = parseFormula('数量完成率=实际完成数/预定目标数×100%')
 * // { kind: 'formula', name: '数量完成率', percent: true,
 * //   variables: ['实际完成数', '预定目标数'], expression: { type: 'binary', operator: '/', … }, … }
 * ```
 */
export interface ParsedFormula {
  /** Discriminant: a formula that computes. */
  readonly kind: 'formula'
  /** The text as given. */
  readonly text: string
  /** Text before a colon, or null. */
  readonly label: string | null
  /** The "name =" head, or null. */
  readonly name: string | null
  /** The computation, without a trailing ×100%. */
  readonly expression: FormulaNode
  /** True when a ×100% suffix was written. */
  readonly percent: boolean
  /** Distinct variable names of `expression`, in order of first appearance. */
  readonly variables: readonly string[]
}

/**
 * Why a text was taken as a criterion (指标内容) rather than a formula: `no-operator` — it does not
 * compute anything (a sentence, a single name, OCR debris without operators); `prose` — it has
 * operators but is written as sentences (with ，。；), such as a scoring rule "按B/A或A/B*该指标分值记分。".
 *
 * @example
 * ```ts
 * import type { CriterionReason } from '@lw/perf-eval'
 * const r: CriterionReason = 'prose'
 * ```
 */
export type CriterionReason = 'no-operator' | 'prose'

/**
 * A text that describes what is measured instead of computing it ("根据接待工作实际完成情况计算").
 * Not an error: the 计算公式或指标内容 column holds either.
 *
 * @example
 * ```ts
 * import { parseFormula } from '@lw/perf-eval'
 * parseFormula('根据接待工作实际完成情况计算')
 * // { kind: 'criterion', text: '根据接待工作实际完成情况计算', reason: 'no-operator' }
 * ```
 */
export interface FormulaCriterion {
  /** Discriminant: a criterion text. */
  readonly kind: 'criterion'
  /** The text as given. */
  readonly text: string
  /** Why it was not read as a formula. */
  readonly reason: CriterionReason
}

/**
 * A text that looks like a formula but cannot be read, is too long or nests too deeply. The finding
 * (`FORMULA_UNPARSEABLE`, `FORMULA_TOO_LONG` or `FORMULA_TOO_DEEP`) carries `offset`, the 0-based
 * character offset of the problem, and `position`, the same counted from 1 for people.
 *
 * @example
 * ```ts
 * import { parseFormula } from '@lw/perf-eval'
 * const r = parseFormula('实际完成数/')
 * if (r.kind === 'invalid') r.finding.params.offset // 6
 * ```
 */
export interface FormulaInvalid {
  /** Discriminant: a text that could not be read as a formula. */
  readonly kind: 'invalid'
  /** The text as given. */
  readonly text: string
  /** What is wrong and where (`FORMULA_UNPARSEABLE`, `FORMULA_TOO_LONG`, `FORMULA_TOO_DEEP`). */
  readonly finding: Finding
}

/**
 * What {@link parseFormula} returns: a formula, a criterion, or an invalid text with a finding.
 *
 * @example
 * ```ts
 * import { parseFormula, type FormulaParseResult } from '@lw/perf-eval'
 * const r: FormulaParseResult = parseFormula('脱贫人数/贫困人口总数')
 * r.kind // 'formula'
 * ```
 */
export type FormulaParseResult = ParsedFormula | FormulaCriterion | FormulaInvalid

/**
 * Options of {@link parseFormula}. Limits default to {@link FORMULA_LIMITS}.
 *
 * @example
 * ```ts
 * import type { ParseFormulaOptions } from '@lw/perf-eval'
 * const o: ParseFormulaOptions = { maxLength: 2000, locale: 'en' }
 * ```
 */
export interface ParseFormulaOptions {
  /** Longest text accepted, in characters (UTF-16 code units). Longer gives `FORMULA_TOO_LONG`. */
  readonly maxLength?: number | undefined
  /**
   * Deepest nesting of brackets and unary signs, and of operations in the returned tree ("a+b+c"
   * nests two). Deeper gives `FORMULA_TOO_DEEP`.
   */
  readonly maxDepth?: number | undefined
  /** Locale of finding messages. Default zh-CN. */
  readonly locale?: Locale | undefined
  /** Path of the formula inside a larger input, for findings. */
  readonly path?: readonly (string | number)[] | undefined
}

/**
 * A variable value for {@link evaluateFormula}: a decimal string ("5840.18", "６２１１．８９",
 * "95%"), a finite number (taken by its shortest decimal form) or a bigint.
 *
 * @example
 * ```ts
 * import type { FormulaValue } from '@lw/perf-eval'
 * const v: FormulaValue = '95%' // 0.95
 * ```
 */
export type FormulaValue = string | number | bigint

/**
 * Variable values by name: a `Map` or a plain object. Only own properties of a plain object are
 * read, so names like `__proto__` or `constructor` are ordinary variables.
 *
 * @example
 * ```ts
 * import type { FormulaVariables } from '@lw/perf-eval'
 * const vars: FormulaVariables = new Map([['实际完成数', '2']])
 * ```
 */
export type FormulaVariables =
  | ReadonlyMap<string, FormulaValue>
  | Readonly<Record<string, FormulaValue>>

/**
 * The result of {@link evaluateFormula}, a {@link Result}.
 *
 * - `data`: the expression **without** the percent suffix, as a canonical decimal string; for a
 *   percent formula this is the ratio ("0.8" for 80%).
 * - `percent`: for a percent formula, `data × 100` ("80", the number before the % sign); `null`
 *   for other formulas.
 *
 * Arithmetic is exact (rationals) and rounded once, at the end, to 60 significant digits.
 *
 * @example
 * ```ts
 * import { evaluateFormula } from '@lw/perf-eval'
 * evaluateFormula('实际完成数/预定目标数×100%', { 实际完成数: 1, 预定目标数: 2 })
 * // { success: true, data: '0.5', percent: '50' }
 * ```
 */
export type FormulaEvaluation =
  | (Success<DecimalString> & {
      /** `data × 100` for a percent formula, else null. */
      readonly percent: DecimalString | null
    })
  | Failure

/**
 * Options of {@link evaluateFormula}; when a text is given it is parsed with these too.
 *
 * @example
 * ```ts
 * import type { EvaluateFormulaOptions } from '@lw/perf-eval'
 * const o: EvaluateFormulaOptions = { locale: 'en', path: ['tasks', 0, 'indicators', 1] }
 * ```
 */
export type EvaluateFormulaOptions = ParseFormulaOptions
