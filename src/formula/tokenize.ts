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
 * Splits a text into tokens. Stops after the first `error` token: nothing after it can be trusted.
 * @internal
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  const n = text.length
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    if (isSpace(c)) {
      i++
      continue
    }
    const op = OPERATORS.get(c)
    if (op !== undefined) {
      tokens.push({ kind: 'op', op, start: i, end: i + 1 })
      i++
      continue
    }
    const punct = PUNCTUATION.get(c)
    if (punct !== undefined) {
      tokens.push({ kind: punct, start: i, end: i + 1 })
      i++
      continue
    }
    let token: Token
    const close = NAME_BRACKETS.get(c)
    if (close !== undefined) token = readBracketed(text, i, close)
    else if (
      digitValue(c) >= 0 ||
      (isDecimalPoint(c) && i + 1 < n && digitValue(text.charCodeAt(i + 1)) >= 0)
    )
      token = readNumber(text, i)
    else {
      const cp = text.codePointAt(i) ?? c
      token = isNameStart(cp)
        ? readName(text, i)
        : {
            kind: 'error',
            problem: 'unexpected-character',
            char: String.fromCodePoint(cp),
            start: i,
            end: i + codePointLength(cp),
          }
    }
    tokens.push(token)
    if (token.kind === 'error') break
    i = token.end
  }
  return tokens
}

function readNumber(text: string, start: number): Token {
  const n = text.length
  let i = start
  let intDigits = ''
  let fracDigits = ''
  while (i < n) {
    const d = digitValue(text.charCodeAt(i))
    if (d < 0) break
    intDigits += String(d)
    i++
  }
  if (i + 1 < n && isDecimalPoint(text.charCodeAt(i)) && digitValue(text.charCodeAt(i + 1)) >= 0) {
    i++
    while (i < n) {
      const d = digitValue(text.charCodeAt(i))
      if (d < 0) break
      fracDigits += String(d)
      i++
    }
  }
  if (intDigits === '') intDigits = '0'
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
  for (;;) {
    while (i < n) {
      const cp = text.codePointAt(i) ?? 0
      if (!isNamePart(cp)) break
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
  return { kind: 'name', name: pieces.join('').normalize('NFKC'), start, end }
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
