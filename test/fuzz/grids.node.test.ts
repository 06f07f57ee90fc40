/**
 * Fuzz: the spreadsheet readers and writers. readFormGrid gets the seed's printed layout with random
 * cell edits (hostile text, numbers at the edges, cells with formulas), hostile merge ranges and
 * rows of any shape; readWorkbook gets random bytes and a real template with bytes flipped;
 * writeReviewWorkbook gets evaluations of mutated forms.
 */
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type Grid, type GridValue, readFormGrid } from '../../src/index'
import { readWorkbook, writeFormTemplate, writeReviewWorkbook } from '../../src/xlsx/index'
import { liwanGrid } from '../helpers/grids'
import {
  anEvaluation,
  anyValue,
  asyncProperty,
  check,
  count,
  hostileNumber,
  hostileString,
  property,
  runs,
  TIMEOUT,
} from './arbitraries'

const cellValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  hostileNumber,
  fc.constantFrom(null, undefined, true, false),
  fc.record({
    value: fc.oneof(hostileString, hostileNumber, fc.constant(null)),
    text: fc.option(hostileString, { nil: undefined }),
    formula: fc.option(fc.constantFrom('=SUM(A1:A3)', '=B2/C2', '=1/0', '=A1', ''), {
      nil: undefined,
    }),
  }),
)

const range = fc.oneof(
  fc
    .tuple(fc.nat({ max: 30 }), fc.nat({ max: 10 }), fc.nat({ max: 30 }), fc.nat({ max: 10 }))
    .map(
      ([r0, c0, r1, c1]) =>
        `${String.fromCharCode(65 + c0)}${r0 + 1}:${String.fromCharCode(65 + c1)}${r1 + 1}`,
    ),
  fc.constantFrom(
    'A1:XFD1048576',
    'ZZZZZZZ1:A1',
    'A0:B0',
    'A-1:B2',
    'A1',
    ':',
    '',
    'A1:A9007199254740993',
    'a1:b2',
  ),
  hostileString,
)

const BASES: readonly Grid[] = [
  liwanGrid(),
  liwanGrid({ merges: true }),
  liwanGrid({ traditional: true }),
]

/** The seed's grid with cells set to hostile values, and extra merges. */
const mutatedGrid: fc.Arbitrary<Grid> = fc
  .tuple(
    fc.nat({ max: BASES.length - 1 }),
    fc.array(fc.tuple(fc.nat(), fc.nat(), cellValue), { minLength: 1, maxLength: 8 }),
    fc.array(range, { maxLength: 3 }),
  )
  .map(([b, edits, merges]) => {
    const base = BASES[b] ?? BASES[0]
    const rows = base?.rows.map((r) => (r ? [...r] : r)) ?? []
    for (const [r, c, v] of edits) {
      const row = rows[r % Math.max(1, rows.length)]
      if (row) row[c % Math.max(1, row.length + 1)] = v as GridValue
    }
    return { name: base?.name, rows, merges: [...(base?.merges ?? []), ...merges] }
  })

/** Rows of any shape, some rows missing, some very wide. */
const randomGrid: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({
    rows: fc.array(fc.option(fc.array(cellValue, { maxLength: 12 }), { nil: undefined }), {
      maxLength: 40,
    }),
    merges: fc.option(fc.array(range, { maxLength: 5 }), { nil: undefined }),
    name: fc.option(hostileString, { nil: undefined }),
  }),
  fc.record({ rows: anyValue, merges: anyValue, name: anyValue }),
  anyValue,
)

const template = writeFormTemplate('project')
const REAL_XLSX = [
  template,
  writeFormTemplate('department-overall'),
  readFileSync(new URL('../fixtures/public-forms/README.md', import.meta.url)),
]

describe('fuzz: spreadsheets', { timeout: TIMEOUT }, () => {
  it('readFormGrid on the seed layout with random cell edits and merges', () => {
    property(
      mutatedGrid,
      (grid) => {
        check('readFormGrid', grid, () => readFormGrid(grid))
      },
      5,
    )
  })

  it('readFormGrid on grids of any shape, and on values that are no grid', () => {
    property(randomGrid, (grid) => {
      check('readFormGrid', grid, () => readFormGrid(grid as Grid))
    })
  })

  it('readWorkbook on random bytes and on templates with bytes flipped', async () => {
    await asyncProperty(
      fc.oneof(
        fc.uint8Array({ maxLength: 2_000 }),
        fc
          .tuple(
            fc.nat({ max: REAL_XLSX.length - 1 }),
            fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), {
              minLength: 1,
              maxLength: 10,
            }),
          )
          .map(([i, flips]) => {
            const bytes = Uint8Array.from(REAL_XLSX[i] ?? template)
            for (const [at, b] of flips) bytes[at % bytes.length] = b
            return bytes
          }),
      ),
      async (bytes) => {
        count('readWorkbook')
        const copy = Uint8Array.from(bytes)
        const first = await readWorkbook(bytes)
        const second = await readWorkbook(bytes)
        expect(JSON.stringify(second)).toBe(JSON.stringify(first))
        expect(bytes).toEqual(copy)
        for (const f of first.forms) check('readWorkbook', f, () => f)
        check('readWorkbook', first.findings, () => first.findings)
      },
      10,
    )
  })

  it('writeReviewWorkbook on evaluations of mutated forms writes the same bytes twice', () => {
    fc.assert(
      fc.property(fc.array(anEvaluation, { minLength: 1, maxLength: 3 }), (es) => {
        const entries = es.map((evaluation) => ({ evaluation }))
        const bytes = check('writeReviewWorkbook', entries, () => writeReviewWorkbook(entries), {
          json: false,
        })
        // A ZIP container, "PK".
        expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b])
      }),
      { numRuns: runs(10) },
    )
  })
})
