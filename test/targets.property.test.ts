import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  formatTarget,
  normalizeTargetText,
  parseTarget,
  TARGET_LIMITS,
  type Target,
} from '../src/index'

const CANONICAL = /^-?(0|[1-9]\d*)(\.\d*[1-9])?$/

/** The fields that make two targets the same target. */
function key(t: Target): Record<string, unknown> {
  return Object.fromEntries(Object.entries(t).filter(([k]) => k !== 'raw' && k !== 'normalized'))
}

function checkShape(t: Target): void {
  expect(['quantitative', 'deadline', 'qualitative', 'none', 'unreadable']).toContain(t.kind)
  expect(typeof t.raw).toBe('string')
  expect(typeof t.normalized).toBe('string')
  if (t.kind === 'quantitative') {
    expect(t.value).toMatch(CANONICAL)
    if (t.upper !== undefined) expect(t.upper).toMatch(CANONICAL)
  }
  if (t.kind === 'deadline') {
    expect(t.month).toBeGreaterThanOrEqual(1)
    expect(t.month).toBeLessThanOrEqual(12)
  }
}

// Pieces people type in target cells, to steer random strings towards the grammar.
const PIECES = [
  '≥',
  '≧',
  '⩾',
  '>=',
  '＞',
  '<',
  '≤',
  '≦',
  '⩽',
  '=',
  '﹦',
  '〓',
  '-',
  '~',
  '至',
  '.',
  '．',
  ' ',
  '　',
  '%',
  '％',
  '百分比',
  '万元',
  '元',
  '亿元',
  '㎡',
  'm²',
  '平方米',
  '个',
  '起',
  '人次',
  '台套',
  '年',
  '月',
  '日',
  '前',
  '底',
  '之前',
  '以上',
  '以内',
  '以下',
  '不低于',
  '不超过',
  '控制在',
  '达到',
  '提升',
  '降低',
  '无',
  '一',
  'O',
  'I',
  'M',
  '0',
  '1',
  '2',
  '9',
  '10',
  '12',
  '2023',
  '九',
  '十二',
  '(含)',
  '𠀋',
  '\uD800',
]

const messy = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 3 })), {
    maxLength: 30,
  })
  .map((parts) => parts.join(''))

describe('parseTarget never throws', () => {
  it('on any string, astral plane and lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.string(), (text, name) => {
        checkShape(parseTarget(text, { indicatorName: name }))
      }),
      { numRuns: 2000 },
    )
  })

  it('on strings built from the pieces of real targets', () => {
    fc.assert(
      fc.property(messy, (text) => {
        checkShape(parseTarget(text))
      }),
      { numRuns: 3000 },
    )
  })

  it('on long strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 2000, maxLength: 20000 }), (text) => {
        checkShape(parseTarget(text))
      }),
      { numRuns: 20 },
    )
    // Up to TARGET_LIMITS.maxLength (5,000) the text is read, however it repeats itself.
    const long = `≥${'9'.repeat(2_000)}%${'以上'.repeat(1_000)}`
    expect(parseTarget(long)).toMatchObject({ kind: 'quantitative', comparator: '>=', unit: '%' })
    expect(parseTarget('𠀋'.repeat(2_500)).kind).toBe('qualitative')
    expect(parseTarget('1,'.repeat(2_500)).kind).toBe('qualitative')
    expect(parseTarget(`${'≥'.repeat(4_998)}5%`)).toMatchObject({ comparator: '>=', value: '5' })
    expect(parseTarget(`${'满'.repeat(4_997)}≥5%`).kind).toBe('qualitative')
    expect(parseTarget(`${'2023年'.repeat(999)}12月`).kind).toBe('qualitative')
    // Beyond it, it is not read at all.
    for (const text of [`≥${'9'.repeat(50_000)}%`, '𠀋'.repeat(2_501), `${'≥'.repeat(4_999)}5%`]) {
      expect(parseTarget(text)).toMatchObject({ kind: 'unreadable', problem: 'too-long' })
    }
  })
})

describe('TARGET_LIMITS', () => {
  // Spaces are dropped by the fold, so a text padded with them reads as the text itself — up to
  // the bound, and not at all past it, whatever the text.
  it('reads text padded up to the bound as the text itself, and none past it', () => {
    const max = TARGET_LIMITS.maxLength
    fc.assert(
      fc.property(messy, fc.integer({ min: -40, max: 40 }), (text, offset) => {
        const length = max + offset
        fc.pre(text.length <= length)
        const padded = text.padEnd(length, ' ')
        const t = parseTarget(padded)
        if (length > max) {
          expect(t).toMatchObject({ kind: 'unreadable', problem: 'too-long' })
        } else {
          expect(key(t)).toEqual(key(parseTarget(text)))
        }
      }),
      { numRuns: 200 },
    )
  })
})

describe('normalizeTargetText', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(messy, fc.string({ unit: 'binary' })), (text) => {
        const once = normalizeTargetText(text)
        expect(normalizeTargetText(once)).toBe(once)
      }),
      { numRuns: 3000 },
    )
  })
})

const GE = ['≥', '≧', '⩾', '>=', '＞＝', '不低于', '不少于', '至少', '达到', '大于等于']
const LE = ['≤', '≦', '⩽', '<=', '＜＝', '不高于', '不超过', '至多', '小于等于']
const UNITS: readonly (readonly [string, string | null])[] = [
  ['%', '%'],
  ['％', '%'],
  ['百分比', '%'],
  ['㎡', 'm²'],
  ['平方米', 'm²'],
  ['m2', 'm²'],
  ['万元', '万元'],
  ['元', '元'],
  ['亿元', '亿元'],
  ['个', '个'],
  ['辆', '辆'],
  ['起', '起'],
  ['人次', '人次'],
  ['台套', '台套'],
  ['', null],
]

/** A decimal written the way forms write it, and its canonical value. */
const decimal = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.nat({ max: 9999 }), fc.boolean())
  .map(([whole, frac, hasFrac]) => {
    const fracText = hasFrac ? `.${String(frac).padStart(4, '0')}` : ''
    const written = `${whole}${fracText}`
    const canonical = hasFrac
      ? `${whole}${fracText}`.replace(/0+$/, '').replace(/\.$/, '')
      : String(whole)
    return { written, canonical }
  })

interface WrittenComparator {
  readonly text: string
  readonly cmp: string | null
  readonly suffix: boolean
}

const quantity = fc.record({
  n: decimal,
  comparator: fc.oneof(
    fc.constantFrom(...GE).map((text): WrittenComparator => ({ text, cmp: '>=', suffix: false })),
    fc.constantFrom(...LE).map((text): WrittenComparator => ({ text, cmp: '<=', suffix: false })),
    fc.constant<WrittenComparator>({ text: '以上', cmp: '>=', suffix: true }),
    fc.constant<WrittenComparator>({ text: '以内', cmp: '<=', suffix: true }),
    fc.constant<WrittenComparator>({ text: '', cmp: null, suffix: false }),
  ),
  unit: fc.constantFrom(...UNITS),
  space: fc.constantFrom('', ' ', '　'),
  name: fc.constantFrom(undefined, '安全事故数', '验收通过率', '单位成本'),
})

describe('formatTarget round-trips', () => {
  it('for generated quantitative targets', () => {
    fc.assert(
      fc.property(quantity, ({ n, comparator, unit, space, name }) => {
        const body = `${n.written}${space}${unit[0]}`
        const text = comparator.suffix
          ? `${body}${comparator.text}`
          : `${comparator.text}${space}${body}`
        const t = parseTarget(text, { indicatorName: name })
        expect(t).toMatchObject({ kind: 'quantitative', value: n.canonical, unit: unit[1] })
        if (comparator.cmp !== null)
          expect(t).toMatchObject({ comparator: comparator.cmp, comparatorInferred: false })
        else expect(t).toMatchObject({ comparatorInferred: true })
        const again = parseTarget(formatTarget(t), { indicatorName: name })
        expect(key(again)).toEqual(key(t))
        const explicit = parseTarget(formatTarget(t, { explicitComparator: true }))
        expect(explicit).toMatchObject({
          comparator: t.kind === 'quantitative' ? t.comparator : '',
          value: n.canonical,
        })
      }),
      { numRuns: 2000 },
    )
  })

  it('for generated ranges', () => {
    fc.assert(
      fc.property(
        decimal,
        decimal,
        fc.constantFrom('-', '~', '～', '至', '—'),
        fc.constantFrom(...UNITS),
        (a, b, sep, unit) => {
          const t = parseTarget(`${a.written}${unit[0]}${sep}${b.written}${unit[0]}`)
          expect(t.kind).toBe('quantitative')
          if (t.kind !== 'quantitative') return
          expect(t.comparator).toBe('between')
          expect(key(parseTarget(formatTarget(t)))).toEqual(key(t))
        },
      ),
      { numRuns: 1000 },
    )
  })

  it('for generated deadlines', () => {
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: undefined }),
        fc.integer({ min: 1, max: 12 }),
        fc.option(fc.integer({ min: 1, max: 31 }), { nil: undefined }),
        fc.constantFrom('', '前', '底之前', '底前', '完成', '以前'),
        (year, month, day, suffix) => {
          const text = `${year !== undefined ? `${year}年` : ''}${month}月${day !== undefined ? `${day}日` : ''}${suffix}`
          const t = parseTarget(text)
          // The calendar by Date.UTC, not by the parser's own arithmetic; with no year, 2月29日 is a date.
          const monthEnd = new Date(Date.UTC(year ?? 2024, month, 0)).getUTCDate()
          if (day !== undefined && day > monthEnd) {
            expect(t).toMatchObject({ kind: 'unreadable', problem: 'bad-date' })
            return
          }
          expect(t).toMatchObject({ kind: 'deadline', month })
          if (year !== undefined) expect(t).toMatchObject({ year })
          if (day !== undefined) expect(t).toMatchObject({ day })
          expect(key(parseTarget(formatTarget(t)))).toEqual(key(t))
        },
      ),
      { numRuns: 1000 },
    )
  })

  it('for every kind, on arbitrary text', () => {
    fc.assert(
      fc.property(messy, (text) => {
        const t = parseTarget(text)
        expect(key(parseTarget(formatTarget(t)))).toEqual(key(t))
      }),
      { numRuns: 3000 },
    )
  })
})
