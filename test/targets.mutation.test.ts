/**
 * Assertions that pin src/targets operator by operator (issue 18, mutation testing): each reader of
 * the target grammar is run on real cell texts (test/fixtures/public-forms, kpi-rows.jsonl: "≥95%",
 * ">= 98 %(百分比)", "400元/人、天", "11月底前", "完成时间为2022年12月30日", "=230畝") and on the same
 * text changed one character at a time around each bound (20 characters of label, 12 of trailing
 * words, 6 letters of an unknown unit, 1900–2100 for a year, 1–12 for a month, 1–31 for a day).
 * Whole results are compared with toStrictEqual, so that a field added, dropped or set to
 * `undefined` fails too. Grouped by function; each case says why it is there.
 */
import { describe, expect, it } from 'vitest'
import {
  formatTarget,
  indicatorDirection,
  normalizeChineseText,
  normalizeTargetText,
  parseTarget,
  readTargetInName,
  TARGET_LIMITS,
  type Target,
  targetFindings,
  unitInfo,
} from '../src/index'
import { readDeadline } from '../src/targets/deadline'
import { directionWordIn, directionWordInNormalized } from '../src/targets/direction'
import { EXPECTED_TEXT, PROBLEM_TEXT } from '../src/targets/findings'
import { dropPinyinGlosses, toSimplifiedChar } from '../src/targets/hanzi'
import { readNameHints, readNormalizedNameHints } from '../src/targets/hints'
import {
  firstCharsOf,
  hasAt,
  negatedAt,
  PREFIX_COMPARATORS,
  phraseAt,
  phraseAtEnd,
  phraseEndingAt,
  SUFFIX_COMPARATORS,
} from '../src/targets/lexicon'
import { withinTargetLimits } from '../src/targets/limits'
import { foldTargetText } from '../src/targets/normalize'
import {
  findDeniedTrend,
  findTrend,
  lowerIsBetter,
  type ReadQuantityOptions,
  readQuantity,
  readTrend,
  signed,
} from '../src/targets/parse'
import { targetTextFromParts } from '../src/targets/parts'
import { findDamagedFigure, isDigit, isLetter, readUnit, scanNumbers } from '../src/targets/scan'
import { isSpaceCode } from '../src/targets/space'
import { optionError } from './helpers/option-error'

/** A parsed target without the text it was given (`raw` is the input, asserted elsewhere). */
function read(text: string, indicatorName?: string, level2?: string): Record<string, unknown> {
  const rest: Record<string, unknown> = { ...parseTarget(text, { indicatorName, level2 }) }
  delete rest.raw
  return rest
}

/** Target cell reading: sentence words and unknown units on (as parseTarget reads). */
const CELL: ReadQuantityOptions = { sentence: true, unknownUnits: true }

/** A quantity as readQuantity returns it, with the fields every read has filled in. */
function quantity(
  value: string,
  unit: string | null,
  more: Record<string, unknown> = {},
): Record<string, unknown> {
  return { comparators: [], comparatorTexts: [], conflict: false, value, unit, label: '', ...more }
}

describe('limits and white space', () => {
  it('TARGET_LIMITS.maxLength is 5000 and the bound is inclusive', () => {
    expect(TARGET_LIMITS.maxLength).toBe(5000)
    expect(withinTargetLimits('x'.repeat(5000))).toBe(true)
    expect(withinTargetLimits('x'.repeat(5001))).toBe(false)
  })

  it('what is not text has no length to bound', () => {
    expect(withinTargetLimits(5 as unknown as string)).toBe(true)
    expect(withinTargetLimits(undefined as unknown as string)).toBe(true)
  })

  it('isSpaceCode is what /\\s/u matches, on every code point of the BMP', () => {
    const wrong: number[] = []
    for (let cp = 0; cp <= 0xffff; cp++) {
      if (isSpaceCode(cp) !== /\s/u.test(String.fromCharCode(cp))) wrong.push(cp)
    }
    expect(wrong).toEqual([])
  })

  it('isSpaceCode at the edges of each range', () => {
    const codes = [0x08, 0x09, 0x0d, 0x0e, 0x1f, 0x20, 0x21, 0x9f, 0xa0, 0xa1, 0x167f, 0x1680]
    expect(codes.map(isSpaceCode)).toEqual([
      false,
      true,
      true,
      false,
      false,
      true,
      false,
      false,
      true,
      false,
      false,
      true,
    ])
    const high = [0x1fff, 0x2000, 0x200a, 0x200b, 0x2027, 0x2028, 0x2029, 0x202a, 0x202f, 0x205f]
    expect(high.map(isSpaceCode)).toEqual([
      false,
      true,
      true,
      false,
      false,
      true,
      true,
      false,
      true,
      true,
    ])
    expect([0x2fff, 0x3000, 0x3001, 0xfefe, 0xfeff, 0x10000].map(isSpaceCode)).toEqual([
      false,
      true,
      false,
      false,
      true,
      false,
    ])
  })
})

describe('lexicon: matching a phrase list at a position', () => {
  it('phraseAt: out of range is undefined, the longest phrase wins', () => {
    expect(phraseAt('≥95', -1, PREFIX_COMPARATORS)).toBeUndefined()
    expect(phraseAt('≥95', 3, PREFIX_COMPARATORS)).toBeUndefined()
    expect(phraseAt('≥95', 0, PREFIX_COMPARATORS)).toEqual({ text: '≥', comparator: '>=' })
    expect(phraseAt('不低于95', 0, PREFIX_COMPARATORS)).toEqual({
      text: '不低于',
      comparator: '>=',
    })
    // "低于" starts at 1: the phrase at 0 is 不低于, the one at 1 is 低于 (<).
    expect(phraseAt('不低于95', 1, PREFIX_COMPARATORS)).toEqual({ text: '低于', comparator: '<' })
    expect(phraseAt('不低', 0, PREFIX_COMPARATORS)).toBeUndefined()
    // An empty phrase is never indexed: it would match everywhere.
    expect(phraseAt('x', 0, [{ text: '' }, { text: 'x' }])).toEqual({ text: 'x' })
    expect(phraseAt('y', 0, [{ text: '' }, { text: 'x' }])).toBeUndefined()
  })

  it('phraseEndingAt: the phrase must end at the index and start inside the text', () => {
    expect(phraseEndingAt('不低于95', 3, PREFIX_COMPARATORS)).toEqual({
      text: '不低于',
      comparator: '>=',
    })
    expect(phraseEndingAt('低于95', 2, PREFIX_COMPARATORS)).toEqual({
      text: '低于',
      comparator: '<',
    })
    // "于" alone is no comparator; "不低于" would have to start before the text.
    expect(phraseEndingAt('于95', 1, PREFIX_COMPARATORS)).toBeUndefined()
    expect(phraseEndingAt('不低于95', 1, PREFIX_COMPARATORS)).toBeUndefined()
    expect(phraseEndingAt('≥95', 0, PREFIX_COMPARATORS)).toBeUndefined()
    expect(phraseEndingAt('≥95', 1, PREFIX_COMPARATORS)).toEqual({ text: '≥', comparator: '>=' })
  })

  it('phraseAtEnd: the longest phrase the text ends with', () => {
    expect(phraseAtEnd('95%以上', SUFFIX_COMPARATORS)).toEqual({ text: '以上', comparator: '>=' })
    expect(phraseAtEnd('95%及以上', SUFFIX_COMPARATORS)).toEqual({
      text: '及以上',
      comparator: '>=',
    })
    expect(phraseAtEnd('95%', SUFFIX_COMPARATORS)).toBeUndefined()
  })

  it('negatedAt and hasAt', () => {
    expect(negatedAt('不降低', 1)).toBe(true)
    expect(negatedAt('没有降低', 2)).toBe(true)
    expect(negatedAt('不降低', 0)).toBe(false)
    expect(negatedAt('降低', 0)).toBe(false)
    expect(negatedAt('有降低', 1)).toBe(false)
    expect(hasAt('不降低', 1, '降低')).toBe(true)
    expect(hasAt('不降低', 0, '降低')).toBe(false)
  })

  it('firstCharsOf: the first code units, empty phrases left out', () => {
    expect([
      ...firstCharsOf([{ text: 'ab' }, { text: 'ac' }, { text: 'd' }, { text: '' }]),
    ]).toEqual([0x61, 0x64])
  })
})

describe('normalizeTargetText: folding', () => {
  it('the documented examples and real cells (kpi-rows: ">= 98 %(百分比)", "300 公里", "=230畝")', () => {
    expect(normalizeTargetText('≧ 9 5 ％')).toBe('≥95%')
    expect(normalizeTargetText('> = 2,370 人')).toBe('≥2370人')
    expect(normalizeTargetText('800 ㎡')).toBe('800m²')
    expect(normalizeTargetText('＝230 畝(mǔ)')).toBe('=230亩')
    expect(normalizeTargetText('>= 98 %(百分比)')).toBe('≥98%(百分比)')
    expect(normalizeTargetText('300 公里')).toBe('300公里')
    expect(normalizeTargetText('=230畝')).toBe('=230亩')
  })

  it('each two-character comparator spelling, and "=" / ">>" that are none', () => {
    const pairs = ['>=', '=>', '≥=', '<=', '=<', '≤=', '==', '===', '=>=', '> =', '>>', '=', '<<']
    expect(pairs.map(normalizeTargetText)).toEqual([
      '≥',
      '≥',
      '≥',
      '≤',
      '≤',
      '≤',
      '=',
      '=',
      '≥',
      '≥',
      '>>',
      '=',
      '<<',
    ])
  })

  it('look-alikes fold through the table, compatibility forms through NFKC', () => {
    const chars = ['≧', '≮', '≯', '›', '‹', '〓', '〜', '—', '٪', '㎡', '㎥', '㎢', '㎞', '㎏']
    expect(chars.map(normalizeTargetText)).toEqual([
      '≥',
      '≥',
      '≤',
      '>',
      '<',
      '=',
      '~',
      '-',
      '%',
      'm²',
      'm³',
      'km²',
      'km',
      'kg',
    ])
    // NFKC gives a character of the table: the presentation forms of an em and an en dash.
    expect(normalizeTargetText('︱')).toBe('-')
    expect(normalizeTargetText('︲')).toBe('-')
    // NFKC gives a traditional character (the radical ⼾ is 戶), which folds on to 户.
    expect(normalizeTargetText('⼾')).toBe('户')
    expect(normalizeTargetText('ﬁ')).toBe('fi')
    // The superscripts stay (NFKC would make m² "m2").
    expect(normalizeTargetText('m² m³')).toBe('m²m³')
    // Astral digits (a surrogate pair) are folded too.
    expect(normalizeTargetText('𝟏𝟎𝟎%')).toBe('100%')
    expect(normalizeTargetText('😀')).toBe('😀')
    // Traditional characters in the CJK block.
    expect(normalizeTargetText('數量')).toBe('数量')
    expect(normalizeTargetText('產出指標')).toBe('产出指标')
    expect(normalizeTargetText('，')).toBe(',')
    expect(normalizeTargetText('。、')).toBe('。、')
  })

  it('white space: dropped, but one space stays between two Latin letters', () => {
    expect(normalizeTargetText('a b')).toBe('a b')
    expect(normalizeTargetText('a  b')).toBe('a b')
    expect(normalizeTargetText('z Z')).toBe('z Z')
    expect(normalizeTargetText('a bc')).toBe('a bc')
    expect(normalizeTargetText('ab cd ef')).toBe('ab cd ef')
    expect(normalizeTargetText('A\tB')).toBe('A B')
    expect(normalizeTargetText('a 1')).toBe('a1')
    expect(normalizeTargetText('1 b')).toBe('1b')
    expect(normalizeTargetText('A1 B')).toBe('A1B')
    expect(normalizeTargetText(' a')).toBe('a')
    expect(normalizeTargetText('a ')).toBe('a')
    // The characters just outside a–z and A–Z are no letters.
    expect(['@ a', 'a @', '[ a', 'a [', '` a', 'a {'].map(normalizeTargetText)).toEqual([
      '@a',
      'a@',
      '[a',
      'a[',
      '`a',
      'a{',
    ])
    // Spaces that NFKC leaves alone (ogham, line separator, BOM) and the ones it folds to " ".
    expect(normalizeTargetText('1\u16802')).toBe('12')
    expect(normalizeTargetText('1\u20282')).toBe('12')
    expect(normalizeTargetText('a\ufeffb')).toBe('a b')
    expect(normalizeTargetText('a\u3000b')).toBe('a b')
    expect(normalizeTargetText('a\u00a0b')).toBe('a b')
    expect(normalizeTargetText('\u2002')).toBe('')
    // A character whose NFKC starts with a space (´ is " ́"): the space goes, the accent stays.
    expect(normalizeTargetText('a´b')).toBe('a\u0301b')
    // A control character is no white space: it stays.
    expect(normalizeTargetText('≥95\u0001')).toBe('≥95\u0001')
  })

  it('a grouping comma sits between a digit and exactly three digits', () => {
    const texts = ['1,000', '0,000', '9,999', '1,000,000', '12,345.6', '1,000:', '１２，３４５']
    expect(texts.map(normalizeTargetText)).toEqual([
      '1000',
      '0000',
      '9999',
      '1000000',
      '12345.6',
      '1000:',
      '12345',
    ])
    const kept = ['1,0000', '1,0009', '1,00', ',000', 'a,000', '/,000', '1,a00', '1,0a0', '1,00a']
    expect(kept.map(normalizeTargetText)).toEqual(kept)
    expect(normalizeTargetText('1,:00')).toBe('1,:00')
    expect(normalizeTargetText('1,00:')).toBe('1,00:')
  })

  it('pinyin glosses go after an ideograph, in either bracket', () => {
    expect(normalizeTargetText('指標(biāo)')).toBe('指标')
    expect(normalizeTargetText('指标(biāo)')).toBe('指标')
    expect(normalizeTargetText('㐀(biāo)')).toBe('㐀')
    expect(normalizeTargetText('ꀀ(biāo)')).toBe('ꀀ(biāo)')
    expect(normalizeTargetText('䷀(biāo)')).toBe('䷀(biāo)')
    expect(normalizeTargetText('(biāo)')).toBe('(biāo)')
    expect(normalizeTargetText('数(A)')).toBe('数(A)')
  })

  it('text over the limit is returned as it is, and foldTargetText folds without the fast path', () => {
    const long = ' '.repeat(5001)
    expect(normalizeTargetText(long)).toBe(long)
    expect(normalizeTargetText(`${' '.repeat(4999)}1`)).toBe('1')
    expect(foldTargetText('abc')).toBe('abc')
    expect(foldTargetText('≥95%')).toBe('≥95%')
    expect(foldTargetText(' 9 5 ')).toBe('95')
  })
})

describe('normalizeChineseText and the hanzi helpers', () => {
  it('the documented examples', () => {
    expect(normalizeChineseText('產(chǎn)出指標(biāo)')).toBe('产出指标')
    expect(normalizeChineseText('管理忠烈祠面積 =230畝')).toBe('管理忠烈祠面积 =230亩')
    expect(normalizeChineseText('全年執行數(A)')).toBe('全年执行数(A)')
    expect(normalizeChineseText('指标')).toBe('指标')
    expect(normalizeChineseText('')).toBe('')
    expect(normalizeChineseText(5 as unknown as string)).toBe('')
  })

  it('a gloss is a bracket of 1 to 6 pinyin letters with a tone mark, after an ideograph', () => {
    expect(normalizeChineseText('指标(ā)')).toBe('指标')
    expect(normalizeChineseText('指标(zhuāng)')).toBe('指标')
    expect(normalizeChineseText('指标(zhuāngx)')).toBe('指标(zhuāngx)')
    expect(normalizeChineseText('指标(zhuāngxx)')).toBe('指标(zhuāngxx)')
    expect(normalizeChineseText('指标(biao)')).toBe('指标(biao)')
    expect(normalizeChineseText('指标()')).toBe('指标()')
    expect(normalizeChineseText('指标(a)')).toBe('指标(a)')
    expect(normalizeChineseText('指标(bi1āo)')).toBe('指标(bi1āo)')
    expect(normalizeChineseText('指标(biāo')).toBe('指标(biāo')
    expect(normalizeChineseText('指(ā')).toBe('指(ā')
    expect(normalizeChineseText('指(')).toBe('指(')
    expect(normalizeChineseText('指标(Biāo)')).toBe('指标(Biāo)')
    expect(normalizeChineseText('指标(Aā)')).toBe('指标(Aā)')
    expect(normalizeChineseText('指标(`ā)')).toBe('指标(`ā)')
    expect(normalizeChineseText('指标({ā)')).toBe('指标({ā)')
    expect(normalizeChineseText('指标(aā)')).toBe('指标')
    expect(normalizeChineseText('指标(zā)')).toBe('指标')
    // Tone-marked letters, and ü (written only in pinyin, so it marks a gloss too).
    expect(normalizeChineseText('指标(á)')).toBe('指标')
    expect(normalizeChineseText('指标(ǜ)')).toBe('指标')
    expect(normalizeChineseText('指标(lǜ)')).toBe('指标')
    expect(normalizeChineseText('指标(lü)')).toBe('指标')
    // Full-width brackets, and a mix of the two.
    expect(normalizeChineseText('指标（biāo）')).toBe('指标')
    expect(normalizeChineseText('指标（biāo)')).toBe('指标')
    expect(normalizeChineseText('指标(biāo）')).toBe('指标')
  })

  it('only after an ideograph (CJK and extension A), and glosses one after another', () => {
    expect(normalizeChineseText('(biāo)')).toBe('(biāo)')
    expect(normalizeChineseText('a(biāo)')).toBe('a(biāo)')
    expect(normalizeChineseText('指1(biāo)')).toBe('指1(biāo)')
    expect(normalizeChineseText('一(biāo)')).toBe('一')
    expect(normalizeChineseText('鿿(biāo)')).toBe('鿿')
    expect(normalizeChineseText('㐀(biāo)')).toBe('㐀')
    expect(normalizeChineseText('䶿(biāo)')).toBe('䶿')
    expect(normalizeChineseText('䷀(biāo)')).toBe('䷀(biāo)')
    expect(normalizeChineseText('\u33ff(biāo)')).toBe('\u33ff(biāo)')
    expect(normalizeChineseText('ꀀ(biāo)')).toBe('ꀀ(biāo)')
    // When the text is folded (a traditional character), the same edges hold.
    expect(normalizeChineseText('數ꀀ(biāo)')).toBe('数ꀀ(biāo)')
    expect(normalizeChineseText('數䷀(biāo)')).toBe('数䷀(biāo)')
    expect(normalizeChineseText('數〇(biāo)')).toBe('数〇(biāo)')
    expect(normalizeChineseText('(biāo)數')).toBe('(biāo)数')
    // A gloss opens with a bracket (the text has one, so that the glosses are looked for).
    expect(normalizeChineseText('數xā)(A)')).toBe('数xā)(A)')
    expect(normalizeTargetText('指标xā)(A)')).toBe('指标xā)(A)')
    expect(normalizeChineseText('指标(biāo)(mǔ)')).toBe('指标')
    expect(normalizeChineseText('指标(biāo)(A)')).toBe('指标(A)')
    expect(normalizeChineseText('指标(biāo)x(mǔ)')).toBe('指标x(mǔ)')
    expect(normalizeChineseText('(指(biāo)')).toBe('(指')
    // A traditional character alone is folded (no bracket needed).
    expect(normalizeChineseText('數')).toBe('数')
  })

  it('toSimplifiedChar and dropPinyinGlosses on their own', () => {
    expect(toSimplifiedChar('數')).toBe('数')
    expect(toSimplifiedChar('後')).toBe('后')
    expect(toSimplifiedChar('a')).toBe('a')
    const plain = ['a', 'b']
    expect(dropPinyinGlosses(plain)).toBe(plain)
    expect(dropPinyinGlosses(['指', '（', 'ā', '）'])).toEqual(['指'])
    expect(dropPinyinGlosses(['指', '(', 'ā', ')', '标'])).toEqual(['指', '标'])
  })
})

describe('scan: digits, letters, numbers, units and damaged figures', () => {
  it('isDigit and isLetter at the edges of their ranges', () => {
    expect(['0', '9', '/', ':', undefined].map(isDigit)).toEqual([true, true, false, false, false])
    const letters = ['a', 'z', 'A', 'Z', '@', '[', '`', '{', '1', undefined]
    expect(letters.map(isLetter)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
    ])
  })

  it('scanNumbers: digits with one fraction, up to limit + 1 tokens', () => {
    expect(scanNumbers('1a2b3c4d5e6', 2)).toEqual([
      { start: 0, end: 1, digits: '1' },
      { start: 2, end: 3, digits: '2' },
      { start: 4, end: 5, digits: '3' },
    ])
    expect(scanNumbers('1.5.6', 4)).toEqual([
      { start: 0, end: 3, digits: '1.5' },
      { start: 4, end: 5, digits: '6' },
    ])
    expect(scanNumbers('1.', 4)).toEqual([{ start: 0, end: 1, digits: '1' }])
    expect(scanNumbers('.5', 4)).toEqual([{ start: 1, end: 2, digits: '5' }])
    expect(scanNumbers('12.34%', 0)).toEqual([{ start: 0, end: 5, digits: '12.34' }])
    expect(scanNumbers('', 4)).toEqual([])
    expect(scanNumbers('≥95%', 4)).toEqual([{ start: 1, end: 3, digits: '95' }])
  })

  it('readUnit: rate units (kpi-rows: "530元/人*月", "400元/人、天", "5300元/户")', () => {
    expect(readUnit('元/人·月', 0)).toEqual({ unit: '元/人·月', end: 5, dimension: 'composite' })
    expect(readUnit('元/人*月', 0)).toEqual({ unit: '元/人·月', end: 5, dimension: 'composite' })
    expect(readUnit('元/人、天', 0)).toEqual({ unit: '元/人·天', end: 5, dimension: 'composite' })
    expect(readUnit('元/户', 0)).toEqual({ unit: '元/户', end: 3, dimension: 'composite' })
    expect(readUnit('人次/年', 0)).toEqual({ unit: '人次/年', end: 4, dimension: 'composite' })
    // "元/个月" is per month.
    expect(readUnit('元/个月', 0)).toEqual({ unit: '元/月', end: 4, dimension: 'composite' })
    // At most three parts after the slash.
    expect(readUnit('元/人/年/月/日', 0)).toEqual({
      unit: '元/人·年·月',
      end: 7,
      dimension: 'composite',
    })
    expect(readUnit('元/人·年·月·日', 0)).toEqual({
      unit: '元/人·年·月',
      end: 7,
      dimension: 'composite',
    })
    // A join with nothing after it, or a slash with no unit, ends the unit before them.
    expect(readUnit('元/人·', 0)).toEqual({ unit: '元/人', end: 3, dimension: 'composite' })
    expect(readUnit('元/人·啊', 0)).toEqual({ unit: '元/人', end: 3, dimension: 'composite' })
    expect(readUnit('元/人x', 0)).toEqual({ unit: '元/人', end: 3, dimension: 'composite' })
    expect(readUnit('元/人(月)', 0)).toEqual({ unit: '元/人', end: 3, dimension: 'composite' })
    expect(readUnit('元/', 0)).toEqual({ unit: '元', end: 1, dimension: 'money' })
    expect(readUnit('元/啊', 0)).toEqual({ unit: '元', end: 1, dimension: 'money' })
  })

  it('readUnit: scales before a measure word, ASCII units that run on, measure words', () => {
    expect(readUnit('550万粒', 3)).toEqual({ unit: '万粒', end: 5, dimension: 'count' })
    expect(readUnit('3千株', 1)).toEqual({ unit: '千株', end: 3, dimension: 'count' })
    expect(readUnit('3百株', 1)).toEqual({ unit: '百株', end: 3, dimension: 'count' })
    expect(readUnit('3亿株', 1)).toEqual({ unit: '亿株', end: 3, dimension: 'count' })
    expect(readUnit('3万', 1)).toEqual({ unit: '万', end: 2, dimension: 'money' })
    expect(readUnit('3万啊', 1)).toEqual({ unit: '万', end: 2, dimension: 'money' })
    expect(readUnit('3万元', 1)).toEqual({ unit: '万元', end: 3, dimension: 'money' })
    expect(readUnit('3千', 1)).toBeNull()
    expect(readUnit('3m', 1)).toEqual({ unit: 'm', end: 2, dimension: 'length' })
    expect(readUnit('3m1', 1)).toEqual({ unit: 'm', end: 2, dimension: 'length' })
    expect(readUnit('3mg', 1)).toBeNull()
    expect(readUnit('3kWh', 1)).toEqual({ unit: 'kWh', end: 4, dimension: 'energy' })
    // A unit that ends in a non-letter may be followed by a letter.
    expect(readUnit('3m²x', 1)).toEqual({ unit: 'm²', end: 3, dimension: 'area' })
    expect(readUnit('25TB', 2)).toEqual({ unit: 'TB', end: 4, dimension: 'data' })
    expect(readUnit('3个', 1)).toEqual({ unit: '个', end: 2, dimension: 'count' })
    expect(readUnit('3啊', 1)).toBeNull()
    expect(readUnit('3', 1)).toBeNull()
  })

  it('findDamagedFigure: letters in a figure that ends a quantity', () => {
    const damaged = [
      ['M.8万元', 'M.8'],
      ['1O0%', '1O0'],
      ['IO', 'IO'],
      ['啊IO', 'IO'],
      ['No.1', 'No.1'],
      ['A.3', 'A.3'],
      ['3.A', '3.A'],
      ['1.a元', '1.a'],
      ['1.2.3', '1.2.3'],
      ['1.2.3%', '1.2.3'],
      ['1.2.3元啊', '1.2.3'],
      ['1..', '1..'],
      ['I0,', 'I0'],
      ['I0(含)', 'I0'],
      ['I;', 'I'],
      ['O%', 'O'],
      ['Ol', 'Ol'],
      ['1O元', '1O'],
      ['lo元', 'lo'],
    ]
    expect(damaged.map(([s]) => findDamagedFigure(s ?? ''))).toEqual(damaged.map(([, r]) => r))
    const clean = [
      'ISO9001认证',
      'ISO9001',
      'No.1文件',
      '3.A啊',
      '1.2',
      '..',
      '0(含)',
      'IO啊',
      'I0啊',
      '啊IO啊',
      '1Ox',
      'ab元',
      '1..a',
      'a.b',
      'a.b元',
      '≥95%',
      '',
    ]
    expect(clean.map(findDamagedFigure)).toEqual(clean.map(() => null))
  })
})

describe('unitInfo and targetTextFromParts', () => {
  it('the documented examples', () => {
    expect(unitInfo('公里')).toStrictEqual({ canonical: 'km', dimension: 'length', toBase: '1000' })
    expect(unitInfo('畝')).toStrictEqual({ canonical: '亩', dimension: 'area' })
    expect(unitInfo('㎡')).toStrictEqual({ canonical: 'm²', dimension: 'area', toBase: '1' })
    expect(unitInfo('元/人*月')).toStrictEqual({ canonical: '元/人·月', dimension: 'composite' })
    expect(unitInfo('万粒')).toStrictEqual({ canonical: '万粒', dimension: 'count' })
    expect(unitInfo('%(百分比)')).toStrictEqual({ canonical: '%', dimension: 'percent' })
    expect(unitInfo('套餐')).toBeNull()
  })

  it('a note in brackets, and only one, may follow the unit', () => {
    expect(unitInfo('%()')).toStrictEqual({ canonical: '%', dimension: 'percent' })
    expect(unitInfo('个(次)')).toStrictEqual({ canonical: '个', dimension: 'count' })
    expect(unitInfo('%(百分比')).toBeNull()
    expect(unitInfo('%百分比)')).toBeNull()
    expect(unitInfo('%(a)(b)')).toBeNull()
    expect(unitInfo('%x')).toBeNull()
  })

  it('toBase of the canonical entry; nothing for what is not a unit', () => {
    expect(unitInfo('延米')).toStrictEqual({ canonical: 'm', dimension: 'length', toBase: '1' })
    expect(unitInfo('元')).toStrictEqual({ canonical: '元', dimension: 'money', toBase: '1' })
    expect(unitInfo('万')).toStrictEqual({ canonical: '万', dimension: 'money' })
    expect(unitInfo('个月')).toStrictEqual({ canonical: '个月', dimension: 'time' })
    expect(unitInfo('')).toBeNull()
    expect(unitInfo(5 as unknown as string)).toBeNull()
    expect(unitInfo(`%(${'x'.repeat(4997)})`)).toStrictEqual({
      canonical: '%',
      dimension: 'percent',
    })
    expect(unitInfo(`%(${'x'.repeat(4998)})`)).toBeNull()
    expect(unitInfo('%'.repeat(5001))).toBeNull()
  })

  it('targetTextFromParts joins the columns and drops notes after the unit', () => {
    expect(targetTextFromParts({ comparator: ' ≥ ', value: ' 95 ', unit: ' %(百分比) ' })).toBe(
      '≥95%',
    )
    expect(targetTextFromParts({ unit: '个(次)（项）' })).toBe('个')
    expect(targetTextFromParts({ unit: '个(次' })).toBe('个(次')
    expect(targetTextFromParts({})).toBe('')
  })
})

describe('readNameHints: what an indicator name says about its target', () => {
  it('template hints: a comparator and/or a unit around placeholder marks (kpi-rows 25: "(≥**人)")', () => {
    expect(readNameHints('★★★农村低保发放人数(按月平均)(≥**人)')).toStrictEqual({
      template: { comparator: '>=', unit: '人', text: '(≥**人)' },
      unit: { unit: '人', text: '人数' },
    })
    expect(readNameHints('受益建档立卡贫困人口数≥**人')).toStrictEqual({
      template: { comparator: '>=', unit: '人', text: '≥**人' },
    })
    expect(readNameHints('受益人口[≥**人]')).toStrictEqual({
      template: { comparator: '>=', unit: '人', text: '[≥**人]' },
    })
    // A bracket counts only when it is on both sides.
    expect(readNameHints('受益人口(≥**人')).toStrictEqual({
      template: { comparator: '>=', unit: '人', text: '≥**人' },
    })
    expect(readNameHints('受益人口≥**人)')).toStrictEqual({
      template: { comparator: '>=', unit: '人', text: '≥**人' },
    })
    expect(readNameHints('[**人)')).toStrictEqual({ template: { unit: '人', text: '[**人)' } })
    expect(readNameHints('补助(<XX元/户·年)')).toStrictEqual({
      template: { comparator: '<', unit: '元/户·年', text: '(<XX元/户·年)' },
    })
    expect(readNameHints('面积≥**平方米')).toStrictEqual({
      template: { comparator: '>=', unit: 'm²', text: '≥**平方米' },
    })
    // Each placeholder character.
    const marks = ['××', '__', '○', '□', '△', 'xx', 'XX', '**']
    expect(marks.map((m) => readNameHints(`面积≥${m}亩`).template?.text)).toEqual(
      marks.map((m) => `≥${m}亩`),
    )
    // The name is normalised first: ≧ is ≥.
    expect(readNameHints('≧**人')).toStrictEqual({
      template: { comparator: '>=', unit: '人', text: '≥**人' },
    })
    expect(readNormalizedNameHints('≧**人')).toStrictEqual({
      template: { unit: '人', text: '**人' },
    })
  })

  it('one mark needs a comparator; marks need a comparator or a unit', () => {
    expect(readNameHints('面积≥*平方米')).toStrictEqual({
      template: { comparator: '>=', unit: 'm²', text: '≥*平方米' },
    })
    expect(readNameHints('≥*人')).toStrictEqual({
      template: { comparator: '>=', unit: '人', text: '≥*人' },
    })
    expect(readNameHints('面积≥*')).toStrictEqual({ template: { comparator: '>=', text: '≥*' } })
    expect(readNameHints('面积**平方米')).toStrictEqual({
      template: { unit: 'm²', text: '**平方米' },
    })
    expect(readNameHints('XX人')).toStrictEqual({ template: { unit: '人', text: 'XX人' } })
    expect(readNameHints('a*b**人')).toStrictEqual({ template: { unit: '人', text: '**人' } })
    for (const name of ['面积*平方米', '*人', '面积**', '*', 'XX', 'X光机', 'X光*2人']) {
      expect(readNameHints(name)).toStrictEqual({})
    }
  })

  it('a bound with its value ("——一户年最高5300元", kpi-rows 25)', () => {
    expect(readNameHints('——一户年最高5300元')).toStrictEqual({
      bound: { comparator: '<=', value: '5300', unit: '元', text: '最高5300元' },
    })
    expect(readNameHints('5300元封顶')).toStrictEqual({
      bound: { comparator: '<=', value: '5300', unit: '元', text: '5300元封顶' },
    })
    expect(readNameHints('5300以上')).toStrictEqual({
      bound: { comparator: '>=', value: '5300', unit: null, text: '5300以上' },
    })
    expect(readNameHints('不低于5300')).toStrictEqual({
      bound: { comparator: '>=', value: '5300', unit: null, text: '不低于5300' },
    })
    // The value is canonical; the first bound wins.
    expect(readNameHints('不超过5300.50元')).toStrictEqual({
      bound: { comparator: '<=', value: '5300.5', unit: '元', text: '不超过5300.50元' },
    })
    expect(readNameHints('第1期不超过5300元及5300元以下')).toStrictEqual({
      bound: { comparator: '<=', value: '5300', unit: '元', text: '不超过5300元' },
    })
    // "=" is a formula, 左右 an estimate, a bare 封顶 with no unit between is still a bound.
    expect(readNameHints('完成率=实际/计划')).toStrictEqual({})
    expect(readNameHints('=5300元')).toStrictEqual({})
    // "=" before and a phrase after: the phrase is the bound.
    expect(readNameHints('=5300元以下')).toStrictEqual({
      bound: { comparator: '<=', value: '5300', unit: '元', text: '5300元以下' },
    })
    expect(readNameHints('5300元左右')).toStrictEqual({})
    expect(readNameHints('5300封顶')).toStrictEqual({})
  })

  it('the bound is looked for among the first nine figures only', () => {
    expect(readNameHints('1a2a3a4a5a6a7a8a不超过5300元').bound?.value).toBe('5300')
    expect(readNameHints('1a2a3a4a5a6a7a8a9a不超过5300元')).toStrictEqual({})
  })

  it('a unit in brackets, with or without "单位:"', () => {
    expect(readNameHints('数量(个)')).toStrictEqual({ unit: { unit: '个', text: '(个)' } })
    expect(readNameHints('数量(单位:人次)')).toStrictEqual({
      unit: { unit: '人次', text: '(单位:人次)' },
    })
    expect(readNameHints('数量(单位人次)')).toStrictEqual({
      unit: { unit: '人次', text: '(单位人次)' },
    })
    expect(readNameHints('数量(计量单位:人次)')).toStrictEqual({
      unit: { unit: '人次', text: '(计量单位:人次)' },
    })
    expect(readNameHints('数量(啊)(个)')).toStrictEqual({ unit: { unit: '个', text: '(个)' } })
    expect(readNameHints('面积(㎡)')).toStrictEqual({ unit: { unit: 'm²', text: '(m²)' } })
    expect(readNameHints('面积(m²]')).toStrictEqual({ unit: { unit: 'm²', text: '(m²]' } })
    expect(readNameHints('(单位:人)')).toStrictEqual({ unit: { unit: '人', text: '(单位:人)' } })
    expect(readNameHints('数量(个')).toStrictEqual({})
    expect(readNameHints('(单位:)')).toStrictEqual({})
    expect(readNameHints('(单位)')).toStrictEqual({})
  })

  it('a head noun at the end of the name, notes in brackets after it aside', () => {
    const heads = ['人次数', '人次', '人数', '户数', '次数', '场数', '场次', '个数', '天数']
    expect(heads.map((h) => readNameHints(`培训${h}`).unit)).toEqual([
      { unit: '人次', text: '人次数' },
      { unit: '人次', text: '人次' },
      { unit: '人', text: '人数' },
      { unit: '户', text: '户数' },
      { unit: '次', text: '次数' },
      { unit: '场', text: '场数' },
      { unit: '场', text: '场次' },
      { unit: '个', text: '个数' },
      { unit: '天', text: '天数' },
    ])
    expect(readNameHints('人数')).toStrictEqual({ unit: { unit: '人', text: '人数' } })
    expect(readNameHints('培训人数(按月平均)')).toStrictEqual({
      unit: { unit: '人', text: '人数' },
    })
    expect(readNameHints('培训人数(按月)(平均)')).toStrictEqual({
      unit: { unit: '人', text: '人数' },
    })
    expect(readNameHints('培训人数[按月](平均)')).toStrictEqual({
      unit: { unit: '人', text: '人数' },
    })
    expect(readNameHints('人数(按月平均)]')).toStrictEqual({ unit: { unit: '人', text: '人数' } })
    expect(readNameHints('人数[按月平均)')).toStrictEqual({ unit: { unit: '人', text: '人数' } })
    expect(readNameHints('培训人数(按月)[平均]')).toStrictEqual({
      unit: { unit: '人', text: '人数' },
    })
    // A bracket before the head noun is no note after it.
    expect(readNameHints('(一)培训人数')).toStrictEqual({ unit: { unit: '人', text: '人数' } })
    for (const name of ['培训人数)', ')', '(人数)', '数', '']) {
      expect(readNameHints(name)).toStrictEqual({})
    }
  })

  it('all three at once', () => {
    expect(readNameHints('受益人口(≥**人)最高5300元(个)')).toStrictEqual({
      template: { comparator: '>=', unit: '人', text: '(≥**人)' },
      bound: { comparator: '<=', value: '5300', unit: '元', text: '最高5300元' },
      unit: { unit: '个', text: '(个)' },
    })
  })
})

describe('readDeadline', () => {
  const ok = (parts: Record<string, number>) => ({ ok: true, parts })
  const bad = (fragment: string) => ({ ok: false, fragment })

  it('real deadlines (kpi-rows: "11月底前", "2021年底", "2021年12月31日", "完成时间为2022年12月30日")', () => {
    expect(readDeadline('11月底前')).toStrictEqual(ok({ month: 11 }))
    expect(readDeadline('2021年底')).toStrictEqual(ok({ year: 2021, month: 12 }))
    expect(readDeadline('2021年12月31日')).toStrictEqual(ok({ year: 2021, month: 12, day: 31 }))
    expect(readDeadline('完成时间为2022年12月30日')).toStrictEqual(
      ok({ year: 2022, month: 12, day: 30 }),
    )
    expect(readDeadline('2021年12月底前')).toStrictEqual(ok({ year: 2021, month: 12 }))
  })

  it('periods stand for their last month', () => {
    const periods = [
      ['上半年', 6],
      ['下半年', 12],
      ['年度内', 12],
      ['年底前', 12],
      ['年末', 12],
      ['年终', 12],
      ['年内', 12],
      ['第一季度', 3],
      ['二季度', 6],
      ['第3季度', 9],
      ['4季度', 12],
    ] as const
    expect(periods.map(([t]) => readDeadline(t))).toStrictEqual(
      periods.map(([, month]) => ok({ month })),
    )
  })

  it('years: four digits in 1900–2100, with 年, 年度, "-" or "/"', () => {
    expect(readDeadline('2023年12月')).toStrictEqual(ok({ year: 2023, month: 12 }))
    expect(readDeadline('2023年度')).toStrictEqual(ok({ year: 2023, month: 12 }))
    expect(readDeadline('1900年')).toStrictEqual(ok({ year: 1900, month: 12 }))
    expect(readDeadline('2100年')).toStrictEqual(ok({ year: 2100, month: 12 }))
    for (const t of ['1899年', '2101年', '20231年', '202年', '2023', '2023-', '2023-123']) {
      expect(readDeadline(t)).toBeNull()
    }
    expect(readDeadline('2023-12-31')).toStrictEqual(ok({ year: 2023, month: 12, day: 31 }))
    expect(readDeadline('2023/12/31')).toStrictEqual(ok({ year: 2023, month: 12, day: 31 }))
    expect(readDeadline('2023-1-1')).toStrictEqual(ok({ year: 2023, month: 1, day: 1 }))
    expect(readDeadline('2023/12')).toStrictEqual(ok({ year: 2023, month: 12 }))
    // The two separators must be the same.
    expect(readDeadline('2023-12/31')).toBeNull()
    expect(readDeadline('2023-13')).toStrictEqual(bad('2023-13'))
    expect(readDeadline('2023-0')).toStrictEqual(bad('2023-0'))
    expect(readDeadline('2023-12-32')).toStrictEqual(bad('2023-12-32'))
    expect(readDeadline('2023-12-0')).toStrictEqual(bad('2023-12-0'))
    expect(readDeadline('2023-13-31')).toStrictEqual(bad('2023-13-31'))
  })

  it('months 1–12, in figures or in Chinese, and days 1–31 (日 or 号)', () => {
    expect(readDeadline('1月')).toStrictEqual(ok({ month: 1 }))
    expect(readDeadline('12月')).toStrictEqual(ok({ month: 12 }))
    expect(readDeadline('13月')).toStrictEqual(bad('13月'))
    expect(readDeadline('0月')).toStrictEqual(bad('0月'))
    expect(readDeadline('123月')).toBeNull()
    const cn = ['一月', '九月', '十月', '十一月', '十二月']
    expect(cn.map(readDeadline)).toStrictEqual([1, 9, 10, 11, 12].map((month) => ok({ month })))
    // "二十一月" is no month: a Chinese numeral before it.
    expect(readDeadline('二十一月')).toBeNull()
    expect(readDeadline('12月31日')).toStrictEqual(ok({ month: 12, day: 31 }))
    expect(readDeadline('12月31号')).toStrictEqual(ok({ month: 12, day: 31 }))
    expect(readDeadline('12月1日')).toStrictEqual(ok({ month: 12, day: 1 }))
    expect(readDeadline('十二月1日')).toStrictEqual(ok({ month: 12, day: 1 }))
    expect(readDeadline('12月32日')).toStrictEqual(bad('12月32日'))
    expect(readDeadline('12月0日')).toStrictEqual(bad('12月0日'))
    expect(readDeadline('13月1日')).toStrictEqual(bad('13月1日'))
    expect(readDeadline('12月31')).toBeNull()
    expect(readDeadline('12月123日')).toBeNull()
  })

  it('month ranges: "1-12月" and "6月至9月", in order', () => {
    for (const t of ['6-9月', '6~9月', '6至9月', '6到9月', '6月至9月', '6月到9月', '6月-9月']) {
      expect(readDeadline(t)).toStrictEqual(ok({ month: 9, fromMonth: 6 }))
    }
    expect(readDeadline('1-12月')).toStrictEqual(ok({ month: 12, fromMonth: 1 }))
    expect(readDeadline('2023年6月至9月')).toStrictEqual(ok({ year: 2023, month: 9, fromMonth: 6 }))
    expect(readDeadline('6月至6月')).toStrictEqual(ok({ month: 6, fromMonth: 6 }))
    expect(readDeadline('6-6月')).toStrictEqual(ok({ month: 6, fromMonth: 6 }))
    expect(readDeadline('9-6月')).toStrictEqual(bad('9-6月'))
    expect(readDeadline('0-6月')).toStrictEqual(bad('0-6月'))
    expect(readDeadline('6-13月')).toStrictEqual(bad('6-13月'))
    expect(readDeadline('9月至6月')).toStrictEqual(bad('9月至6月'))
    expect(readDeadline('6月至13月')).toStrictEqual(bad('6月至13月'))
    expect(readDeadline('13月至14月')).toStrictEqual(bad('13月至14月'))
    for (const t of [
      '6-9',
      '6月~9月',
      '6月9月',
      '6月至2023年9月',
      '2023年6月至2023年9月',
      '2023年2024年',
      '1-6月至9月',
      '6月至7-9月',
      '6月至7月至8月',
      '6月至7月至8月至9月',
    ]) {
      expect(readDeadline(t)).toBeNull()
    }
  })

  it('words after the date: fillers, or a deadline word that lets anything follow', () => {
    const fillers = ['12月以前', '于12月前后', '12月上旬', '12月份', '按时12月', '12月(含)']
    expect(fillers.map(readDeadline)).toStrictEqual(fillers.map(() => ok({ month: 12 })))
    const words = [
      '前',
      '完成',
      '底前完成',
      '之前',
      '以前',
      '内',
      '止',
      '结束',
      '竣工',
      '完工',
      '交付',
    ]
    expect(words.map((w) => readDeadline(`9月${w}验收`))).toStrictEqual(
      words.map(() => ok({ month: 9 })),
    )
    expect(readDeadline('9月验收')).toBeNull()
    expect(readDeadline('9月底验收')).toBeNull()
    expect(readDeadline('验收9月')).toBeNull()
  })

  it('a time label before the date, with nothing but fillers after it', () => {
    for (const label of ['截止日期:', '期限', '时限', '工期', '截至', '日期']) {
      expect(readDeadline(`${label}2022年12月`)).toStrictEqual(ok({ year: 2022, month: 12 }))
    }
    expect(readDeadline('完成时间为2022年12月30日前')).toStrictEqual(
      ok({ year: 2022, month: 12, day: 30 }),
    )
    expect(readDeadline('完成时间为2022年12月30日验收')).toBeNull()
    expect(readDeadline('验收2022年12月')).toBeNull()
  })

  it('"完成100%" after a date is the deadline itself; any other share is a milestone', () => {
    expect(readDeadline('11月底完成100%')).toStrictEqual(ok({ month: 11 }))
    expect(readDeadline('年底前支付完毕100%')).toStrictEqual(ok({ month: 12 }))
    for (const verb of ['完毕', '支付', '拨付', '执行', '到位', '交付']) {
      expect(readDeadline(`6月底前${verb}100%`)).toStrictEqual(ok({ month: 6 }))
    }
    // Another figure after the verb is a milestone too.
    expect(readDeadline('6月前完成50万元')).toBeNull()
    expect(readDeadline('6月底前完成50%')).toBeNull()
    expect(readDeadline('6月底前100%')).toBeNull()
  })

  it('tokens merge only when they touch: a year then its month, a month then "至" and a month', () => {
    expect(readDeadline('2023年度12月')).toStrictEqual(ok({ year: 2023, month: 12 }))
    expect(readDeadline('上半年至9月')).toStrictEqual(ok({ month: 9, fromMonth: 6 }))
    expect(readDeadline('2023-12-')).toStrictEqual(ok({ year: 2023, month: 12 }))
    expect(readDeadline('于十二月')).toStrictEqual(ok({ month: 12 }))
    // A filler between the year and the month, or between "至" and the month, keeps them apart.
    expect(readDeadline('2023年于12月')).toBeNull()
    expect(readDeadline('6月至于9月')).toBeNull()
    // A year that already has its month takes no second month.
    expect(readDeadline('2023年12月9月')).toBeNull()
    expect(readDeadline('2023-12-123')).toBeNull()
    expect(readDeadline('2023年度的')).toBeNull()
  })

  it('what is not a date: "二十一月", "6、9月", "2023~12", a range that ends in another year', () => {
    // A Chinese numeral before 十一月 makes it no month, even under a time label.
    expect(readDeadline('完成时间二十一月')).toBeNull()
    // Only "-", "~", "至" and "到" join two months; only "-" and "/" a year and its month.
    expect(readDeadline('6、9月')).toBeNull()
    expect(readDeadline('2023~12')).toBeNull()
    // A range starts at a month (not at a year alone) and ends at a month of no year.
    expect(readDeadline('2023年至9月')).toBeNull()
    expect(readDeadline('6月至2023-09')).toBeNull()
    // A range with a bad first month is bad, whatever the second.
    expect(readDeadline('0月至6月')).toStrictEqual(bad('0月至6月'))
  })

  it('a comparator or another figure makes it no deadline', () => {
    for (const t of ['≥9月', '≥9月前', '9月≤', '9月=', '9月>', '9月<', '9月5', '', '完成']) {
      expect(readDeadline(t)).toBeNull()
    }
  })
})

describe('signed: a number token as a canonical decimal with its sign', () => {
  it('canonical tokens as they are, others through decimal', () => {
    expect(signed('10', false)).toBe('10')
    expect(signed('1.5', true)).toBe('-1.5')
    expect(signed('0', true)).toBe('0')
    expect(signed('0.0', true)).toBe('0')
    expect(signed('00', false)).toBe('0')
    expect(signed('1.50', false)).toBe('1.5')
    expect(signed('0.50', true)).toBe('-0.5')
    expect(signed('010', true)).toBe('-10')
    expect(signed('0.05', false)).toBe('0.05')
  })
})

describe('readQuantity: label, comparators, figure, unit, range, tails and trailing words', () => {
  it('a label of up to 20 characters before the figure; a clause break ends it', () => {
    const twenty = '一二三四五六七八九十一二三四五六七八九十'
    expect(readQuantity(`${twenty}95%`)).toStrictEqual(quantity('95', '%', { label: twenty }))
    expect(readQuantity(`${twenty}一95%`)).toBeNull()
    expect(readQuantity('满意度达到95%')).toStrictEqual(
      quantity('95', '%', { comparators: ['>='], comparatorTexts: ['达到'], label: '满意度' }),
    )
    for (const stop of ['，', ',', '。', ';', '；', '!', '?', '≥', '≤', '<', '>', '=', '~']) {
      expect(readQuantity(`满意度${stop}a95%`)).toBeNull()
    }
    expect(readQuantity('满意度,95%')).toBeNull()
    // A figure glued to letters before it is a code.
    expect(readQuantity('ISO9001')).toBeNull()
    expect(readQuantity('至少a2次')).toBeNull()
    expect(readQuantity('满意度')).toBeNull()
  })

  it('comparators before the figure, all of them, and a minus sign', () => {
    expect(readQuantity('不低于≥95%')).toStrictEqual(
      quantity('95', '%', { comparators: ['>=', '>='], comparatorTexts: ['≥', '不低于'] }),
    )
    expect(readQuantity('≥-5%')).toStrictEqual(
      quantity('-5', '%', { comparators: ['>='], comparatorTexts: ['≥'] }),
    )
    // A comparator written right before the figure: no spaced one is looked for.
    expect(readQuantity('至少组织≥2次')).toStrictEqual(
      quantity('2', '次', { comparators: ['>='], comparatorTexts: ['≥'], label: '至少组织' }),
    )
    expect(readQuantity('-5%')).toStrictEqual(quantity('-5', '%'))
    expect(readQuantity('≥95%≤')).toBeNull()
  })

  it('a spaced comparator: at least / at most up to three ideographs before the figure', () => {
    expect(readQuantity('至少组织2次')).toStrictEqual(
      quantity('2', '次', { comparators: ['>='], comparatorTexts: ['至少'], label: '至少组织' }),
    )
    expect(readQuantity('至少组2次')).toStrictEqual(
      quantity('2', '次', { comparators: ['>='], comparatorTexts: ['至少'], label: '至少组' }),
    )
    expect(readQuantity('至少组织开2次')).toStrictEqual(
      quantity('2', '次', { comparators: ['>='], comparatorTexts: ['至少'], label: '至少组织开' }),
    )
    expect(readQuantity('至少组织开展2次')).toStrictEqual(
      quantity('2', '次', { label: '至少组织开展' }),
    )
    expect(readQuantity('最多安排5人')).toStrictEqual(
      quantity('5', '人', { comparators: ['<='], comparatorTexts: ['最多'], label: '最多安排' }),
    )
    expect(readQuantity('不少于开展3期')).toStrictEqual(
      quantity('3', '期', {
        comparators: ['>='],
        comparatorTexts: ['不少于'],
        label: '不少于开展',
      }),
    )
    // 达到 is not one of them; a non-ideograph between stops the look; a minus sign too.
    expect(readQuantity('达到组织2次')).toStrictEqual(quantity('2', '次', { label: '达到组织' }))
    expect(readQuantity('至少%组2次')).toStrictEqual(quantity('2', '次', { label: '至少%组' }))
    expect(readQuantity('至少组织-2次')).toStrictEqual(quantity('-2', '次', { label: '至少组织' }))
    expect(readQuantity('组织2次')).toStrictEqual(quantity('2', '次', { label: '组织' }))
    expect(readQuantity('少2次')).toStrictEqual(quantity('2', '次', { label: '少' }))
  })

  it('unknown units: up to six letters, or one or two ideographs, before the end or a tail', () => {
    const unknown = (value: string, unit: string, more: Record<string, unknown> = {}) =>
      quantity(value, unit, { unknownUnit: true, ...more })
    expect(readQuantity('100Mbps', CELL)).toStrictEqual(unknown('100', 'Mbps'))
    expect(readQuantity('100abcdef', CELL)).toStrictEqual(unknown('100', 'abcdef'))
    expect(readQuantity('100abcdefg', CELL)).toBeNull()
    expect(readQuantity('1Ox', CELL)).toStrictEqual(unknown('1', 'Ox'))
    // Letters that stand for digits are damage, not a unit.
    expect(readQuantity('1O', CELL)).toBeNull()
    expect(readQuantity('1Ol', CELL)).toBeNull()
    expect(readQuantity('3幅', CELL)).toStrictEqual(unknown('3', '幅'))
    expect(readQuantity('3幅画', CELL)).toStrictEqual(unknown('3', '幅画'))
    expect(readQuantity('3幅画布', CELL)).toBeNull()
    expect(readQuantity('3幅以', CELL)).toStrictEqual(unknown('3', '幅以'))
    expect(readQuantity('3幅以上', CELL)).toStrictEqual(
      unknown('3', '幅', { comparators: ['>='], comparatorTexts: ['以上'] }),
    )
    expect(readQuantity('3幅左右', CELL)).toStrictEqual(
      unknown('3', '幅', { comparators: ['='], comparatorTexts: ['左右'] }),
    )
    expect(readQuantity('3幅(含)', CELL)).toStrictEqual(unknown('3', '幅'))
    expect(readQuantity('3幅。', CELL)).toStrictEqual(unknown('3', '幅'))
    expect(readQuantity('3Mbps以上', CELL)).toStrictEqual(
      unknown('3', 'Mbps', { comparators: ['>='], comparatorTexts: ['以上'] }),
    )
    expect(readQuantity('3Mbps(含)', CELL)).toStrictEqual(unknown('3', 'Mbps'))
    expect(readQuantity('3Mbps幅', CELL)).toBeNull()
    expect(readQuantity('3以上', CELL)).toStrictEqual(
      quantity('3', null, { comparators: ['>='], comparatorTexts: ['以上'] }),
    )
    // Ideographs of the CJK block only: 一 and 鿿 are, 〇 and 㐀 are not.
    expect(readQuantity('3一', CELL)).toStrictEqual(unknown('3', '一'))
    expect(readQuantity('3鿿', CELL)).toStrictEqual(unknown('3', '鿿'))
    expect(readQuantity('3〇', CELL)).toBeNull()
    expect(readQuantity('3㐀', CELL)).toBeNull()
    // Nothing after the figure is no unit, not an empty one.
    expect(readQuantity('3', CELL)).toStrictEqual(quantity('3', null))
    // A bracket after one or two ideographs ends the unit; the bracket is trailing words.
    expect(readQuantity('≥3幅(满意)', CELL)).toStrictEqual(
      unknown('3', '幅', { comparators: ['>='], comparatorTexts: ['≥'], trailing: '(满意)' }),
    )
    expect(readQuantity('3幅(满意)', CELL)).toBeNull()
    // Without the option an unknown unit is no unit.
    expect(readQuantity('3幅')).toBeNull()
    expect(readQuantity('3幅', { sentence: true })).toBeNull()
    expect(readQuantity('3幅', { unknownUnits: true })).toStrictEqual(unknown('3', '幅'))
  })

  it('ranges: "-", "~", "至", "到", one unit or the same twice, in order', () => {
    const range = (value: string, upper: string, unit: string | null) =>
      quantity(value, unit, { upper })
    for (const sep of ['-', '~', '至', '到']) {
      expect(readQuantity(`3${sep}5天`)).toStrictEqual(range('3', '5', '天'))
    }
    expect(readQuantity('5-3天')).toStrictEqual(range('3', '5', '天'))
    expect(readQuantity('3天至5天')).toStrictEqual(range('3', '5', '天'))
    expect(readQuantity('3天至5')).toStrictEqual(range('3', '5', '天'))
    expect(readQuantity('5m2至6m2')).toStrictEqual(range('5', '6', 'm²'))
    expect(readQuantity('3至5天之间')).toStrictEqual(range('3', '5', '天'))
    expect(readQuantity('3~-5天')).toStrictEqual(range('-5', '3', '天'))
    expect(readQuantity('-5~-3')).toStrictEqual(range('-5', '-3', null))
    expect(readQuantity('-3~-5')).toStrictEqual(range('-5', '-3', null))
    expect(readQuantity('90%~100%')).toStrictEqual(range('90', '100', '%'))
    // An unknown unit must end the text or meet a tail: never the first end of a range.
    expect(readQuantity('3Mbps至5', CELL)).toBeNull()
    // A written comparator with a range conflicts.
    expect(readQuantity('3至5天以上')).toStrictEqual(
      quantity('3', '天', {
        upper: '5',
        comparators: ['>='],
        comparatorTexts: ['以上'],
        conflict: true,
      }),
    )
    for (const t of ['3~--5天', '3~x5天', '3 5天', '3天至5人', '3天之间', '3至5天6', '3至5天至6']) {
      expect(readQuantity(t)).toBeNull()
    }
    expect(readQuantity('1至2至3')).toBeNull()
    expect(readQuantity('5m2至6m2至7')).toBeNull()
    expect(readQuantity('3幅至5天', CELL)).toBeNull()
    expect(readQuantity('3至5幅', CELL)).toBeNull()
  })

  it('tails: comparator phrases, neutral words and a bracketed unit note', () => {
    expect(readQuantity('95%以上(含)')).toStrictEqual(
      quantity('95', '%', { comparators: ['>='], comparatorTexts: ['以上'] }),
    )
    expect(readQuantity('95%及以上。')).toStrictEqual(
      quantity('95', '%', { comparators: ['>='], comparatorTexts: ['及以上'] }),
    )
    expect(readQuantity('95%含')).toStrictEqual(quantity('95', '%'))
    expect(readQuantity('95%(百分比)')).toStrictEqual(quantity('95', '%'))
    expect(readQuantity('5个(次)')).toStrictEqual(quantity('5', '个'))
    expect(readQuantity('5个[次)')).toBeNull()
    // A comparator after the note is read too.
    expect(readQuantity('95%(百分比)以上')).toStrictEqual(
      quantity('95', '%', { comparators: ['>='], comparatorTexts: ['以上'] }),
    )
    expect(readQuantity('5个(次')).toBeNull()
    expect(readQuantity('5个(啊)')).toBeNull()
    expect(readQuantity('≥95%以下')).toStrictEqual(
      quantity('95', '%', {
        comparators: ['>=', '<='],
        comparatorTexts: ['≥', '以下'],
        conflict: true,
      }),
    )
    expect(readQuantity('≥95%以上')).toStrictEqual(
      quantity('95', '%', { comparators: ['>=', '>='], comparatorTexts: ['≥', '以上'] }),
    )
  })

  it('trailing words after a written comparator or a known unit, in a sentence only', () => {
    expect(readQuantity('全年开展不少于3次培训', CELL)).toStrictEqual(
      quantity('3', '次', {
        comparators: ['>='],
        comparatorTexts: ['不少于'],
        label: '全年开展',
        trailing: '培训',
      }),
    )
    expect(readQuantity('全年开展不少于3次培训')).toBeNull()
    // kpi-rows 32: "100%覆盖".
    expect(readQuantity('100%覆盖', { sentence: true })).toStrictEqual(
      quantity('100', '%', { trailing: '覆盖' }),
    )
    expect(readQuantity('≥3培训', { sentence: true })).toStrictEqual(
      quantity('3', null, { comparators: ['>='], comparatorTexts: ['≥'], trailing: '培训' }),
    )
    expect(readQuantity('3个以上覆盖', { sentence: true })).toStrictEqual(
      quantity('3', '个', { comparators: ['>='], comparatorTexts: ['以上'], trailing: '覆盖' }),
    )
    // A comparator written after the figure lets words follow too.
    expect(readQuantity('3以上覆盖', CELL)).toStrictEqual(
      quantity('3', null, { comparators: ['>='], comparatorTexts: ['以上'], trailing: '覆盖' }),
    )
    // Neither a comparator nor a known unit: no trailing words.
    expect(readQuantity('3培训', { sentence: true })).toBeNull()
    expect(readQuantity('3幅覆盖', CELL)).toBeNull()
  })

  it('"2023年培训" is a year, not 2023 years; three or five digits, or a comparator, are a span', () => {
    expect(readQuantity('2023年培训', CELL)).toBeNull()
    expect(readQuantity('≥2023年培训', CELL)).toStrictEqual(
      quantity('2023', '年', { comparators: ['>='], comparatorTexts: ['≥'], trailing: '培训' }),
    )
    expect(readQuantity('202年培训', CELL)).toStrictEqual(
      quantity('202', '年', { trailing: '培训' }),
    )
    expect(readQuantity('20230年培训', CELL)).toStrictEqual(
      quantity('20230', '年', { trailing: '培训' }),
    )
    expect(readQuantity('2023天培训', CELL)).toStrictEqual(
      quantity('2023', '天', { trailing: '培训' }),
    )
  })

  it('trailing words: at most 12, ideographs or letters, one level of brackets, an end mark', () => {
    const ge3 = (trailing: string) =>
      quantity('3', '次', { comparators: ['>='], comparatorTexts: ['≥'], trailing })
    const twelve = '一二三四五六七八九十一二'
    expect(readQuantity(`≥3次${twelve}`, CELL)).toStrictEqual(ge3(twelve))
    expect(readQuantity(`≥3次${twelve}三`, CELL)).toBeNull()
    expect(readQuantity(`≥3次${twelve}。。`, CELL)).toStrictEqual(ge3(twelve))
    for (const end of ['.', ';', '；', '!', '！', '。']) {
      expect(readQuantity(`≥3次培训${end}`, CELL)).toStrictEqual(ge3('培训'))
    }
    expect(readQuantity('≥3次培训,', CELL)).toBeNull()
    expect(readQuantity('≥3次培训ab', CELL)).toStrictEqual(ge3('培训ab'))
    expect(readQuantity('≥3次培训a1', CELL)).toBeNull()
    expect(readQuantity('≥3次培 训', CELL)).toBeNull()
    const ge95 = (trailing: string) =>
      quantity('95', '%', { comparators: ['>='], comparatorTexts: ['≥'], trailing })
    expect(readQuantity('≥95%(满意度)', CELL)).toStrictEqual(ge95('(满意度)'))
    expect(readQuantity('≥95%(满)(意)', CELL)).toStrictEqual(ge95('(满)(意)'))
    for (const t of ['≥95%(满意度', '≥95%满意度)', '≥95%((满意))', '≥3次培训)(']) {
      expect(readQuantity(t, CELL)).toBeNull()
    }
    // The ideographs of the CJK block only.
    expect(readQuantity('≥3次鿿', CELL)).toStrictEqual(ge3('鿿'))
    expect(readQuantity('≥3次가', CELL)).toBeNull()
    expect(readQuantity('3가', CELL)).toBeNull()
    expect(readQuantity('≥3次〇', CELL)).toBeNull()
  })
})

describe('parseTarget: the order of readings', () => {
  it('text over 5000 characters is unreadable without being read; 5000 is read', () => {
    const long = '≥'.repeat(5001)
    const t = parseTarget(long)
    expect(
      t.kind === 'unreadable' && [t.problem, t.normalized === long, t.fragment.length],
    ).toEqual(['too-long', true, 61])
    expect(parseTarget('≥'.repeat(5000)).kind).toBe('qualitative')
  })

  it('a name over the limit is dropped, the target still read', () => {
    expect(read('80', `≥**人${'x'.repeat(5000)}`)).toStrictEqual({
      kind: 'quantitative',
      normalized: '80',
      comparator: '>=',
      value: '80',
      unit: null,
      comparatorInferred: true,
      inferredFrom: 'default',
    })
  })

  it('what is not text: a finite number is its digits, anything else blank', () => {
    expect(parseTarget(95 as unknown as string)).toStrictEqual({
      kind: 'quantitative',
      raw: '95',
      normalized: '95',
      comparator: '>=',
      value: '95',
      unit: null,
      comparatorInferred: true,
      inferredFrom: 'default',
    })
    const values: unknown[] = [Number.NaN, Number.POSITIVE_INFINITY, null, {}, undefined]
    for (const v of values) {
      expect(parseTarget(v as string)).toStrictEqual({
        kind: 'none',
        raw: '',
        normalized: '',
      })
    }
  })

  it('placeholders and template prompts are none (kpi-rows 44: "项目资金测算标准(文字描述)")', () => {
    for (const t of ['', '-', '—', '一', '无', '/', 'N/A', '(文字描述)']) {
      expect(parseTarget(t).kind).toBe('none')
    }
    expect(parseTarget('项目资金测算标准(文字描述)')).toStrictEqual({
      kind: 'none',
      raw: '项目资金测算标准(文字描述)',
      normalized: '项目资金测算标准(文字描述)',
    })
  })

  it('damage, bad dates and conflicting comparators are unreadable, each with its fragment', () => {
    expect(read('M.8万元')).toStrictEqual({
      kind: 'unreadable',
      normalized: 'M.8万元',
      problem: 'ocr-damage',
      fragment: 'M.8',
    })
    expect(read('2021年13月')).toStrictEqual({
      kind: 'unreadable',
      normalized: '2021年13月',
      problem: 'bad-date',
      fragment: '2021年13月',
    })
    expect(read('≥95%以下')).toStrictEqual({
      kind: 'unreadable',
      normalized: '≥95%以下',
      problem: 'conflicting-comparators',
      fragment: '≥95%以下',
    })
    expect(read('3-5天以内').kind).toBe('unreadable')
  })

  it('a deadline keeps its parts', () => {
    expect(read('2021年12月31日')).toStrictEqual({
      kind: 'deadline',
      normalized: '2021年12月31日',
      year: 2021,
      month: 12,
      day: 31,
    })
    expect(read('1-12月')).toStrictEqual({
      kind: 'deadline',
      normalized: '1-12月',
      month: 12,
      fromMonth: 1,
    })
  })

  it('qualitative, with a trend when one is named (kpi-rows 52: "逐步提高")', () => {
    expect(read('逐步提高')).toStrictEqual({
      kind: 'qualitative',
      normalized: '逐步提高',
      trend: 'increase',
    })
    expect(read('合格')).toStrictEqual({ kind: 'qualitative', normalized: '合格' })
    expect(read('不降低')).toStrictEqual({ kind: 'qualitative', normalized: '不降低' })
  })

  it('real quantities (kpi-rows: ">=530元/人*月", "<=5300元/户", ">= 98 %(百分比)", "550万粒", "≥2倍")', () => {
    expect(read('>=530元/人*月')).toStrictEqual({
      kind: 'quantitative',
      normalized: '≥530元/人*月',
      comparator: '>=',
      value: '530',
      unit: '元/人·月',
      comparatorInferred: false,
    })
    expect(read('<=5300元/户')).toMatchObject({ comparator: '<=', value: '5300', unit: '元/户' })
    expect(read('>= 98 %(百分比)')).toMatchObject({ comparator: '>=', value: '98', unit: '%' })
    expect(read('550万粒')).toMatchObject({ comparator: '>=', value: '550', unit: '万粒' })
    expect(read('≥2倍')).toMatchObject({ comparator: '>=', value: '2', unit: '倍' })
    expect(read('3—5天')).toStrictEqual({
      kind: 'quantitative',
      normalized: '3-5天',
      comparator: 'between',
      value: '3',
      upper: '5',
      unit: '天',
      comparatorInferred: false,
    })
    expect(read('满意度达到95%')).toStrictEqual({
      kind: 'quantitative',
      normalized: '满意度达到95%',
      comparator: '>=',
      value: '95',
      unit: '%',
      comparatorInferred: false,
      label: '满意度',
    })
    expect(read('3幅')).toStrictEqual({
      kind: 'quantitative',
      normalized: '3幅',
      comparator: '>=',
      value: '3',
      unit: '幅',
      comparatorInferred: true,
      inferredFrom: 'default',
      unknownUnit: true,
    })
  })
})

describe('parseTarget: what the indicator name supplies', () => {
  const q = (
    value: string,
    unit: string | null,
    comparator: string,
    inferredFrom: string | null,
    more: Record<string, unknown> = {},
  ) => ({
    kind: 'quantitative',
    comparator,
    value,
    unit,
    comparatorInferred: inferredFrom !== null,
    ...(inferredFrom !== null ? { inferredFrom } : {}),
    ...more,
  })
  const strip = (t: Record<string, unknown>) => {
    const rest = { ...t }
    delete rest.normalized
    return rest
  }
  const named = (text: string, name?: string, level2?: string) => strip(read(text, name, level2))

  it('a template hint: the comparator and the unit for a bare figure', () => {
    expect(named('80', '受益建档立卡贫困人口数≥**人')).toStrictEqual(
      q('80', '人', '>=', 'name-hint', { unitFrom: 'name', nameHint: '≥**人' }),
    )
    expect(named('80人', '受益建档立卡贫困人口数≥**人')).toStrictEqual(
      q('80', '人', '>=', 'name-hint', { nameHint: '≥**人' }),
    )
    // A written comparator: the name only gives the unit.
    expect(named('≥80', '受益人口(≥**人)')).toStrictEqual(
      q('80', '人', '>=', null, { unitFrom: 'name', nameHint: '(≥**人)' }),
    )
    // Written comparator and unit: the name is not read at all.
    expect(named('≥80人', '受益人口(<**户)')).toStrictEqual(q('80', '人', '>=', null))
    expect(named('80', '人口数(≥**)')).toStrictEqual(
      q('80', null, '>=', 'name-hint', { nameHint: '(≥**)' }),
    )
    expect(named('80', '人口数(**人)')).toStrictEqual(
      q('80', '人', '>=', 'default', { unitFrom: 'name', nameHint: '(**人)' }),
    )
    expect(named('80', '人口(≥**)(个)')).toStrictEqual(
      q('80', '个', '>=', 'name-hint', { unitFrom: 'name', nameHint: '(≥**)' }),
    )
  })

  it('a bound in the name decides only for the same value', () => {
    expect(named('5300', '——一户年最高5300元')).toStrictEqual(
      q('5300', '元', '<=', 'name-bound', { unitFrom: 'name', nameHint: '最高5300元' }),
    )
    expect(named('5300.0', '——一户年最高5300元')).toStrictEqual(
      q('5300', '元', '<=', 'name-bound', { unitFrom: 'name', nameHint: '最高5300元' }),
    )
    expect(named('5300元', '——一户年最高5300元')).toStrictEqual(
      q('5300', '元', '<=', 'name-bound', { nameHint: '最高5300元' }),
    )
    expect(named('≥5300', '——一户年最高5300元')).toStrictEqual(
      q('5300', '元', '>=', null, { unitFrom: 'name', nameHint: '最高5300元' }),
    )
    // A bound with no unit gives no unit; a template's unit comes before the bound's, the
    // bound's before a unit in brackets.
    expect(named('5300', '不低于5300')).toStrictEqual(
      q('5300', null, '>=', 'name-bound', { nameHint: '不低于5300' }),
    )
    expect(named('5300', '(≥**人)最高5300元')).toStrictEqual(
      q('5300', '人', '<=', 'name-bound', { unitFrom: 'name', nameHint: '最高5300元' }),
    )
    expect(named('5300', '最高5300元(个)')).toStrictEqual(
      q('5300', '元', '<=', 'name-bound', { unitFrom: 'name', nameHint: '最高5300元' }),
    )
    expect(named('5000', '——一户年最高5300元')).toStrictEqual(q('5000', null, '>=', 'default'))
    expect(named('5300', '5300元以内')).toStrictEqual(
      q('5300', '元', '<=', 'name-bound', { unitFrom: 'name', nameHint: '5300元以内' }),
    )
    expect(named('5300', '=5300元')).toStrictEqual(q('5300', null, '>=', 'default'))
  })

  it('a unit in brackets or a head noun', () => {
    expect(named('80', '数量(个)')).toStrictEqual(
      q('80', '个', '>=', 'default', { unitFrom: 'name', nameHint: '(个)' }),
    )
    expect(named('80', '培训人数')).toStrictEqual(
      q('80', '人', '>=', 'default', { unitFrom: 'name', nameHint: '人数' }),
    )
    expect(named('≥80', '培训人数')).toStrictEqual(
      q('80', '人', '>=', null, { unitFrom: 'name', nameHint: '人数' }),
    )
    expect(named('80人', '培训人数')).toStrictEqual(q('80', '人', '>=', 'default'))
    expect(named('15', '成本(万元)')).toStrictEqual(
      q('15', '万元', '<=', 'lower-is-better-name', { unitFrom: 'name', nameHint: '(万元)' }),
    )
    expect(named('0', '培训人数')).toStrictEqual(
      q('0', '人', '=', 'zero-target', { unitFrom: 'name', nameHint: '人数' }),
    )
  })

  it('the name names its direction: lower, equal, unclear', () => {
    expect(named('15', '办公所需成本')).toStrictEqual(q('15', null, '<=', 'lower-is-better-name'))
    expect(named('15万元', '办公所需成本')).toStrictEqual(
      q('15', '万元', '<=', 'lower-is-better-name'),
    )
    expect(named('15万元', '农村低保补助标准')).toStrictEqual(q('15', '万元', '=', 'equal-name'))
    expect(named('15%', '成本控制率')).toStrictEqual(q('15', '%', '>=', 'direction-unclear'))
    // The name is normalised before it is read.
    expect(named('15', '事故發生率')).toStrictEqual(q('15', null, '<=', 'lower-is-better-name'))
    expect(named('80', '人口(≧**人)')).toStrictEqual(
      q('80', '人', '>=', 'name-hint', { unitFrom: 'name', nameHint: '(≥**人)' }),
    )
    // "……" is six dots once normalised: a run of dots is a placeholder, one dot a decimal point.
    expect(named('80', '人口(≥……人)')).toStrictEqual(
      q('80', '人', '>=', 'name-hint', { unitFrom: 'name', nameHint: '(≥......人)' }),
    )
    expect(named('80', '人口(≥.人)')).not.toMatchObject({ inferredFrom: 'name-hint' })
    // Money under a name that says "higher" is no longer unclear.
    expect(named('15万元', '满意度')).toStrictEqual(q('15', '万元', '>=', 'default'))
    expect(named('95%', '市民满意度')).toStrictEqual(q('95', '%', '>=', 'default'))
  })

  it('a zero target is "=" whatever the name (kpi-rows: "0次"; seed: "0起")', () => {
    expect(named('0起', '花市安全事故数')).toStrictEqual(q('0', '起', '=', 'zero-target'))
    expect(named('0.0起', '事故数')).toStrictEqual(q('0', '起', '=', 'zero-target'))
    expect(named('0次')).toStrictEqual(q('0', '次', '=', 'zero-target'))
    expect(named('0', '——一户年最高0元')).toStrictEqual(
      q('0', '元', '=', 'zero-target', { unitFrom: 'name', nameHint: '最高0元' }),
    )
  })

  it('二级指标: 成本 makes a bare figure an upper bound; money under a silent name is unclear', () => {
    expect(named('15万元', '以低价位高质量为采购原则', '成本指标')).toStrictEqual(
      q('15', '万元', '<=', 'cost-level'),
    )
    expect(named('15', '采购原则', '成本')).toStrictEqual(q('15', null, '<=', 'cost-level'))
    // Traditional characters in 二级 are folded first.
    expect(named('15', '采购原则', '成本指標')).toStrictEqual(q('15', null, '<=', 'cost-level'))
    // A direction word of the name wins over 成本指标.
    expect(named('95%', '满意度', '成本指标')).toStrictEqual(q('95', '%', '>=', 'default'))
    for (const unit of ['元', '千元', '万元', '百万元', '亿元', '万']) {
      expect(named(`15${unit}`, '采购原则')).toStrictEqual(q('15', unit, '>=', 'direction-unclear'))
    }
    for (const level2 of ['数量指标', '质量指标', '效益指标', '社会效益指標']) {
      expect(named('15万元', '采购原则', level2)).toStrictEqual(q('15', '万元', '>=', 'default'))
    }
    expect(named('15万元', '采购原则', '时效指标')).toStrictEqual(
      q('15', '万元', '>=', 'direction-unclear'),
    )
    expect(named('15人', '采购原则')).toStrictEqual(q('15', '人', '>=', 'default'))
    expect(named('15', '采购原则')).toStrictEqual(q('15', null, '>=', 'default'))
    // Without a name nothing but the default is inferred, 成本指标 or not.
    expect(named('15万元')).toStrictEqual(q('15', '万元', '>=', 'default'))
    expect(named('15万元', undefined, '成本指标')).toStrictEqual(q('15', '万元', '>=', 'default'))
  })
})

describe('parseTarget: "290%" where "≥90%" was printed', () => {
  const suspect = (text: string, name?: string) => {
    const t = parseTarget(text, { indicatorName: name })
    return t.kind === 'quantitative' ? (t.suspect?.reading ?? null) : t.kind
  }

  it('flagged: an inferred percent over 100 starting with 2, the rest in [1, 100]', () => {
    expect(parseTarget('290%', { indicatorName: '市民满意度调查' })).toStrictEqual({
      kind: 'quantitative',
      raw: '290%',
      normalized: '290%',
      comparator: '>=',
      value: '290',
      unit: '%',
      comparatorInferred: true,
      inferredFrom: 'default',
      suspect: { problem: 'comparator-read-as-digit', reading: '≥90%' },
    })
    expect(suspect('2100%')).toBe('≥100%')
    expect(suspect('210%')).toBe('≥10%')
    expect(suspect('2100%', '2')).toBe('≥100%')
  })

  it('not flagged: written comparators, other units, small or large rests, growth names', () => {
    for (const t of ['≥290%', '290', '290人', '390%', '2%', '20%', '21%', '200%', '2.5%']) {
      expect(suspect(t)).toBeNull()
    }
    for (const t of ['2101%', '2100.5%', '2099%', '201%', '2001%', '2010%', '2150%', '21.5%']) {
      expect(suspect(t)).toBeNull()
    }
    for (const name of ['收入增长率', '增幅', '增速', '提高', '翻倍', '执行率', '增加']) {
      expect(suspect('290%', name)).toBeNull()
    }
    // kpi-rows 29: "250%" under 合格率 is the same pattern; "290$" is not a percent.
    expect(suspect('250%', '原原种合格率')).toBe('≥50%')
    expect(suspect('采购的原原种合格率290$')).toBe('qualitative')
  })
})

describe('readTargetInName', () => {
  const inName = (name: string, level2?: string) => {
    const t = readTargetInName(name, { level2 })
    if (t === null) return null
    const rest: Record<string, unknown> = { ...t }
    delete rest.raw
    delete rest.normalized
    return rest
  }

  it('the documented examples', () => {
    expect(inName('指标1:年度资金支付完成率100%')).toStrictEqual({
      kind: 'quantitative',
      comparator: '>=',
      value: '100',
      unit: '%',
      comparatorInferred: true,
      inferredFrom: 'default',
      label: '年度资金支付完成率',
    })
    expect(inName('指标12021年11月30日前完成资金支付')).toStrictEqual({
      kind: 'deadline',
      year: 2021,
      month: 11,
      day: 30,
    })
    expect(inName('指标1:工程质量合格')).toBeNull()
    expect(inName('指标4.不合格产品处置率')).toBeNull()
  })

  it('stars and ordinals before the name', () => {
    const ge360 = {
      kind: 'quantitative',
      comparator: '>=',
      value: '360',
      unit: '天',
      comparatorInferred: false,
    }
    for (const name of ['★≥360天', '☆≥360天', '*≥360天', '★☆*≥360天', '1、≥360天', '12、≥360天']) {
      expect(inName(name)).toStrictEqual(ge360)
    }
    for (const name of ['指标12:≥360天', '1-≥360天', '1)≥360天', '::≥360天', '1.≥360天']) {
      expect(inName(name)).toStrictEqual(ge360)
    }
    expect(inName('★12、≥360天')).toStrictEqual(ge360)
    // Three digits are no ordinal, a digit without a mark neither.
    expect(inName('123、≥360天')).toBeNull()
    expect(inName('1≥360天')).toBeNull()
    expect(inName('★≥360天服务读者')).toStrictEqual(ge360)
    // "(一)" is not dropped: it stays as the label.
    expect(inName('(一)≥360天')).toStrictEqual({ ...ge360, label: '(一)' })
  })

  it('"指标" + digits: one digit of ordinal, or the digits before a glued year', () => {
    const dec2022 = { kind: 'deadline', year: 2022, month: 12 }
    expect(inName('指标12022年12月完成')).toStrictEqual(dec2022)
    expect(inName('指标122022年12月完成')).toStrictEqual(dec2022)
    expect(inName('指标:2022年12月完成')).toStrictEqual(dec2022)
    expect(inName('1.2022年12月完成')).toStrictEqual(dec2022)
    // An ordinal glued to a figure.
    expect(inName('指标1100%')).toStrictEqual({
      kind: 'quantitative',
      comparator: '>=',
      value: '100',
      unit: '%',
      comparatorInferred: true,
      inferredFrom: 'default',
    })
    expect(inName('指标110000人')).toMatchObject({ value: '10000', unit: '人' })
    // Four digits after 指标 are not a glued year: one is the ordinal, "022年" is left.
    expect(inName('指标2022年12月完成')).toBeNull()
    for (const name of ['指标123:≥360天', '指标1234:≥360天', '指标12345:≥360天']) {
      expect(inName(name)).toBeNull()
    }
  })

  it('what is too short, a template prompt, too long, not text, or not a figure is null', () => {
    for (const name of ['5', '1:5', '(文字描述)', '提升', '-', 'M.8万元', 'x'.repeat(5001)]) {
      expect(inName(name)).toBeNull()
    }
    expect(readTargetInName(123 as unknown as string)).toBeNull()
    expect(inName('5%')).toStrictEqual({
      kind: 'quantitative',
      comparator: '>=',
      value: '5',
      unit: '%',
      comparatorInferred: true,
      inferredFrom: 'default',
    })
  })

  it('the body is its own indicator name, and 二级 is passed on', () => {
    expect(inName('成本80万元')).toStrictEqual({
      kind: 'quantitative',
      comparator: '<=',
      value: '80',
      unit: '万元',
      comparatorInferred: true,
      inferredFrom: 'lower-is-better-name',
      label: '成本',
    })
    expect(inName('80万元', '成本指标')).toStrictEqual({
      kind: 'quantitative',
      comparator: '<=',
      value: '80',
      unit: '万元',
      comparatorInferred: true,
      inferredFrom: 'cost-level',
    })
    const t = readTargetInName('指标1:年度资金支付完成率100%')
    expect(t === null ? null : [t.raw, t.normalized]).toEqual([
      '年度资金支付完成率100%',
      '年度资金支付完成率100%',
    ])
  })
})

describe('trends', () => {
  it('findTrend: one direction, not negated; two directions name none', () => {
    expect(findTrend('提升服务质量')).toStrictEqual({ trend: 'increase', word: '提升', at: 0 })
    expect(findTrend('持续降低')).toStrictEqual({ trend: 'decrease', word: '降低', at: 2 })
    expect(findTrend('提升并提高')).toStrictEqual({ trend: 'increase', word: '提升', at: 0 })
    expect(findTrend('不降低但提升')).toStrictEqual({ trend: 'increase', word: '提升', at: 4 })
    expect(findTrend('提升并降低')).toBeUndefined()
    expect(findTrend('降低成本并提升')).toBeUndefined()
    expect(findTrend('不降低')).toBeUndefined()
    expect(findTrend('')).toBeUndefined()
    expect(readTrend('较上年提高')).toBe('increase')
    expect(readTrend('减少')).toBe('decrease')
    expect(readTrend('质量')).toBeUndefined()
  })

  it('findDeniedTrend: the trend word with its negation right before it', () => {
    expect(findDeniedTrend('未提升')).toStrictEqual({ trend: 'increase', word: '未提升', at: 0 })
    expect(findDeniedTrend('没有提高')).toStrictEqual({
      trend: 'increase',
      word: '没有提高',
      at: 0,
    })
    expect(findDeniedTrend('尚未提高')).toStrictEqual({
      trend: 'increase',
      word: '尚未提高',
      at: 0,
    })
    expect(findDeniedTrend('服务质量未下降')).toStrictEqual({
      trend: 'decrease',
      word: '未下降',
      at: 4,
    })
    expect(findDeniedTrend('提升但未下降')).toStrictEqual({
      trend: 'decrease',
      word: '未下降',
      at: 3,
    })
    expect(findDeniedTrend('提升')).toBeUndefined()
    expect(findDeniedTrend('服务质量没有明显下降')).toBeUndefined()
    expect(findDeniedTrend('未')).toBeUndefined()
  })

  it('lowerIsBetter: the word that ends last decides', () => {
    expect(lowerIsBetter('事故发生率')).toBe(true)
    expect(lowerIsBetter('利息费用保障率')).toBe(false)
    expect(lowerIsBetter('农村低保补助标准')).toBe(false)
    expect(lowerIsBetter(5 as unknown as string)).toBe(false)
  })
})

describe('directionWordIn', () => {
  const word = (name: string) => {
    const w = directionWordInNormalized(name)
    return w === undefined ? undefined : [w.text, w.direction, w.weak === true]
  }

  it('the word that ends last, the longer on a tie', () => {
    expect(word('事故发生率')).toEqual(['发生率', 'lower', false])
    expect(word('利息费用保障率')).toEqual(['保障率', 'higher', false])
    expect(word('事故处理满意度')).toEqual(['满意度', 'higher', false])
    expect(word('满意度事故')).toEqual(['事故', 'lower', false])
    expect(word('成本降低率')).toEqual(['降低率', 'higher', false])
    expect(word('建设成本')).toEqual(['成本', 'lower', false])
    expect(word('成本率')).toEqual(['成本率', 'lower', false])
    expect(word('资金支出率')).toEqual(['支出率', 'higher', false])
    expect(word('质量')).toBeUndefined()
    expect(word('')).toBeUndefined()
  })

  it('a weak word decides only when there is no strong one; the last weak word wins', () => {
    expect(word('安全事故数量')).toEqual(['事故', 'lower', false])
    expect(word('数量')).toEqual(['数量', 'higher', true])
    expect(word('数量新建')).toEqual(['新建', 'higher', true])
    expect(word('稳定性')).toEqual(['性', 'higher', true])
    expect(word('安全性')).toEqual(['安全性', 'higher', false])
    expect(word('事故安全性')).toEqual(['安全性', 'higher', false])
  })

  it('a lower-is-better word right after an absence word does not decide', () => {
    for (const name of ['无事故', '零事故', '不发生事故', '未发生事故', '不受损失', '避免污染']) {
      expect(word(name)).toBeUndefined()
    }
    expect(word('防止污染')).toBeUndefined()
    expect(word('杜绝事故')).toBeUndefined()
    expect(word('无事故率')).toEqual(['率', 'higher', false])
    // A higher-is-better word after 无 still decides.
    expect(word('无满意度')).toEqual(['满意度', 'higher', false])
    expect(directionWordIn('事故發生率')?.text).toBe('发生率')
    expect(directionWordIn(5 as unknown as string)).toBeUndefined()
  })
})

describe('indicatorDirection', () => {
  const unitReason =
    'an output quantity or a share achieved (a count, persons, an area, a percent …)'
  const none = {
    direction: 'unclear',
    source: 'none',
    reason: 'no word of the name says which way',
  }

  it('a sign written in the target, each comparator', () => {
    const signs = [
      ['≥360天', 'higher-better', '≥'],
      ['>360天', 'higher-better', '>'],
      ['≤360天', 'lower-better', '≤'],
      ['<360天', 'lower-better', '<'],
      ['=360天', 'equal', '='],
      ['3-5天', 'equal', '~'],
    ] as const
    for (const [text, direction, glyph] of signs) {
      expect(indicatorDirection('2022年全年', { target: parseTarget(text) })).toStrictEqual({
        direction,
        source: 'written-comparator',
        word: glyph,
        reason: 'the sign written in the target',
      })
    }
  })

  it('a sign or a bound in the name, a zero target, a deadline, a trend', () => {
    const name = '受益人口(≥**人)'
    expect(
      indicatorDirection(name, { target: parseTarget('80', { indicatorName: name }) }),
    ).toStrictEqual({
      direction: 'higher-better',
      source: 'name-hint',
      word: '(≥**人)',
      reason: 'the sign written in the indicator name',
    })
    const bound = '——一户年最高5300元'
    expect(
      indicatorDirection(bound, { target: parseTarget('5300', { indicatorName: bound }) }),
    ).toStrictEqual({
      direction: 'lower-better',
      source: 'name-hint',
      word: '最高5300元',
      reason: 'the sign written in the indicator name',
    })
    expect(
      indicatorDirection('事故数', { target: parseTarget('0起', { indicatorName: '事故数' }) }),
    ).toStrictEqual({
      direction: 'lower-better',
      source: 'zero-target',
      word: '0起',
      reason: 'a zero target counts what should not happen',
    })
    expect(indicatorDirection('事故数', { target: parseTarget('0') }).word).toBe('0')
    expect(indicatorDirection('工期', { target: parseTarget('2023年12月') })).toStrictEqual({
      direction: 'lower-better',
      source: 'deadline',
      reason: 'a deadline: earlier is better',
    })
    expect(indicatorDirection('质量', { target: parseTarget('提升') })).toStrictEqual({
      direction: 'higher-better',
      source: 'trend',
      reason: 'the target names a trend',
    })
    expect(indicatorDirection('质量', { target: parseTarget('降低') })).toStrictEqual({
      direction: 'lower-better',
      source: 'trend',
      reason: 'the target names a trend',
    })
  })

  it('a sign in a hand-made target with no name hint text shows the glyph', () => {
    const target: Target = {
      kind: 'quantitative',
      raw: '80',
      normalized: '80',
      comparator: '<=',
      value: '80',
      unit: null,
      comparatorInferred: true,
      inferredFrom: 'name-hint',
    }
    expect(indicatorDirection('x', { target }).word).toBe('≤')
  })

  it('then the words of the name', () => {
    expect(indicatorDirection('事故发生率')).toStrictEqual({
      direction: 'lower-better',
      source: 'name-word',
      word: '发生率',
      reason: 'a rate of unwanted events or losses',
    })
    expect(indicatorDirection('利息费用保障率').direction).toBe('higher-better')
    expect(indicatorDirection('农村低保补助标准')).toStrictEqual({
      direction: 'equal',
      source: 'name-word',
      word: '补助标准',
      reason: 'a subsidy or benefit standard fixed by policy',
    })
    expect(indicatorDirection('成本控制率')).toStrictEqual({
      direction: 'unclear',
      source: 'name-word',
      word: '控制率',
      reason: 'used both ways in published forms: the sign must be written',
    })
    // An inferred comparator from the name's words is not a sign: the word decides.
    expect(
      indicatorDirection('培训成本', { target: parseTarget('15', { indicatorName: '培训成本' }) })
        .source,
    ).toBe('name-word')
    // A name over the limit is not read.
    expect(indicatorDirection(`事故${'x'.repeat(4999)}`)).toStrictEqual(none)
    expect(indicatorDirection(`事故${'x'.repeat(4998)}`).source).toBe('name-word')
  })

  it('then 二级指标: 成本 lower, 满意 higher', () => {
    expect(indicatorDirection('以低价位高质量为采购原则', { level2: '成本指标' })).toStrictEqual({
      direction: 'lower-better',
      source: 'level2',
      word: '成本指标',
      reason: '成本指标 are upper bounds (财预〔2021〕101号)',
    })
    expect(indicatorDirection('采购原则', { level2: '满意度指标' })).toStrictEqual({
      direction: 'higher-better',
      source: 'level2',
      word: '满意度指标',
      reason: 'satisfaction: higher is better',
    })
    expect(indicatorDirection('采购原则', { level2: '滿意度指標' }).word).toBe('满意度指标')
    expect(
      indicatorDirection('培训', { target: parseTarget('80人'), level2: '成本指标' }).source,
    ).toBe('level2')
    expect(indicatorDirection('采购原则', { level2: '数量指标' })).toStrictEqual(none)
  })

  it('then the unit of an output quantity', () => {
    const byUnit = (text: string) => indicatorDirection('培训', { target: parseTarget(text) })
    for (const [text, unit] of [
      ['80人', '人'],
      ['80%', '%'],
      ['80户', '户'],
      ['80亩', '亩'],
      ['80km', 'km'],
      ['80m³', 'm³'],
      ['80吨', 't'],
      ['80TB', 'TB'],
      ['80个', '个'],
    ] as const) {
      expect(byUnit(text)).toStrictEqual({
        direction: 'higher-better',
        source: 'unit',
        word: unit,
        reason: unitReason,
      })
    }
    for (const text of ['80万元', '80', '80幅', '80元/人', '80天', '80度', '80倍', '合格', '-']) {
      expect(byUnit(text)).toStrictEqual(none)
    }
    expect(indicatorDirection('质量', { target: parseTarget('M.8万元') })).toStrictEqual(none)
    expect(indicatorDirection(5 as unknown as string)).toStrictEqual(none)
    expect(indicatorDirection('采购原则')).toStrictEqual(none)
  })

  it('options that are not what they should be throw OptionError naming them', () => {
    for (const target of [5, null, {}, 'x']) {
      expect(
        optionError(() =>
          indicatorDirection('x', { target: target as unknown as Target | undefined }),
        ),
      ).toStrictEqual({ function: 'indicatorDirection', option: 'target' })
    }
    expect(
      optionError(() => indicatorDirection('x', { level2: 5 as unknown as string })),
    ).toStrictEqual({ function: 'indicatorDirection', option: 'level2' })
    expect(
      optionError(() => indicatorDirection('x', 5 as unknown as { level2?: string })),
    ).toStrictEqual({ function: 'indicatorDirection', option: 'options' })
    let message = ''
    try {
      indicatorDirection('x', { target: 5 as unknown as Target })
    } catch (e) {
      message = (e as Error).message
    }
    expect(message).toBe(
      'indicatorDirection: option "target" must be a parsed Target (parseTarget); received 5',
    )
    expect(optionError(() => indicatorDirection('x', { target: undefined }))).toBeNull()
  })
})

describe('targetFindings', () => {
  const codes = (
    target: string | Target | undefined | null,
    options: Parameters<typeof targetFindings>[1] = {},
  ) => targetFindings(target, options).map((f) => f.code)

  it('a missing target: absent or blank, a placeholder only when asked', () => {
    expect(
      targetFindings(undefined, { indicatorName: '验收通过率', path: ['indicators', 3, 'target'] }),
    ).toStrictEqual([
      {
        code: 'TARGET_MISSING',
        severity: 'warning',
        path: ['indicators', 3, 'target'],
        pointer: '/indicators/3/target',
        docs: 'docs/rules.md#target_missing',
        message: '指标“验收通过率”未填写预期实现值',
        params: { indicator: '验收通过率' },
      },
    ])
    expect(codes(null)).toEqual(['TARGET_MISSING'])
    expect(codes('')).toEqual(['TARGET_MISSING'])
    expect(codes('  ')).toEqual(['TARGET_MISSING'])
    expect(codes('-')).toEqual([])
    expect(codes('无')).toEqual([])
    expect(codes('-', { placeholderIsMissing: true })).toEqual(['TARGET_MISSING'])
    expect(codes('-', { placeholderIsMissing: false })).toEqual([])
    expect(targetFindings(null)[0]?.path).toEqual([])
  })

  it('an unreadable target, with the reason in the locale', () => {
    expect(
      targetFindings('M.8万元', {
        indicatorName: '绿化、水电费等成本',
        path: ['indicators', 13, 'target'],
      }),
    ).toStrictEqual([
      {
        code: 'TARGET_UNPARSEABLE',
        severity: 'warning',
        path: ['indicators', 13, 'target'],
        pointer: '/indicators/13/target',
        docs: 'docs/rules.md#target_unparseable',
        message:
          '指标“绿化、水电费等成本”的预期实现值“M.8万元”无法识别：数字中混有字母，疑似 OCR 损坏',
        params: {
          indicator: '绿化、水电费等成本',
          text: 'M.8万元',
          reason: '数字中混有字母，疑似 OCR 损坏',
          problem: 'ocr-damage',
          fragment: 'M.8',
        },
      },
    ])
    expect(targetFindings('M.8万元', { locale: 'en' })[0]?.params).toStrictEqual({
      indicator: '',
      text: 'M.8万元',
      reason: 'letters are mixed into the figure; it looks OCR-damaged',
      problem: 'ocr-damage',
      fragment: 'M.8',
    })
    expect(targetFindings('≥95%以下')[0]?.params).toMatchObject({
      reason: PROBLEM_TEXT['conflicting-comparators']['zh-CN'],
      problem: 'conflicting-comparators',
    })
    expect(targetFindings('2021年13月', { locale: 'en' })[0]?.params).toMatchObject({
      reason: 'the date does not exist',
      problem: 'bad-date',
      fragment: '2021年13月',
    })
    // A damaged text of 71 characters is shown whole: only a text too long to read is cut.
    const damaged = `${'绿化、水电费等成本支出'.repeat(6)}M.8万元`
    expect(
      targetFindings(damaged).map((f) => [(f.params as { text: string }).text.length, f.code]),
    ).toEqual([[71, 'TARGET_UNPARSEABLE']])
    // A text too long to read is shown cut, in the text as in the fragment.
    const long = targetFindings('≥'.repeat(5001))[0]?.params as Record<string, string>
    expect([long.text?.length, long.fragment?.length, long.reason, long.problem]).toEqual([
      61,
      61,
      '文字过长，未读取',
      'too-long',
    ])
  })

  it('an OCR suspect', () => {
    expect(targetFindings('290%', { indicatorName: '市民满意度调查' })).toStrictEqual([
      {
        code: 'TARGET_OCR_SUSPECT',
        severity: 'warning',
        path: [],
        pointer: '',
        docs: 'docs/rules.md#target_ocr_suspect',
        message: '指标“市民满意度调查”的预期实现值“290%”疑似识别错误，原文可能是“≥90%”，请核对',
        params: { indicator: '市民满意度调查', text: '290%', reading: '≥90%' },
      },
    ])
    expect(codes('290%', { indicatorName: '收入增长率' })).toEqual([])
  })

  it('an upper bound on an output quantity (数量 in 二级 or in the name, 个数)', () => {
    expect(targetFindings('≤4个', { indicatorName: '新建数量' })).toStrictEqual([
      {
        code: 'TARGET_COMPARATOR_UNUSUAL',
        severity: 'info',
        path: [],
        pointer: '',
        docs: 'docs/rules.md#target_comparator_unusual',
        message: '指标“新建数量”的预期实现值“≤4个”使用“≤”，与该指标越高越好的方向相反，请确认',
        params: { indicator: '新建数量', text: '≤4个', comparator: '≤', expected: '越高越好' },
      },
    ])
    expect(
      targetFindings('≤4个', { indicatorName: '新建', level2: '数量指标' })[0]?.params,
    ).toEqual({ indicator: '新建', text: '≤4个', comparator: '≤', expected: '越高越好' })
    expect(targetFindings('<4个', { indicatorName: '个数' })[0]?.params).toEqual({
      indicator: '个数',
      text: '<4个',
      comparator: '<',
      expected: '越高越好',
    })
    // Not a quantity, or a lower-is-better name: an upper bound is what it should be.
    expect(codes('≤4个', { indicatorName: '新建' })).toEqual([])
    expect(codes('≤4个', { indicatorName: '事故数量' })).toEqual([])
    expect(codes('≤4个', { level2: '质量指标' })).toEqual([])
    expect(codes('≤4个', { level2: '数量指标' })).toEqual(['TARGET_COMPARATOR_UNUSUAL'])
  })

  it('a lower bound on a lower-is-better indicator, unless the value is negative', () => {
    expect(targetFindings('>4起', { indicatorName: '事故数' })[0]?.params).toEqual({
      indicator: '事故数',
      text: '>4起',
      comparator: '>',
      expected: '越低越好',
    })
    expect(targetFindings('≥4起', { indicatorName: '事故数', locale: 'en' })).toStrictEqual([
      {
        code: 'TARGET_COMPARATOR_UNUSUAL',
        severity: 'info',
        path: [],
        pointer: '',
        docs: 'docs/rules.md#target_comparator_unusual',
        message:
          'The target "≥4起" of indicator "事故数" uses "≥", against the indicator\'s direction (lower is better); please confirm',
        params: { indicator: '事故数', text: '≥4起', comparator: '≥', expected: 'lower is better' },
      },
    ])
    expect(codes('≥-4%', { indicatorName: '事故率' })).toEqual([])
    expect(codes('≥4起')).toEqual([])
    expect(codes('=4起', { indicatorName: '事故数' })).toEqual([])
    expect(codes('3-5起', { indicatorName: '事故数' })).toEqual([])
    expect(codes('4起', { indicatorName: '事故数' })).toEqual([])
    expect(codes('≥95%', { indicatorName: '验收通过率' })).toEqual([])
    expect(codes('提升')).toEqual([])
    expect(codes('2023年12月')).toEqual([])
    // A criterion or a deadline under a lower-is-better name has no comparator to question.
    expect(codes('提升', { indicatorName: '事故数' })).toEqual([])
    expect(codes('2023年12月', { indicatorName: '事故数' })).toEqual([])
    expect(EXPECTED_TEXT.lower.en).toBe('lower is better')
  })

  it('a parsed target is taken as it is; a name over the limit is shown cut and not read', () => {
    expect(codes(parseTarget('≥4起'), { indicatorName: '事故数' })).toEqual([
      'TARGET_COMPARATOR_UNUSUAL',
    ])
    const longName = `事故${'x'.repeat(5000)}`
    expect(codes('≥4起', { indicatorName: longName })).toEqual([])
    const missing = targetFindings(undefined, { indicatorName: longName })[0]?.params as {
      indicator: string
    }
    expect([missing.indicator.length, missing.indicator.startsWith('事故x')]).toEqual([61, true])
  })

  it('options that are not what they should be throw OptionError naming them', () => {
    const bad = [
      [{ level2: 5 }, 'level2'],
      [{ indicatorName: 5 }, 'indicatorName'],
      [{ path: 5 }, 'path'],
      [{ locale: 'fr' }, 'locale'],
      [{ placeholderIsMissing: 1 }, 'placeholderIsMissing'],
    ] as const
    for (const [options, option] of bad) {
      expect(
        optionError(() =>
          targetFindings('x', options as unknown as Parameters<typeof targetFindings>[1]),
        ),
      ).toStrictEqual({ function: 'targetFindings', option })
    }
  })
})

describe('formatTarget', () => {
  it('quantities: the glyph of a written comparator, label, value, canonical unit', () => {
    const printed = [
      '不低于 95 ％',
      '800 ㎡',
      '≤90万元',
      '<90万元',
      '>90万元',
      '=90万元',
      '满意度达到95%',
    ]
    expect(printed.map((t) => formatTarget(parseTarget(t)))).toEqual([
      '≥95%',
      '800m²',
      '≤90万元',
      '<90万元',
      '>90万元',
      '=90万元',
      '满意度≥95%',
    ])
    expect(formatTarget(parseTarget('90%~100%'))).toBe('90%~100%')
    expect(formatTarget(parseTarget('全年开展不少于3次培训'))).toBe('全年开展≥3次')
  })

  it('an inferred comparator only when asked; a unit from the name never', () => {
    expect(formatTarget(parseTarget('100%'))).toBe('100%')
    expect(formatTarget(parseTarget('100%'), { explicitComparator: false })).toBe('100%')
    expect(formatTarget(parseTarget('100%'), { explicitComparator: true })).toBe('≥100%')
    expect(formatTarget(parseTarget('≥100%'), { explicitComparator: true })).toBe('≥100%')
    expect(formatTarget(parseTarget('0起'), { explicitComparator: true })).toBe('=0起')
    expect(formatTarget(parseTarget('80', { indicatorName: '培训人数' }))).toBe('80')
    expect(formatTarget(parseTarget('≥80', { indicatorName: '培训人数' }))).toBe('≥80')
    expect(formatTarget(parseTarget('3-5', { indicatorName: '培训人数' }))).toBe('3~5')
    expect(formatTarget(parseTarget('80'))).toBe('80')
  })

  it('a range without an upper bound prints the value twice', () => {
    const t: Target = {
      kind: 'quantitative',
      raw: '',
      normalized: '',
      comparator: 'between',
      value: '3',
      unit: '天',
      comparatorInferred: false,
      label: '工期',
    }
    expect(formatTarget(t)).toBe('工期3天~3天')
  })

  it('deadlines, criteria, placeholders and unreadable text', () => {
    expect(formatTarget(parseTarget('12月底之前'))).toBe('12月')
    expect(formatTarget(parseTarget('2023年1-12月'))).toBe('2023年1-12月')
    expect(formatTarget(parseTarget('2023年12月31日'))).toBe('2023年12月31日')
    expect(formatTarget(parseTarget('12月31日'))).toBe('12月31日')
    expect(formatTarget(parseTarget('2023年'))).toBe('2023年12月')
    expect(formatTarget(parseTarget('提升 服务'))).toBe('提升服务')
    expect(formatTarget(parseTarget('-'))).toBe('-')
    expect(formatTarget(parseTarget(''))).toBe('-')
    expect(formatTarget(parseTarget('M.8万元'))).toBe('M.8万元')
    expect(formatTarget(parseTarget('满意度达到3-5天'))).toBe('满意度达到3-5天')
  })

  it('options that are not what they should be throw OptionError naming them', () => {
    const t = parseTarget('≥95%')
    expect(
      optionError(() => formatTarget(t, { explicitComparator: 1 as unknown as boolean })),
    ).toStrictEqual({ function: 'formatTarget', option: 'explicitComparator' })
    expect(
      optionError(() => formatTarget(t, 5 as unknown as { explicitComparator?: boolean })),
    ).toStrictEqual({ function: 'formatTarget', option: 'options' })
  })
})

describe('parseTarget and readTargetInName: option errors name the function', () => {
  it('indicatorName and level2 must be text', () => {
    expect(
      optionError(() => parseTarget('x', { indicatorName: 5 as unknown as string })),
    ).toStrictEqual({ function: 'parseTarget', option: 'indicatorName' })
    expect(optionError(() => parseTarget('x', { level2: 5 as unknown as string }))).toStrictEqual({
      function: 'parseTarget',
      option: 'level2',
    })
    expect(optionError(() => parseTarget('x', 5 as unknown as { level2?: string }))).toStrictEqual({
      function: 'parseTarget',
      option: 'options',
    })
    expect(
      optionError(() => readTargetInName('x', { level2: 5 as unknown as string })),
    ).toStrictEqual({ function: 'readTargetInName', option: 'level2' })
    expect(
      optionError(() => parseTarget('x', { indicatorName: undefined, level2: undefined })),
    ).toBeNull()
  })
})
