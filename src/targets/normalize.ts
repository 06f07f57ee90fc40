import { dropPinyinGlosses, toSimplifiedChar } from './hanzi'
import { withinTargetLimits } from './limits'
import { isSpaceCode } from './space'

/**
 * Characters people (and OCR) put where a comparator, a dash or a unit sign belongs, folded to one
 * spelling each. NFKC already folds full-width forms (＞ ＝ ％ ～ －) and small forms (﹥ ﹦ ﹪);
 * these are the ones it leaves alone because they are distinct symbols that merely look alike.
 */
const FOLD: ReadonlyMap<string, string> = new Map([
  // ≥ and its look-alikes; "not less than" means the same.
  ...['≧', '⩾', '≽', '⋝', '≳', '⪰', '⪖', '≮'].map((c) => [c, '≥'] as const),
  ...['≦', '⩽', '≼', '⋜', '≲', '⪯', '⪕', '≯'].map((c) => [c, '≤'] as const),
  ...['›', '˃', 'ᐳ', '〉', '〉', '⟩'].map((c) => [c, '>'] as const),
  ...['‹', '˂', 'ᐸ', '〈', '〈', '⟨'].map((c) => [c, '<'] as const),
  ...['꞊', '᐀', '⹀', '゠', '〓', '═', '≡', '⩵'].map((c) => [c, '='] as const),
  ...['〜', '∼', '⁓'].map((c) => [c, '~'] as const),
  ...['−', '⁻', '₋', '–', '—', '‐', '‑', '‒', '﹣', '―'].map((c) => [c, '-'] as const),
  ...['٪', '⁒'].map((c) => [c, '%'] as const),
  // Keep the superscript: NFKC would turn m² into "m2".
  ['²', '²'],
  ['³', '³'],
  ['㎡', 'm²'],
  ['㎥', 'm³'],
  ['㎢', 'km²'],
  ['㎞', 'km'],
  ['㎏', 'kg'],
])

/** Two-character comparator spellings folded to one glyph. */
const DIGRAPHS: ReadonlyMap<string, string> = new Map([
  ['>=', '≥'],
  ['=>', '≥'],
  ['≥=', '≥'],
  ['<=', '≤'],
  ['=<', '≤'],
  ['≤=', '≤'],
  ['==', '='],
])

function foldChar(ch: string): string {
  const folded = FOLD.get(ch)
  if (folded !== undefined) return folded
  const cp = ch.codePointAt(0) ?? 0
  // ASCII and the common CJK block are already normal (but for traditional characters); skip the
  // costly call for them.
  if (cp < 0x80) return ch
  if (cp >= 0x4e00 && cp <= 0x9fff) return toSimplifiedChar(ch)
  const known = FOLDED.get(ch)
  if (known !== undefined) return known
  const n = ch.normalize('NFKC')
  // A compatibility form can fold to a traditional character (the radical ⼾ to 戶): fold on.
  const result = FOLD.get(n) ?? Array.from(n, toSimplifiedChar).join('')
  if (FOLDED.size < FOLDED_MAX) FOLDED.set(ch, result)
  return result
}

// What NFKC makes of the other characters met (Chinese punctuation, mostly: "，" → ","), kept so
// that each is normalised once per process rather than once per occurrence. Capped, so that a
// text of many distinct rare characters cannot grow it without bound.
const FOLDED = new Map<string, string>()
const FOLDED_MAX = 4096

function isAsciiLetter(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'))
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9'
}

/**
 * Whether the fold below would return the text unchanged, decided in one cheap scan: printable
 * ASCII other than the characters a fold can start from ('=' of a digraph, ',' of a grouping
 * comma, '(' of a pinyin gloss, white space), simplified ideographs, and other characters that
 * fold to themselves (Chinese punctuation such as "。" and "、"; not "，", which folds to ","). Most cells are such
 * text; they skip the per-character copy (issue 17: a tenth of evaluate's time was spent here).
 */
function isAlreadyNormal(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) {
      // 0x21–0x7e but '=' (0x3d), ',' (0x2c), '(' (0x28); controls and space are folded away.
      if (c <= 0x20 || c === 0x7f || c === 0x3d || c === 0x2c || c === 0x28) return false
    } else if (c >= 0x4e00 && c <= 0x9fff) {
      const ch = text.charAt(i)
      if (toSimplifiedChar(ch) !== ch) return false
    } else if (c >= 0xd800 && c <= 0xdfff) {
      return false
    } else {
      // Other characters stay when they fold to themselves and are not white space ("。", "、").
      const ch = text.charAt(i)
      if (isSpace(ch) || foldChar(ch) !== ch) return false
    }
  }
  return true
}

/** `ch.trim() === ''` for one character, without the string trim makes. */
function isSpace(ch: string): boolean {
  return isSpaceCode(ch.codePointAt(0) ?? 0x20)
}

/**
 * Folds a target (or actual) text into one spelling, in one pass over the characters:
 * - full-width and compatibility forms become ASCII (６２１１．８９ → 6211.89, ％ → %);
 * - every comparator look-alike becomes ≥ ≤ > < = (≧ ⩾ ≽ ≮ → ≥; ≦ ⩽ ≯ → ≤; ﹦ ꞊ 〓 → =), and
 *   `>=` `<=` `=>` `=<` become ≥ ≤;
 * - dashes and minus signs become `-`, wave dashes `~`, area signs `m²` (㎡ too);
 * - whitespace is dropped (it only survives, as one space, between two Latin letters), which joins
 *   numbers split by OCR ("6211. 89") and a number with its unit ("800 m²");
 * - thousands separators inside a number are dropped ("2,370" → "2370");
 * - traditional characters become simplified and pinyin glosses are dropped
 *   (as normalizeChineseText does: "=230畝" → "=230亩", "指標(biāo)" → "指标").
 * Text over {@link TARGET_LIMITS}.maxLength characters is returned as it is: the grammar does not read it.
 *
 * @example
 * ```ts
 * import { normalizeTargetText } from '@lw/perf-eval'
 * normalizeTargetText('≧ 9 5 ％')    // '≥95%'
 * normalizeTargetText('> = 2,370 人') // '≥2370人'
 * normalizeTargetText('800 ㎡')      // '800m²'
 * normalizeTargetText('＝230 畝(mǔ)') // '=230亩'
 * ```
 */
export function normalizeTargetText(text: string): string {
  return !withinTargetLimits(text) || isAlreadyNormal(text) ? text : foldTargetText(text)
}

/** The fold itself, character by character; what {@link normalizeTargetText} skips when it can. @internal */
export function foldTargetText(text: string): string {
  const chars: string[] = []
  let pendingSpace = false
  for (const ch of text) {
    if (isSpace(ch)) {
      pendingSpace = chars.length > 0
      continue
    }
    const folded = foldChar(ch)
    for (const f of folded) {
      if (isSpace(f)) {
        pendingSpace = chars.length > 0
        continue
      }
      if (pendingSpace && isAsciiLetter(chars[chars.length - 1]) && isAsciiLetter(f)) {
        chars.push(' ')
      }
      pendingSpace = false
      // Every digraph ends in '=', '>' or '<': other characters need no look-up (and no string).
      const digraph =
        f === '=' || f === '>' || f === '<'
          ? DIGRAPHS.get(`${chars[chars.length - 1] ?? ''}${f}`)
          : undefined
      if (digraph !== undefined) chars[chars.length - 1] = digraph
      else chars.push(f)
    }
  }
  return dropGroupingCommas(dropPinyinGlosses(chars))
}

/** Drops a comma that sits between a digit and exactly three digits ("2,370"). */
function dropGroupingCommas(chars: readonly string[]): string {
  let out = ''
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? ''
    if (
      ch === ',' &&
      isDigit(chars[i - 1]) &&
      isDigit(chars[i + 1]) &&
      isDigit(chars[i + 2]) &&
      isDigit(chars[i + 3]) &&
      !isDigit(chars[i + 4])
    ) {
      continue
    }
    out += ch
  }
  return out
}
