/**
 * The garbled-text scan in one pass (issue 17) finds what the array-based scan it replaced found,
 * for any text: the reference below is the former implementation, kept here to check against.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { GARBLE, garbled } from '../src/rules/text'
import { isSpaceCode } from '../src/targets/space'

function reference(text: string): { reason: string; at: number } | null {
  const debris = [...text.matchAll(GARBLE.foreignScript), ...text.matchAll(GARBLE.strayBracket)]
  if (debris.length >= GARBLE.minDebris) {
    return { reason: 'foreign-script', at: Math.min(...debris.map((m) => m.index)) }
  }
  const chars = Array.from(text.replace(/\s+/gu, ''))
  const han = chars.map((c) => /^\p{Script=Han}$/u.test(c))
  const chains = new Map<string, { last: number; length: number }>()
  for (let i = 0; i + 1 < chars.length; i++) {
    if (han[i] !== true || han[i + 1] !== true) continue
    const pair = `${chars[i] ?? ''}${chars[i + 1] ?? ''}`
    const chain = chains.get(pair)
    const length = chain !== undefined && i - chain.last <= GARBLE.repeatGap ? chain.length + 1 : 1
    chains.set(pair, { last: i, length })
    if (length >= GARBLE.minRepeats) return { reason: 'repetition', at: text.indexOf(pair) }
  }
  return null
}

const ALPHABET = [
  ...Array.from('甲基二一年会议室, 。\u3000\t「」にが〇々⺀𠀀a1'),
  // White space the code-point test must know as /\s/u does, a look-alike that is not, lone
  // surrogates (a surrogate pair split by the cut of a cell), and a supplementary ideograph.
  ...['\u00a0', '\u2028', '\ufeff', '\u180e', '\u200b', '\ud840', '\udc00', '𠀁', '한'],
]

describe('garbled: the one-pass scan is the former scan', () => {
  it('agrees on any text over ideographs, repeats, spaces, kana and brackets', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }), (chars) => {
        const text = chars.join('')
        expect(garbled(text)).toEqual(reference(text))
      }),
      { numRuns: 5000 },
    )
  })

  it('tells white space by code point exactly as /\\s/u and trim do, on every code point', () => {
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const ch = String.fromCodePoint(cp)
      if (isSpaceCode(cp) !== /^\s$/u.test(ch) || isSpaceCode(cp) !== (ch.trim() === '')) {
        expect.fail(`U+${cp.toString(16)}`)
      }
    }
  })

  it('finds the seed debris as before', () => {
    expect(garbled('化二甲基甲基二甲基甲基二甲基')).toEqual({ reason: 'repetition', at: 2 })
    expect(garbled('海上, 一年, 一年, 一年, 一年')).toEqual({ reason: 'repetition', at: 4 })
    expect(garbled('会议室和区会议中心多功能会议室会议系统')).toBeNull()
  })
})
