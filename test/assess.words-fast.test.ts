/**
 * The narrative scan looks phrases up by the code unit at hand and passes over characters no word
 * starts with (issue 17). Both must find exactly what trying every phrase at every character finds.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  MET_WORDS,
  NOT_CARRIED_OUT_WORDS,
  NOT_MET_WORDS,
  PARTIALLY_MET_WORDS,
} from '../src/assess/lexicon'
import { findWords, WORD_STARTS } from '../src/assess/read'
import { DIRECTION_WORDS, phraseAt } from '../src/targets/lexicon'

const LISTS = { NOT_CARRIED_OUT_WORDS, PARTIALLY_MET_WORDS, NOT_MET_WORDS, MET_WORDS }

describe('phraseAt: the first-character index is the linear scan', () => {
  // Characters of the lists' phrases, so that texts hold words, parts of words and near misses.
  const alphabet = [
    ...new Set(
      [...Object.values(LISTS), DIRECTION_WORDS].flatMap((l) =>
        l.flatMap((p) => Array.from(p.text)),
      ),
    ),
    'x',
    '。',
    '𠀀',
  ]
  it('returns the first phrase of the list at any position, as list.find would', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...alphabet), { maxLength: 12 }),
        fc.integer({ min: -2, max: 14 }),
        fc.constantFrom(...Object.values(LISTS), DIRECTION_WORDS),
        (chars, at, list) => {
          const text = chars.join('')
          const linear =
            at < 0 || at >= text.length
              ? undefined
              : (list as readonly { text: string }[]).find((p) => text.startsWith(p.text, at))
          expect(phraseAt(text, at, list as readonly { text: string }[])).toBe(linear)
        },
      ),
      { numRuns: 5000 },
    )
  })
})

describe('findWords: the characters it passes over start no word', () => {
  it('knows the first character of every phrase of its four lists, and of 完成', () => {
    for (const [name, list] of Object.entries(LISTS)) {
      for (const p of list) {
        if (!WORD_STARTS.has(p.text.charCodeAt(0))) expect.fail(`${name}: ${p.text}`)
      }
    }
    expect(WORD_STARTS.has('完'.charCodeAt(0))).toBe(true)
  })

  it('reads as before the scan passed over characters (outputs of the former scan)', () => {
    expect(findWords('受新冠疫情影响，该项工作未开展')).toEqual({
      notCarriedOut: { word: '未开展', at: 12, clause: '该项工作未开展', all: ['未开展'] },
    })
    expect(findWords('已完成服务满意度指标')).toEqual({
      met: {
        word: '已完成',
        at: 0,
        clause: '已完成服务满意度指标',
        all: ['已完成', '完成服务满意度指标'],
      },
    })
    expect(findWords('基本完成')).toEqual({
      partiallyMet: { word: '基本完成', at: 0, clause: '基本完成', all: ['基本完成'] },
    })
  })
})
