// Terminal display width: East Asian wide and fullwidth characters take two columns, combining
// marks none. Ambiguous-width characters (“ ” — ≥) count as one, as wcwidth does.

/** [from, to] code point ranges of width 2, sorted. */
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x231a, 0x231b],
  [0x2329, 0x232a],
  [0x23e9, 0x23ec],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
]

/** [from, to] code point ranges of width 0. */
const ZERO: readonly (readonly [number, number])[] = [
  [0x0300, 0x036f],
  [0x0483, 0x0489],
  [0x200b, 0x200f],
  [0x20d0, 0x20ff],
  [0xfe00, 0xfe0f],
  [0xfe20, 0xfe2f],
  [0xfeff, 0xfeff],
]

function inRanges(cp: number, ranges: readonly (readonly [number, number])[]): boolean {
  let lo = 0
  let hi = ranges.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const range = ranges[mid]
    if (range === undefined) return false
    if (cp < range[0]) hi = mid - 1
    else if (cp > range[1]) lo = mid + 1
    else return true
  }
  return false
}

/** Columns one code point takes in a terminal. @internal */
export function charWidth(cp: number): 0 | 1 | 2 {
  if (cp < 0x300) return 1
  if (inRanges(cp, ZERO)) return 0
  return inRanges(cp, WIDE) ? 2 : 1
}

/**
 * Columns a string takes in a terminal (CJK counts double). Line breaks are not expected here.
 * @internal
 */
export function displayWidth(text: string): number {
  let width = 0
  for (const ch of text) width += charWidth(ch.codePointAt(0) ?? 0)
  return width
}

/** Pads to a display width, on the right (left-aligned) or on the left. @internal */
export function pad(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)))
  return align === 'right' ? fill + text : text + fill
}

// Chinese line breaking: these never start a line, so they stay with what comes before.
const NO_BREAK_BEFORE = '，。、；：？！）》」』】〕〉”’,.;:!?)]}%…·'
// …and these never end one.
const NO_BREAK_AFTER = '（《「『【〔〈“‘([{'

function isWide(ch: string): boolean {
  return charWidth(ch.codePointAt(0) ?? 0) === 2
}

/** Splits a line into unbreakable pieces: a Latin word, one CJK character, or a space run. */
function tokens(line: string): string[] {
  const out: string[] = []
  // A Latin word being built, or opening brackets waiting for what follows them.
  let word = ''
  let opening = false
  const flush = () => {
    if (word !== '') out.push(word)
    word = ''
    opening = false
  }
  for (const ch of line) {
    if (ch === ' ') {
      flush()
      const last = out[out.length - 1]
      if (last?.startsWith(' ') === true) out[out.length - 1] = `${last} `
      else out.push(' ')
    } else if (NO_BREAK_BEFORE.includes(ch)) {
      const last = out[out.length - 1]
      if (word === '' && last !== undefined && !last.startsWith(' '))
        out[out.length - 1] = last + ch
      else {
        word += ch
        opening = false
      }
    } else if (NO_BREAK_AFTER.includes(ch) && (word === '' || opening || isWide(ch))) {
      // An opening bracket may start a new piece only where a break is allowed anyway.
      if (!opening) flush()
      word += ch
      opening = true
    } else if (isWide(ch)) {
      if (opening) {
        out.push(word + ch)
        word = ''
        opening = false
      } else {
        flush()
        out.push(ch)
      }
    } else {
      word += ch
      opening = false
    }
  }
  flush()
  return out
}

/** The widest piece a text can never be broken inside (a Latin word, a number), in columns. @internal */
export function widestToken(text: string): number {
  let widest = 0
  for (const line of text.split('\n')) {
    for (const token of tokens(line))
      if (!token.startsWith(' ')) widest = Math.max(widest, displayWidth(token))
  }
  return widest
}

/** Cuts a piece too wide for any line into pieces that fit. */
function hardSplit(piece: string, width: number): string[] {
  const out: string[] = []
  let current = ''
  let w = 0
  for (const ch of piece) {
    const cw = charWidth(ch.codePointAt(0) ?? 0)
    if (w + cw > width && current !== '') {
      out.push(current)
      current = ''
      w = 0
    }
    current += ch
    w += cw
  }
  if (current !== '') out.push(current)
  return out
}

/**
 * Wraps text to lines of at most `width` display columns: at spaces, between CJK characters,
 * never before closing punctuation; a word longer than a line is cut. Keeps the text's own line
 * breaks. Always returns at least one line.
 * @internal
 */
export function wrapText(text: string, width: number): string[] {
  const limit = Math.max(1, Math.floor(width))
  const lines: string[] = []
  for (const paragraph of text.split('\n')) {
    let line = ''
    let w = 0
    for (const token of tokens(paragraph)) {
      const tw = displayWidth(token)
      if (token.startsWith(' ')) {
        if (line === '') continue
        if (w + tw < limit) {
          line += token
          w += tw
        } else {
          lines.push(line)
          line = ''
          w = 0
        }
        continue
      }
      if (w + tw <= limit) {
        line += token
        w += tw
        continue
      }
      if (line.trimEnd() !== '') lines.push(line.trimEnd())
      line = ''
      w = 0
      const parts = tw > limit ? hardSplit(token, limit) : [token]
      for (const [i, part] of parts.entries()) {
        if (i < parts.length - 1) lines.push(part)
        else {
          line = part
          w = displayWidth(part)
        }
      }
    }
    lines.push(line.trimEnd())
  }
  return lines
}
