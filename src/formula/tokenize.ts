/**
 * The tokenizer of the formula language: one left-to-right pass over the text, each character read
 * a bounded number of times, no regular expression over the input. Full-width forms are read
 * directly so that every token keeps its offset in the original text.
 * @internal
 */
import type { DecimalString } from '../money/decimal'
import type { FormulaOperator } from './types'

/** Why a token could not be read. @internal */
export type TokenProblem = 'unexpected-character' | 'unclosed-bracket' | 'empty-name'

/** One token, with its span in the original text. @internal */
export type Token =
  | {
      readonly kind: 'number'
      readonly value: DecimalString
      readonly written: string
      readonly start: number
      readonly end: number
    }
  | { readonly kind: 'name'; readonly name: string; readonly start: number; readonly end: number }
  | {
      readonly kind: 'op'
      readonly op: FormulaOperator
      readonly start: number
      readonly end: number
    }
  | {
      readonly kind: 'lparen' | 'rparen' | 'equals' | 'colon'
      readonly start: number
      readonly end: number
    }
  | {
      readonly kind: 'error'
      readonly problem: TokenProblem
      readonly char: string
      readonly start: number
      readonly end: number
    }

const OPERATORS: ReadonlyMap<number, FormulaOperator> = new Map<number, FormulaOperator>([
  [0x2b, '+'], // +
  [0xff0b, '+'], // ＋
  [0x2d, '-'], // -
  [0x2212, '-'], // − minus sign
  [0xff0d, '-'], // －
  [0x2013, '-'], // – en dash, as OCR renders a minus
  [0x2a, '*'], // *
  [0xff0a, '*'], // ＊
  [0xd7, '*'], // ×
  [0x2715, '*'], // ✕
  [0x2716, '*'], // ✖
  [0x2217, '*'], // ∗
  [0x2a2f, '*'], // ⨯
  [0x2f, '/'], // /
  [0xff0f, '/'], // ／
  [0xf7, '/'], // ÷
  [0x2215, '/'], // ∕
])

const PUNCTUATION: ReadonlyMap<number, 'lparen' | 'rparen' | 'equals' | 'colon'> = new Map([
  [0x28, 'lparen'],
  [0xff08, 'lparen'],
  [0x29, 'rparen'],
  [0xff09, 'rparen'],
  [0x3d, 'equals'],
  [0xff1d, 'equals'],
  [0x3a, 'colon'],
  [0xff1a, 'colon'],
] as const)

/** Opening bracket → closing bracket of a bracketed name such as "[实际完成数]". */
const NAME_BRACKETS: ReadonlyMap<number, number> = new Map([
  [0x5b, 0x5d], // [ ]
  [0xff3b, 0xff3d], // ［ ］
  [0x3010, 0x3011], // 【 】
  [0x300c, 0x300d], // 「 」
  [0x300e, 0x300f], // 『 』
  [0x3014, 0x3015], // 〔 〕
])

/** Percent-like signs after a number and the power of ten they divide by. */
const PERCENT_SIGNS: ReadonlyMap<number, { readonly shift: number; readonly sign: string }> =
  new Map([
    [0x25, { shift: 2, sign: '%' }],
    [0xff05, { shift: 2, sign: '%' }],
    [0x2030, { shift: 3, sign: '‰' }],
  ])

const LETTER = /^[\p{L}\p{Nl}\p{Mn}\p{Mc}]$/u
const NAME_PART_EXTRA = /^[\p{Nd}\p{No}\p{Pc}]$/u

/** Whitespace, including the ideographic space and the no-break space. @internal */
export function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x3000 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0xfeff
  )
}

function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10
  return -1
}

function isDecimalPoint(c: number): boolean {
  return c === 0x2e || c === 0xff0e
}

function isNameStart(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || cp === 0x5f
  if (cp >= 0x4e00 && cp <= 0x9fff) return true
  return LETTER.test(String.fromCodePoint(cp))
}

function isNamePart(cp: number): boolean {
  if (isNameStart(cp)) return true
  if (cp < 0x80) return cp >= 0x30 && cp <= 0x39
  return NAME_PART_EXTRA.test(String.fromCodePoint(cp))
}

/** Scripts written with spaces between words keep one space when a name wraps across them. */
function isSpacedScript(cp: number): boolean {
  return cp < 0x2e80
}

function codePointLength(cp: number): number {
  return cp > 0xffff ? 2 : 1
}

/**
 * A decimal literal from its integer and fraction digits, divided by 10^shift, canonical: no
 * leading zeros, no trailing fraction zeros. String work only, so a literal of any length is exact.
 */
function canonicalDecimal(intDigits: string, fracDigits: string, shift: number): DecimalString {
  let digits = intDigits + fracDigits
  const scale = fracDigits.length + shift
  if (digits.length <= scale) digits = '0'.repeat(scale - digits.length + 1) + digits
  const cut = digits.length - scale
  let first = 0
  while (first < cut - 1 && digits.charCodeAt(first) === 0x30) first++
  let last = digits.length
  while (last > cut && digits.charCodeAt(last - 1) === 0x30) last--
  const whole = digits.slice(first, cut)
  const fraction = digits.slice(cut, last)
  if (fraction === '' && whole === '0') return '0'
  return fraction === '' ? whole : `${whole}.${fraction}`
}

/**
 * Reads tokens one at a time, with a few tokens of lookahead; nothing is kept once consumed, so a
 * long text costs no token array. After an `error` token it reads nothing more: nothing after it
 * can be trusted.
 * @internal
 */
export class Lexer {
  private readonly text: string
  private readonly ahead: Token[] = []
  private at = 0
  private done = false

  constructor(text: string) {
    this.text = text
  }

  /** The token `k` places ahead (0 = the next one) without consuming it. */
  peek(k = 0): Token | undefined {
    while (this.ahead.length <= k && !this.done) {
      const token = this.read()
      if (token === undefined || token.kind === 'error') this.done = true
      if (token !== undefined) this.ahead.push(token)
    }
    return this.ahead[k]
  }

  /** Consumes and returns the next token. */
  next(): Token | undefined {
    this.peek(0)
    return this.ahead.shift()
  }

  private read(): Token | undefined {
    const text = this.text
    const n = text.length
    let i = this.at
    while (i < n && isSpace(text.charCodeAt(i))) i++
    if (i >= n) {
      this.at = n
      return undefined
    }
    const token = readToken(text, i)
    this.at = token.end
    return token
  }
}

function readToken(text: string, i: number): Token {
  const c = text.charCodeAt(i)
  const op = OPERATORS.get(c)
  if (op !== undefined) return { kind: 'op', op, start: i, end: i + 1 }
  const punct = PUNCTUATION.get(c)
  if (punct !== undefined) return { kind: punct, start: i, end: i + 1 }
  const close = NAME_BRACKETS.get(c)
  if (close !== undefined) return readBracketed(text, i, close)
  const startsNumber =
    digitValue(c) >= 0 ||
    (isDecimalPoint(c) && i + 1 < text.length && digitValue(text.charCodeAt(i + 1)) >= 0)
  if (startsNumber) return readNumber(text, i)
  const cp = text.codePointAt(i) ?? c
  if (isNameStart(cp)) return readName(text, i)
  return {
    kind: 'error',
    problem: 'unexpected-character',
    char: String.fromCodePoint(cp),
    start: i,
    end: i + codePointLength(cp),
  }
}

/** Splits a whole text into tokens, ending after the first `error` token. @internal */
export function tokenize(text: string): Token[] {
  const lexer = new Lexer(text)
  const tokens: Token[] = []
  for (let t = lexer.next(); t !== undefined; t = lexer.next()) tokens.push(t)
  return tokens
}

/** The run of digits from `i`, as ASCII digits, and where it ends. */
function readDigits(text: string, i: number): { digits: string; end: number } {
  let j = i
  let ascii = true
  while (j < text.length) {
    const c = text.charCodeAt(j)
    if (digitValue(c) < 0) break
    if (c > 0x39) ascii = false
    j++
  }
  if (ascii) return { digits: text.slice(i, j), end: j }
  let digits = ''
  for (let k = i; k < j; k++) digits += String(digitValue(text.charCodeAt(k)))
  return { digits, end: j }
}

function readNumber(text: string, start: number): Token {
  const n = text.length
  const whole = readDigits(text, start)
  let i = whole.end
  const intDigits = whole.digits === '' ? '0' : whole.digits
  let fracDigits = ''
  if (i + 1 < n && isDecimalPoint(text.charCodeAt(i)) && digitValue(text.charCodeAt(i + 1)) >= 0) {
    const fraction = readDigits(text, i + 1)
    fracDigits = fraction.digits
    i = fraction.end
  }
  let end = i
  let j = i
  while (j < n && isSpace(text.charCodeAt(j))) j++
  const percent = j < n ? PERCENT_SIGNS.get(text.charCodeAt(j)) : undefined
  let shift = 0
  let sign = ''
  if (percent !== undefined) {
    shift = percent.shift
    sign = percent.sign
    end = j + 1
  }
  const written = (fracDigits === '' ? intDigits : `${intDigits}.${fracDigits}`) + sign
  return {
    kind: 'number',
    value: canonicalDecimal(intDigits, fracDigits, shift),
    written,
    start,
    end,
  }
}

/**
 * Reads a name. Whitespace between two pieces of a name is where a table cell wrapped a line
 * ("实 际完成数"): it is dropped, except between two words of a spaced script ("actual count").
 */
function readName(text: string, start: number): Token {
  const n = text.length
  const pieces: string[] = []
  let i = start
  let end: number
  let pieceStart = start
  let lastCp = 0
  // ASCII letters and digits and the main CJK block are already in NFKC form: skip normalising.
  let stable = true
  for (;;) {
    while (i < n) {
      const cp = text.codePointAt(i) ?? 0
      if (!isNamePart(cp)) break
      if (stable && cp >= 0x80 && !(cp >= 0x4e00 && cp <= 0x9fff)) stable = false
      lastCp = cp
      i += codePointLength(cp)
    }
    pieces.push(text.slice(pieceStart, i))
    end = i
    let j = i
    while (j < n && isSpace(text.charCodeAt(j))) j++
    if (j === i || j >= n) break
    const next = text.codePointAt(j) ?? 0
    if (!isNameStart(next)) break
    if (isSpacedScript(lastCp) && isSpacedScript(next)) pieces.push(' ')
    i = j
    pieceStart = j
  }
  const name = pieces.length === 1 ? (pieces[0] ?? '') : pieces.join('')
  return { kind: 'name', name: stable ? name : name.normalize('NFKC'), start, end }
}

function readBracketed(text: string, start: number, close: number): Token {
  const end = text.indexOf(String.fromCharCode(close), start + 1)
  if (end < 0) {
    return {
      kind: 'error',
      problem: 'unclosed-bracket',
      char: text.charAt(start),
      start,
      end: start + 1,
    }
  }
  const name = collapseSpaces(text.slice(start + 1, end)).normalize('NFKC')
  if (name === '') {
    return { kind: 'error', problem: 'empty-name', char: text.charAt(start), start, end: end + 1 }
  }
  return { kind: 'name', name, start, end: end + 1 }
}

function collapseSpaces(s: string): string {
  let out = ''
  let pendingSpace = false
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (isSpace(c)) {
      pendingSpace = out !== ''
      continue
    }
    if (pendingSpace) out += ' '
    pendingSpace = false
    out += s.charAt(i)
  }
  return out
}

/** True when `name` reads back as exactly this one name, without brackets. @internal */
export function isPlainName(name: string): boolean {
  const tokens = tokenize(name)
  const only = tokens[0]
  return tokens.length === 1 && only?.kind === 'name' && only.name === name
}
