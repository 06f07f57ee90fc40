// Where JSON text goes wrong. Node 20's JSON.parse often names no position ("Unexpected token
// 'x', "[1,x]" is not valid JSON"), so the text is scanned again here, once it has failed, to
// find the first offending character and say what was expected there.

/** Where and why a JSON text is invalid: 1-based line and column, 0-based offset. */
export interface JsonErrorLocation {
  readonly offset: number
  readonly line: number
  readonly column: number
  readonly message: string
}

type Expect =
  | 'value'
  | 'key-or-end'
  | 'key'
  | 'colon'
  | 'comma-or-end-object'
  | 'comma-or-end-array'
  | 'value-or-end'
  | 'end'

const WHITESPACE = new Set([' ', '\t', '\n', '\r'])
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't'])

/** 1-based line and column (in characters) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let start = 0
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++
      start = i + 1
    }
  }
  // Columns count characters (code points), as editors do, not UTF-16 units.
  return { line, column: Array.from(text.slice(start, offset)).length + 1 }
}

function describe(ch: string | undefined): string {
  if (ch === undefined) return 'end of input'
  return `'${ch}'`
}

/** Scans a string literal from its opening quote; returns the offset after it or an error. */
function scanString(text: string, at: number): number | { offset: number; message: string } {
  let i = at + 1
  while (i < text.length) {
    const ch = text[i] ?? ''
    if (ch === '"') return i + 1
    if (ch === '\\') {
      const next = text[i + 1]
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          return { offset: i, message: 'bad \\u escape in string' }
        }
        i += 6
        continue
      }
      if (next === undefined || !ESCAPES.has(next))
        return { offset: i, message: 'bad escape in string' }
      i += 2
      continue
    }
    if (ch.charCodeAt(0) < 0x20)
      return { offset: i, message: 'unescaped control character in string' }
    i++
  }
  return { offset: at, message: 'unterminated string' }
}

/** Scans one scalar (string, number, literal) at `at`; returns its end or an error. */
function scanScalar(text: string, at: number): number | { offset: number; message: string } {
  const ch = text[at]
  if (ch === '"') return scanString(text, at)
  for (const word of ['true', 'false', 'null']) {
    if (text.startsWith(word, at)) return at + word.length
  }
  NUMBER.lastIndex = at
  const m = NUMBER.exec(text)
  if (m !== null && m[0] !== '' && m[0] !== '-') return at + m[0].length
  return { offset: at, message: `unexpected ${describe(ch)}, expected a value` }
}

const EXPECTED: Readonly<Record<Expect, string>> = {
  value: 'a value',
  'value-or-end': "a value or ']'",
  'key-or-end': "a double-quoted property name or '}'",
  key: 'a double-quoted property name',
  colon: "':'",
  'comma-or-end-object': "',' or '}'",
  'comma-or-end-array': "',' or ']'",
  end: 'the end of input',
}

/**
 * Finds the first error of a JSON text, or null when the text is valid JSON. Iterative, so a
 * deeply nested input cannot overflow the stack.
 */
export function findJsonError(text: string): JsonErrorLocation | null {
  const stack: ('object' | 'array')[] = []
  let expect: Expect = 'value'
  let i = 0
  const fail = (offset: number, message: string): JsonErrorLocation => ({
    offset,
    ...lineColumn(text, offset),
    message,
  })
  // What may follow a complete value: depends on the container it sits in, if any.
  const afterValue = (): Expect => {
    const top = stack[stack.length - 1]
    if (top === undefined) return 'end'
    return top === 'object' ? 'comma-or-end-object' : 'comma-or-end-array'
  }
  for (;;) {
    while (i < text.length && WHITESPACE.has(text[i] ?? '')) i++
    const ch = text[i]
    if (expect === 'end') {
      return ch === undefined
        ? null
        : fail(i, `unexpected ${describe(ch)} after the end of the JSON value`)
    }
    if (ch === undefined) return fail(i, `unexpected end of input, expected ${EXPECTED[expect]}`)
    switch (expect) {
      case 'value':
      case 'value-or-end':
        if (ch === ']' && expect === 'value-or-end') {
          stack.pop()
          i++
          expect = afterValue()
        } else if (ch === '{') {
          stack.push('object')
          expect = 'key-or-end'
          i++
        } else if (ch === '[') {
          stack.push('array')
          expect = 'value-or-end'
          i++
        } else {
          const end = scanScalar(text, i)
          if (typeof end !== 'number') return fail(end.offset, end.message)
          i = end
          expect = afterValue()
        }
        break
      case 'key-or-end':
      case 'key':
        if (ch === '}' && expect === 'key-or-end') {
          stack.pop()
          i++
          expect = afterValue()
        } else if (ch === '"') {
          const end = scanString(text, i)
          if (typeof end !== 'number') return fail(end.offset, end.message)
          i = end
          expect = 'colon'
        } else {
          return fail(i, `unexpected ${describe(ch)}, expected ${EXPECTED[expect]}`)
        }
        break
      case 'colon':
        if (ch !== ':') return fail(i, `unexpected ${describe(ch)}, expected ':'`)
        i++
        expect = 'value'
        break
      case 'comma-or-end-object':
      case 'comma-or-end-array': {
        const close = expect === 'comma-or-end-object' ? '}' : ']'
        if (ch === ',') {
          i++
          expect = expect === 'comma-or-end-object' ? 'key' : 'value'
        } else if (ch === close) {
          stack.pop()
          i++
          expect = afterValue()
        } else {
          return fail(i, `unexpected ${describe(ch)}, expected ${EXPECTED[expect]}`)
        }
        break
      }
    }
  }
}

/** Parses JSON; on failure says where (line, column) and why. A leading BOM is ignored. */
export function parseJson(
  raw: string,
): { ok: true; value: unknown } | { ok: false; error: JsonErrorLocation } {
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch (err) {
    const found = findJsonError(text)
    if (found !== null) return { ok: false, error: found }
    // The scanner accepts what JSON.parse rejects: fall back on the position it gives, if any.
    const message = err instanceof Error ? err.message : String(err)
    const at = /position (\d+)/.exec(message)
    const offset = at === null ? 0 : Number(at[1])
    return { ok: false, error: { offset, ...lineColumn(text, offset), message } }
  }
}
