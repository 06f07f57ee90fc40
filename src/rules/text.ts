import type { Finding, FindingPath } from '../findings/index'
import { isSpaceCode } from '../targets/space'
import { emit, type RuleContext } from './context'

/**
 * What OCR debris looks like in the narrative of a scanned Chinese form, as data. Source: the Liwan
 * 2021 seed's own debris ("保大机 「 「 「 に 大 大 が…", kana and corner brackets from a stamp or a
 * table rule read as text; "化二甲基甲基二甲基…", one fragment read over and over from a smudged
 * cell), and the scripts a Chinese budget form never writes in its narrative.
 * @internal
 */
export const GARBLE = {
  /** Scripts no narrative cell of a mainland form is written in: kana, Hangul, Kangxi radicals. */
  foreignScript: /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u2E80-\u2FDF]/gu,
  /** Corner brackets standing alone between spaces: a frame line read as text, not a quotation. */
  strayBracket: /(?<=\s|^)[「」『』](?=\s|$)/gu,
  /** Debris characters that make a cell garbled: at least this many … */
  minDebris: 3,
  /**
   * … or a two-character fragment repeated this many times in a chain, each within `repeatGap`
   * characters of the last ("一年,一年,一年,一年", "甲基甲基二甲基甲基"): prose repeats a word, not a
   * beat ("会议室和区会议中心多功能会议室会议系统" is prose).
   */
  minRepeats: 4,
  repeatGap: 4,
} as const

const HAN = /^\p{Script=Han}$/u

const NARRATIVE_KEYS = ['formula', 'criterion', 'actual', 'deviationReason'] as const

/** The narrative cells of a form, with their paths. */
function narratives(ctx: RuleContext): { path: FindingPath; text: string }[] {
  const out: { path: FindingPath; text: string }[] = []
  const add = (path: FindingPath, text: string | undefined) => {
    if (text !== undefined && text.trim() !== '') out.push({ path, text })
  }
  const { form } = ctx
  add(['goal', 'planned'], form.goal?.planned)
  add(['goal', 'achieved'], form.goal?.achieved)
  form.tasks.forEach((task, t) => {
    add(['tasks', t, 'plannedTarget'], task.plannedTarget)
    add(['tasks', t, 'achievement'], task.achievement)
  })
  for (const { indicator, path } of ctx.indicators) {
    for (const key of NARRATIVE_KEYS) {
      // The path is built only for a cell with text: most indicators leave most of these blank.
      const text = indicator[key]
      if (text !== undefined && text.trim() !== '') out.push({ path: [...path, key], text })
    }
  }
  for (const [i, p] of form.problems.entries()) add(['problems', i, 'text'], p.text)
  for (const [i, p] of form.improvements.entries()) add(['improvements', i, 'text'], p.text)
  return out
}

/** Where a cell turns to debris, and how it shows; null for a readable cell. */
export function garbled(
  text: string,
): { reason: 'foreign-script' | 'repetition'; at: number } | null {
  // Most cells hold no debris character at all: one test spares them the two match lists.
  if (MAY_HOLD_DEBRIS.test(text)) {
    const debris = [...text.matchAll(GARBLE.foreignScript), ...text.matchAll(GARBLE.strayBracket)]
    if (debris.length >= GARBLE.minDebris) {
      let at = text.length
      for (const m of debris) at = Math.min(at, m.index)
      return { reason: 'foreign-script', at }
    }
  }
  // One pass over the code points, white space skipped: `n` counts the others, as positions in
  // the text without its white space, and each pair of ideographs extends its chain when it
  // comes back within `repeatGap` of its last place. A pair is keyed by its two code points as
  // one number, a chain kept as last place × 8 + length (a chain stops at minRepeats < 8), so the
  // scan builds no string and no object per character.
  const chains = new Map<number, number>()
  let n = -1
  let prev = -1
  let prevHan = false
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i)
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1)
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000
        i++
      }
    }
    if (isSpaceCode(cp)) continue
    n++
    const han = isHanCode(cp)
    if (han && prevHan) {
      const key = prev * 0x110000 + cp
      const chain = chains.get(key)
      const start = n - 1
      const length =
        chain !== undefined && start - Math.floor(chain / 8) <= GARBLE.repeatGap
          ? (chain % 8) + 1
          : 1
      chains.set(key, start * 8 + length)
      if (length >= GARBLE.minRepeats) {
        return { reason: 'repetition', at: text.indexOf(String.fromCodePoint(prev, cp)) }
      }
    }
    prev = cp
    prevHan = han
  }
  return null
}

const MAY_HOLD_DEBRIS =
  /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u2E80-\u2FDF「」『』]/u

/** Whether a code point is an ideograph: the common block by its number, the rest by the script. */
function isHanCode(cp: number): boolean {
  if (cp >= 0x4e00 && cp <= 0x9fff) return true
  if (cp < 0x2e80) return false
  return HAN.test(String.fromCodePoint(cp))
}

/**
 * Narrative that reads as OCR debris (TEXT_GARBLED, info): the report still prints it, but a
 * reader is told that the cell is damaged rather than left to make sense of it.
 * @internal
 */
export function checkGarbledText(ctx: RuleContext): Finding[] {
  const findings: Finding[] = []
  for (const { path, text } of narratives(ctx)) {
    const g = garbled(text)
    if (g === null) continue
    findings.push(
      emit(ctx, 'TEXT_GARBLED', path, {
        excerpt: Array.from(text.slice(Math.max(0, g.at - 4)))
          .slice(0, 16)
          .join(''),
        reason: g.reason,
      }),
    )
  }
  return findings
}
