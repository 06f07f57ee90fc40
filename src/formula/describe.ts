import type { Locale } from '../i18n/index'
import { checkBoolean, checkOptionalLocale, checkOptions, OptionError } from '../options/index'
import { parseFormula } from './parse'
import { isPlainName } from './tokenize'
import { fold } from './tree'
import type { FormulaNode, FormulaOperator, ParsedFormula } from './types'

/**
 * English names of variables and formula names common on Chinese self-evaluation forms, used by
 * {@link describeFormula} with `locale: 'en'`. Names not listed are shown as written. Extend it per
 * call with the `glossary` option.
 *
 * @example
 * ```ts
 * import { FORMULA_GLOSSARY } from '@lw/perf-eval'
 * FORMULA_GLOSSARY.get('实际完成数') // 'actual completed'
 * ```
 */
export const FORMULA_GLOSSARY: ReadonlyMap<string, string> = new Map([
  ['实际完成数', 'actual completed'],
  ['预定目标数', 'planned target'],
  ['计划完成数', 'planned'],
  ['计划数', 'planned'],
  ['目标数', 'target'],
  ['完成数', 'completed'],
  ['实际数量', 'actual quantity'],
  ['目标数量', 'target quantity'],
  ['计划数量', 'planned quantity'],
  ['实际分类数量', 'actually sorted quantity'],
  ['需分类总量', 'total to be sorted'],
  ['服务达标件数', 'services up to standard'],
  ['达标件数', 'items up to standard'],
  ['总件数', 'total items'],
  ['合格数', 'items passed'],
  ['总数', 'total'],
  ['脱贫人数', 'people lifted out of poverty'],
  ['贫困人口总数', 'total poor population'],
  ['满意人数', 'satisfied people'],
  ['总人数', 'total people'],
  ['调查总人数', 'people surveyed'],
  ['游览花市满意人数', 'satisfied flower-fair visitors'],
  ['游览花市总人数', 'total flower-fair visitors'],
  ['档位总数', 'total stalls'],
  ['档位实际租出数量', 'stalls actually rented'],
  ['项目满意人数', 'satisfied service users'],
  ['项目服务人数', 'people served'],
  ['实际支出数', 'actual expenditure'],
  ['年初预算数', 'initial budget'],
  ['全年预算数', 'full-year budget'],
  ['预算数', 'budget'],
  ['数量完成率', 'quantity completion rate'],
  ['完成率', 'completion rate'],
  ['垃圾分类率', 'waste sorting rate'],
  ['服务达标率', 'service compliance rate'],
  ['花市档位出租率', 'flower-fair stall rental rate'],
  ['满意度', 'satisfaction'],
  ['预算执行率', 'budget execution rate'],
])

/**
 * Options of {@link describeFormula}.
 *
 * @example
 * ```ts
 * import type { DescribeFormulaOptions } from '@lw/perf-eval'
 * const o: DescribeFormulaOptions = { locale: 'en', withName: true, glossary: { 档位总数: 'stalls' } }
 * ```
 */
export interface DescribeFormulaOptions {
  /** `zh-CN` (default) shows names as written; `en` translates names found in the glossary. */
  readonly locale?: Locale | undefined
  /** Prefix the "name =" head when the formula has one. Default false. */
  readonly withName?: boolean | undefined
  /** Extra English names, consulted before {@link FORMULA_GLOSSARY}. */
  readonly glossary?: ReadonlyMap<string, string> | Readonly<Record<string, string>> | undefined
}

const SYMBOL: Readonly<Record<FormulaOperator, string>> = { '+': '+', '-': '−', '*': '×', '/': '÷' }
const PRECEDENCE: Readonly<Record<FormulaOperator, number>> = { '+': 1, '-': 1, '*': 2, '/': 2 }
const ATOM = 4
const UNARY = 3

interface Rendered {
  readonly text: string
  readonly precedence: number
}

/** Renders a tree with the fewest brackets that keep its meaning. @internal */
export function renderNode(
  root: FormulaNode,
  nameOf: (name: string) => string = (n) => n,
): Rendered {
  return fold<Rendered>(root, (node, kids) => {
    switch (node.type) {
      case 'number':
        return { text: node.written, precedence: ATOM }
      case 'variable':
        return { text: nameOf(node.name), precedence: ATOM }
      case 'negate': {
        const operand = kids[0] ?? { text: '', precedence: ATOM }
        const inner = operand.precedence < UNARY ? `(${operand.text})` : operand.text
        return { text: `−${inner}`, precedence: UNARY }
      }
      case 'binary': {
        const p = PRECEDENCE[node.operator]
        const left = kids[0] ?? { text: '', precedence: ATOM }
        const right = kids[1] ?? { text: '', precedence: ATOM }
        // Subtraction and division are not associative: a − (b − c) keeps its brackets.
        const tightRight = node.operator === '-' || node.operator === '/'
        const l = left.precedence < p ? `(${left.text})` : left.text
        const r =
          right.precedence < p || (tightRight && right.precedence === p)
            ? `(${right.text})`
            : right.text
        return { text: `${l} ${SYMBOL[node.operator]} ${r}`, precedence: p }
      }
    }
  })
}

const BRACKETS: readonly (readonly [string, string])[] = [
  ['[', ']'],
  ['【', '】'],
  ['「', '」'],
  ['『', '』'],
  ['〔', '〕'],
]

function bracketed(name: string): string {
  const [open, close] = BRACKETS.find(([, c]) => !name.includes(c)) ?? ['[', ']']
  return `${open}${name}${close}`
}

function lookupIn(
  glossary: ReadonlyMap<string, string> | Readonly<Record<string, string>> | undefined,
  name: string,
): string | undefined {
  if (glossary === undefined) return undefined
  if (glossary instanceof Map) return (glossary as ReadonlyMap<string, string>).get(name)
  const record = glossary as Readonly<Record<string, string>>
  return Object.hasOwn(record, name) ? record[name] : undefined
}

/**
 * Renders a formula for people: `×` `÷` `−`, one space around operators, the fewest brackets that
 * keep its meaning, and "× 100%" for a percent formula. The Chinese rendering parses back to the
 * same formula: a name that is not a plain name keeps square brackets ("[a-b]"). In English, names found in the glossary
 * (the `glossary` option, then {@link FORMULA_GLOSSARY}) are translated; others stay as written.
 *
 * @param formula - a parsed formula, or a text to parse
 * @param options - locale, whether to show the name, extra glossary entries
 * @returns the rendering; for a text that is not a formula, `null`
 *
 * @example
 * ```ts
 * import { describeFormula, parseFormula } from '@lw/perf-eval'
 * describeFormula('数量完成率=实际完成数/预定目标数×100%') // '实际完成数 ÷ 预定目标数 × 100%'
 * describeFormula('数量完成率=实际完成数/预定目标数×100%', { locale: 'en' })
 * // 'actual completed ÷ planned target × 100%'
 * describeFormula('(a+b)/c*100', { withName: true }) // '(a + b) ÷ c × 100%'
 * describeFormula('根据接待工作实际完成情况计算') // null
 * ```
 */
export function describeFormula(formula: ParsedFormula, options?: DescribeFormulaOptions): string
export function describeFormula(
  formula: ParsedFormula | string,
  options?: DescribeFormulaOptions,
): string | null
export function describeFormula(
  formula: ParsedFormula | string,
  describeOptions?: DescribeFormulaOptions,
): string | null {
  const fn = 'describeFormula'
  const options = checkOptions(fn, describeOptions)
  checkOptionalLocale(fn, options.locale)
  checkBoolean(fn, 'withName', options.withName, false)
  const glossary: unknown = options.glossary
  if (glossary !== undefined && (typeof glossary !== 'object' || glossary === null)) {
    throw new OptionError(fn, 'glossary', glossary, 'a Map or an object of English names')
  }
  const parsed = typeof formula === 'string' ? parseFormula(formula) : formula
  if (parsed.kind !== 'formula') return null
  const english = options.locale === 'en'
  // A name as written that would not read back as one name ("[a-b]") keeps its brackets.
  const nameOf = (name: string) => {
    const translated = english
      ? (lookupIn(options.glossary, name) ?? FORMULA_GLOSSARY.get(name))
      : undefined
    if (translated !== undefined) return translated
    return isPlainName(name) ? name : bracketed(name)
  }
  const body = renderNode(parsed.expression, nameOf)
  let text = body.text
  if (parsed.percent) {
    text = `${body.precedence < 2 ? `(${text})` : text} × 100%`
  }
  if (options.withName === true && parsed.name !== null) text = `${nameOf(parsed.name)} = ${text}`
  return text
}
