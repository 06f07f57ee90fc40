import { type Finding, makeFinding } from '../findings/index'
import { type Bilingual, fillTemplate, type Locale, pick, shownText } from '../i18n/index'
import { checkOptionalLocale, checkOptions, checkPath, OptionError } from '../options/index'
import { FORMULA_LIMITS } from './limits'
import { Lexer, type TokenProblem } from './tokenize'
import type {
  FormulaNode,
  FormulaOperator,
  FormulaParseResult,
  ParsedFormula,
  ParseFormulaOptions,
} from './types'

/** Why a text could not be read as a formula; the `problem` param of `FORMULA_UNPARSEABLE`. @internal */
export type SyntaxProblem =
  | TokenProblem
  | 'missing-operand'
  | 'missing-operator'
  | 'unclosed-paren'
  | 'unmatched-paren'
  | 'misplaced-equals'
  | 'misplaced-colon'
  | 'unexpected-end'
  | 'empty'
  | 'not-text'
  | 'criterion'

/** Its words in both locales; a report reads them to write a finding in another locale. @internal */
export const PROBLEM_TEXT: Readonly<Record<SyntaxProblem, Bilingual>> = {
  'unexpected-character': {
    'zh-CN': '无法识别的字符“{char}”',
    en: 'unexpected character "{char}"',
  },
  'unclosed-bracket': {
    'zh-CN': '以“{char}”开始的名称没有闭合',
    en: 'the name bracketed by "{char}" is never closed',
  },
  'empty-name': { 'zh-CN': '括号内的名称为空', en: 'the bracketed name is empty' },
  'missing-operand': {
    'zh-CN': '此处应为数字、名称或“(”',
    en: 'a number, a name or "(" is expected here',
  },
  'missing-operator': {
    'zh-CN': '两个数字或名称之间缺少运算符',
    en: 'an operator is missing between two numbers or names',
  },
  'unclosed-paren': { 'zh-CN': '“(”没有闭合', en: 'this "(" is never closed' },
  'unmatched-paren': { 'zh-CN': '“)”没有对应的“(”', en: 'this ")" has no matching "("' },
  'misplaced-equals': {
    'zh-CN': '“=”只能紧跟在开头的指标名称之后',
    en: '"=" may only follow the name at the start',
  },
  'misplaced-colon': {
    'zh-CN': '“:”只能紧跟在开头的说明之后',
    en: '":" may only follow a label at the start',
  },
  'unexpected-end': { 'zh-CN': '公式不完整', en: 'the formula ends too early' },
  empty: { 'zh-CN': '内容为空', en: 'it is empty' },
  'not-text': { 'zh-CN': '不是文本', en: 'it is not text' },
  criterion: {
    'zh-CN': '这是指标内容说明，不是计算公式',
    en: 'it describes a criterion, not a computation',
  },
}

type Pending =
  | { readonly kind: 'paren'; readonly start: number }
  | { readonly kind: 'binary'; readonly op: FormulaOperator; readonly start: number }
  | { readonly kind: 'unary'; readonly negate: boolean; readonly start: number }

const PRECEDENCE: Readonly<Record<FormulaOperator, number>> = { '+': 1, '-': 1, '*': 2, '/': 2 }

interface ExpressionOk {
  readonly kind: 'ok'
  readonly expression: FormulaNode
  readonly operators: number
  readonly variables: readonly string[]
}
interface SyntaxFailure {
  readonly kind: 'syntax'
  readonly problem: SyntaxProblem
  readonly offset: number
  readonly char: string
}
interface DepthFailure {
  readonly kind: 'depth'
  readonly offset: number
}
type ExpressionOutcome = ExpressionOk | SyntaxFailure | DepthFailure

const syntax = (problem: SyntaxProblem, offset: number, char = ''): SyntaxFailure => ({
  kind: 'syntax',
  problem,
  offset,
  char,
})

/**
 * Operands waiting for their operator, and the operators waiting for their operands. Each operand
 * carries the depth of its tree: a chain of operators nests as deep as it is long ("a+b+c" is two
 * levels), and a tree deeper than `maxDepth` would overflow the call stack of whoever walks it
 * recursively — `JSON.stringify` first — so it is refused like deep brackets.
 */
class Builder {
  readonly output: FormulaNode[] = []
  /** The depth of each tree on `output`, in the same order. */
  readonly depths: number[] = []
  readonly pending: Pending[] = []
  nesting = 0
  operators = 0
  /** Where the tree first grew deeper than `maxDepth`, or null. */
  tooDeepAt: number | null = null

  constructor(private readonly maxDepth: number) {}

  /** Pushes an operand: a number or a variable, a tree of depth 0. */
  operand(node: FormulaNode): void {
    this.output.push(node)
    this.depths.push(0)
  }

  /** Applies the top pending operator to the operands on the output stack. */
  reduce(): void {
    const top = this.pending.pop()
    if (top === undefined || top.kind === 'paren') return
    const right = this.output.pop()
    const rightDepth = this.depths.pop() ?? 0
    if (right === undefined) return
    if (top.kind === 'unary') {
      this.nesting--
      if (!top.negate) {
        this.output.push(right)
        this.depths.push(rightDepth)
        return
      }
      this.push(
        { type: 'negate', operand: right, start: top.start, end: right.end },
        rightDepth + 1,
        top.start,
      )
      return
    }
    const left = this.output.pop()
    const leftDepth = this.depths.pop() ?? 0
    if (left === undefined) return
    this.operators++
    this.push(
      { type: 'binary', operator: top.op, left, right, start: left.start, end: right.end },
      Math.max(leftDepth, rightDepth) + 1,
      top.start,
    )
  }

  private push(node: FormulaNode, depth: number, offset: number): void {
    this.output.push(node)
    this.depths.push(depth)
    if (depth > this.maxDepth && this.tooDeepAt === null) this.tooDeepAt = offset
  }

  /** Reduces while the top operator binds at least as tightly as `op` (all four are left-associative). */
  reduceFor(op: FormulaOperator): void {
    for (let top = this.pending.at(-1); top !== undefined; top = this.pending.at(-1)) {
      if (top.kind === 'paren') return
      if (top.kind === 'binary' && PRECEDENCE[top.op] < PRECEDENCE[op]) return
      this.reduce()
    }
  }
}

/**
 * Shunting-yard over the remaining tokens: an explicit stack instead of recursion, so nesting
 * depth costs memory, never call stack, and each token is handled once.
 */
function parseExpression(lexer: Lexer, maxDepth: number, textLength: number): ExpressionOutcome {
  const b = new Builder(maxDepth)
  const variables = new Set<string>()
  let expectOperand = true
  for (let tok = lexer.next(); tok !== undefined; tok = lexer.next()) {
    if (tok.kind === 'error') return syntax(tok.problem, tok.start, tok.char)
    if (tok.kind === 'equals') return syntax('misplaced-equals', tok.start, '=')
    if (tok.kind === 'colon') return syntax('misplaced-colon', tok.start, ':')
    if (expectOperand) {
      if (tok.kind === 'number') {
        b.operand({
          type: 'number',
          value: tok.value,
          written: tok.written,
          start: tok.start,
          end: tok.end,
        })
        expectOperand = false
      } else if (tok.kind === 'name') {
        b.operand({ type: 'variable', name: tok.name, start: tok.start, end: tok.end })
        variables.add(tok.name)
        expectOperand = false
      } else if (tok.kind === 'lparen') {
        b.pending.push({ kind: 'paren', start: tok.start })
        if (++b.nesting > maxDepth) return { kind: 'depth', offset: tok.start }
      } else if (tok.kind === 'op' && (tok.op === '+' || tok.op === '-')) {
        b.pending.push({ kind: 'unary', negate: tok.op === '-', start: tok.start })
        if (++b.nesting > maxDepth) return { kind: 'depth', offset: tok.start }
      } else {
        return syntax('missing-operand', tok.start)
      }
    } else if (tok.kind === 'op') {
      b.reduceFor(tok.op)
      if (b.tooDeepAt !== null) return { kind: 'depth', offset: b.tooDeepAt }
      b.pending.push({ kind: 'binary', op: tok.op, start: tok.start })
      expectOperand = true
    } else if (tok.kind === 'rparen') {
      for (
        let top = b.pending.at(-1);
        top !== undefined && top.kind !== 'paren';
        top = b.pending.at(-1)
      ) {
        b.reduce()
      }
      if (b.tooDeepAt !== null) return { kind: 'depth', offset: b.tooDeepAt }
      if (b.pending.pop() === undefined) return syntax('unmatched-paren', tok.start, ')')
      b.nesting--
    } else {
      return syntax('missing-operator', tok.start)
    }
  }
  if (expectOperand) return syntax('unexpected-end', textLength)
  for (let top = b.pending.at(-1); top !== undefined; top = b.pending.at(-1)) {
    if (top.kind === 'paren') return syntax('unclosed-paren', top.start, '(')
    b.reduce()
  }
  if (b.tooDeepAt !== null) return { kind: 'depth', offset: b.tooDeepAt }
  const expression = b.output[0]
  if (b.output.length !== 1 || expression === undefined) return syntax('unexpected-end', textLength)
  return { kind: 'ok', expression, operators: b.operators, variables: [...variables] }
}

/** "×100%", "*100%" or "*100" at the end: the formula is a percent of what precedes it. */
function splitPercent(expression: FormulaNode): { expression: FormulaNode; percent: boolean } {
  if (expression.type === 'binary' && expression.operator === '*') {
    const r = expression.right
    if (r.type === 'number') {
      const hundred = r.written.endsWith('%')
        ? r.value === '1'
        : !r.written.endsWith('‰') && r.value === '100'
      if (hundred) return { expression: expression.left, percent: true }
    }
  }
  return { expression, percent: false }
}

const COMPUTING = new Set(['=', '＝', '/', '／', '÷', '∕', '*', '＊', '×', '✕', '✖', '∗', '⨯'])
const PROSE = new Set(['，', ',', '。', '；', ';', '！', '!', '？', '?', '、'])

function containsAny(text: string, chars: ReadonlySet<string>): boolean {
  for (const ch of text) if (chars.has(ch)) return true
  return false
}

function limit(value: number | undefined, fallback: number): number {
  return value ?? fallback
}

/** A limit is a number from 0 up; `Infinity` lifts it. */
function checkLimit(fn: string, option: string, value: unknown): void {
  if (value === undefined || (typeof value === 'number' && value >= 0)) return
  throw new OptionError(fn, option, value, 'a number from 0 (Infinity lifts the limit)')
}

/**
 * Checks the options of the formula functions that parse (limits, locale, path); returns them.
 * @internal
 */
export function checkParseFormulaOptions(
  fn: string,
  options: ParseFormulaOptions | undefined,
): ParseFormulaOptions {
  const o = checkOptions(fn, options)
  checkLimit(fn, 'maxLength', o.maxLength)
  checkLimit(fn, 'maxDepth', o.maxDepth)
  checkOptionalLocale(fn, o.locale)
  checkPath(fn, o.path)
  return o
}

/** The text without sentence punctuation and spaces at its end; offsets before it are unchanged. */
function withoutClosingPunctuation(text: string): string {
  let end = text.length
  while (end > 0 && CLOSING_PUNCTUATION.has(text[end - 1] ?? '')) end--
  return end === text.length ? text : text.slice(0, end)
}

const CLOSING_PUNCTUATION: ReadonlySet<string> = new Set(Array.from('；;。.，,、 \t\n\u3000'))

/**
 * Reads a 计算公式或指标内容 cell: a formula, a criterion text, or an invalid formula with a finding.
 *
 * Grammar (full-width forms accepted everywhere):
 * `[label (: ：)] [name (= ＝)] expression`, where an expression is built from numbers ("100",
 * "０.５", "95%", "3‰"), names (Chinese or ASCII letters, digits after the first character, or any
 * text in [ ] 【 】 「 」), `+ - * /` and their forms `× ÷ ＋ － − ＊ ／`, and brackets `( )` `（ ）`.
 * A trailing "×100%", "*100%" or "*100" sets `percent` and is removed from the expression.
 *
 * A text with no operator and no "name =" head, or one written as prose (with ，。；) that does not
 * parse, is a criterion — not an error. Only text that computes but cannot be read is `invalid`.
 * Text over `maxLength` or nested deeper than `maxDepth` ({@link FORMULA_LIMITS}) is refused with a
 * finding. No `eval`, no `Function`, no regular expression over the input; time is linear in the
 * length of the text and nothing recurses. Never throws on the text; an option it cannot honour
 * throws `OptionError`.
 *
 * @param text - the cell text
 * @param parseOptions - limits, locale and path of findings
 * @returns a {@link ParsedFormula}, a {@link FormulaCriterion} or a {@link FormulaInvalid}
 *
 * @example
 * ```ts
 * import { parseFormula } from '@lw/perf-eval'
 * const f = parseFormula('花市档位出租率=(档位总数/档位实际租出数量)*100%')
 * // { kind: 'formula', name: '花市档位出租率', percent: true,
 * //   variables: ['档位总数', '档位实际租出数量'], … }
 * parseFormula('实际购置的车辆数量:实际数量/目标数量*100')
 * // { kind: 'formula', label: '实际购置的车辆数量', name: null, percent: true, … }
 * parseFormula('根据接待工作实际完成情况计算').kind // 'criterion'
 * parseFormula('(实际完成数/预定目标数').kind // 'invalid' (FORMULA_UNPARSEABLE at offset 0)
 * ```
 */
export function parseFormula(text: string, parseOptions?: ParseFormulaOptions): FormulaParseResult {
  const options = checkParseFormulaOptions('parseFormula', parseOptions)
  const source: unknown = text
  if (typeof source !== 'string') return invalidSyntax('', syntax('not-text', 0), options)
  const maxLength = limit(options.maxLength, FORMULA_LIMITS.maxLength)
  if (text.length > maxLength) {
    const finding = makeFinding(
      'FORMULA_TOO_LONG',
      options.path ?? [],
      { text: shownText(text), length: text.length, maxLength },
      { locale: options.locale },
    )
    return { kind: 'invalid', text, finding }
  }
  // A cell often ends its formula like a sentence ("…×100%；"): that end is not part of it.
  const lexer = new Lexer(withoutClosingPunctuation(text))
  if (lexer.peek() === undefined) return invalidSyntax(text, syntax('empty', 0), options)

  let label: string | null = null
  let name: string | null = null
  const first = lexer.peek(0)
  if (first?.kind === 'name' && lexer.peek(1)?.kind === 'colon') {
    label = first.name
    lexer.next()
    lexer.next()
  }
  const head = lexer.peek(0)
  if (head?.kind === 'name' && lexer.peek(1)?.kind === 'equals') {
    name = head.name
    lexer.next()
    lexer.next()
  }

  const maxDepth = limit(options.maxDepth, FORMULA_LIMITS.maxDepth)
  const outcome = parseExpression(lexer, maxDepth, text.length)
  if (outcome.kind === 'depth') {
    const finding = makeFinding(
      'FORMULA_TOO_DEEP',
      options.path ?? [],
      { text: shownText(text), offset: outcome.offset, position: outcome.offset + 1, maxDepth },
      { locale: options.locale },
    )
    return { kind: 'invalid', text, finding }
  }
  if (outcome.kind === 'syntax') {
    if (!containsAny(text, COMPUTING)) return { kind: 'criterion', text, reason: 'no-operator' }
    if (containsAny(text, PROSE)) return { kind: 'criterion', text, reason: 'prose' }
    return invalidSyntax(text, outcome, options)
  }
  if (outcome.operators === 0 && name === null) {
    return { kind: 'criterion', text, reason: 'no-operator' }
  }
  const { expression, percent } = splitPercent(outcome.expression)
  const formula: ParsedFormula = {
    kind: 'formula',
    text,
    label,
    name,
    expression,
    percent,
    variables: outcome.variables,
  }
  return formula
}

function invalidSyntax(
  text: string,
  failure: SyntaxFailure,
  options: ParseFormulaOptions,
): FormulaParseResult {
  return { kind: 'invalid', text, finding: syntaxFinding(text, failure, options) }
}

/** The `FORMULA_UNPARSEABLE` finding of a syntax failure. @internal */
export function syntaxFinding(
  text: string,
  failure: { readonly problem: SyntaxProblem; readonly offset: number; readonly char: string },
  options: {
    readonly locale?: Locale | undefined
    readonly path?: readonly (string | number)[] | undefined
  },
): Finding {
  const reason = fillTemplate(pick(PROBLEM_TEXT[failure.problem], options.locale), {
    char: failure.char,
  })
  return makeFinding(
    'FORMULA_UNPARSEABLE',
    options.path ?? [],
    {
      text: shownText(text),
      offset: failure.offset,
      position: failure.offset + 1,
      problem: failure.problem,
      reason,
    },
    { locale: options.locale },
  )
}
