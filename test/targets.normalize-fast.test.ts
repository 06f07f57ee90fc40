/**
 * normalizeTargetText returns most cells as they are, without folding them character by
 * character (issue 17). It must give exactly what the fold gives, for any text.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalizeTargetText } from '../src/index'
import { foldTargetText } from '../src/targets/normalize'

// Characters the fold treats specially, beside plain ones: spaces, digraph parts, grouping commas,
// brackets of pinyin glosses, traditional and simplified ideographs, full-width and look-alike signs.
const ALPHABET = [
  '0123456789.%-+/abcxyzAMm',
  ' \t\n\u3000',
  '=<>,()（）',
  '≥≤≧≦＞＝％～－—㎡²',
  '人次个亩畝戶户萬万達达率元',
  '。、“”《》，：；⼾',
  '\u0001\u007f',
].flatMap((s) => Array.from(s))

describe('normalizeTargetText: the fast path is the fold', () => {
  it('gives the fold of any text over the characters the fold cares about', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 24 }), (chars) => {
        const text = chars.join('')
        expect(normalizeTargetText(text)).toBe(foldTargetText(text))
      }),
      { numRuns: 5000 },
    )
  })

  it('gives the fold of any string at all', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
        expect(normalizeTargetText(text)).toBe(foldTargetText(text))
      }),
      { numRuns: 3000 },
    )
  })

  it('returns text already in one spelling as it is, and folds the rest', () => {
    expect(normalizeTargetText('≥95%')).toBe('≥95%')
    expect(normalizeTargetText('100人次')).toBe('100人次')
    expect(normalizeTargetText('> = 2,370 人')).toBe('≥2370人')
    expect(normalizeTargetText('達標')).toBe('达标')
  })
})
