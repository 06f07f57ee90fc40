import type { Finding, FindingPath } from '../findings/index'
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
    for (const key of ['formula', 'criterion', 'actual', 'deviationReason'] as const) {
      add([...path, key], indicator[key])
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
  const debris = [...text.matchAll(GARBLE.foreignScript), ...text.matchAll(GARBLE.strayBracket)]
  if (debris.length >= GARBLE.minDebris) {
    let at = text.length
    for (const m of debris) at = Math.min(at, m.index)
    return { reason: 'foreign-script', at }
  }
  // One pass over the characters, white space skipped: `i` counts the others, as positions in
  // the text without its white space, and each pair of ideographs extends its chain when it
  // comes back within `repeatGap` of its last place.
  const chains = new Map<string, { last: number; length: number }>()
  let i = -1
  let prev = ''
  let prevHan = false
  for (const c of text) {
    if (SPACE.test(c)) continue
    i++
    const han = isHan(c)
    if (han && prevHan) {
      const pair = `${prev}${c}`
      const chain = chains.get(pair)
      const start = i - 1
      const length =
        chain !== undefined && start - chain.last <= GARBLE.repeatGap ? chain.length + 1 : 1
      chains.set(pair, { last: start, length })
      if (length >= GARBLE.minRepeats) return { reason: 'repetition', at: text.indexOf(pair) }
    }
    prev = c
    prevHan = han
  }
  return null
}

const SPACE = /^\s$/u

/** Whether a character is an ideograph: the common block by its code, the rest by the script. */
function isHan(c: string): boolean {
  const cp = c.codePointAt(0) ?? 0
  if (cp >= 0x4e00 && cp <= 0x9fff) return true
  if (cp < 0x2e80) return false
  return HAN.test(c)
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
