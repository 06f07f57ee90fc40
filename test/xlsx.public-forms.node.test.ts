/**
 * Every public form with an indicator table (test/fixtures/public-forms/), printed in the national
 * project layout by test/helpers/grids.ts and saved as .xlsx with SheetJS the way a bureau's file
 * holds it — merged 一级/二级 cells, figures stored as text, a blank row between the tables, the
 * first execution rate as a formula with its cached value, money in 万元 or 元 from the header — and
 * read back with readWorkbook. The reading must give the transcription's values, each mapped to
 * the cell it was printed in.
 */
import * as XLSX from '@e965/xlsx'
import { describe, expect, it } from 'vitest'
import { readWorkbook } from '../src/entry-xlsx'
import { evaluate, type Grid } from '../src/index'
import { projectGrid } from './helpers/grids'
import { publicForms } from './helpers/public-forms'
import { batch2 } from './helpers/public-forms-batch2'

interface Transcribed {
  title: string
  department: string
  year: number | null
  form_kind: string
  funding: {
    source: string
    full_year_budget?: string
    actual?: string
    weight?: string
    reported_execution_rate?: string
    score?: string
  }[]
  overall_goal?: string
  overall_goal_result?: string
  kpis: {
    level1?: string
    level2?: string
    name: string
    target?: string
    actual?: string
    weight?: string
    score?: string
    deviation_reason?: string
  }[]
}

const TRUNCATED = '[摘录在此截断]'
const all: [string, Transcribed][] = [
  ...Object.entries(publicForms),
  ...Object.entries(batch2).filter(
    ([n]) => !Object.values(publicForms).includes(batch2[n] as never),
  ),
] as [string, Transcribed][]
/** The forms with an indicator table, less the row where a transcription's excerpt stops. */
const tabled = all
  .map(([key, f]): [string, Transcribed] => [
    key,
    { ...f, kpis: f.kpis.filter((k) => !k.name.includes(TRUNCATED)) },
  ])
  .filter(([, f]) => f.kpis.length > 0)

/** The layout's grid with a blank row after the funding table and the first rate a formula. */
function printed(f: Transcribed, unit: '万元' | '元'): Grid {
  const g = projectGrid({
    title: f.title,
    year: String(f.year ?? ''),
    project: f.title,
    department: f.department,
    funding: f.funding.map((row) => ({
      label: row.source,
      adjustedBudget: row.full_year_budget,
      actual: row.actual,
      weight: row.weight,
      rate: row.reported_execution_rate,
      score: row.score,
    })),
    goal: { planned: f.overall_goal ?? '', achieved: f.overall_goal_result ?? '' },
    kpis: f.kpis.map((k) => ({
      level1: k.level1 ?? '',
      level2: k.level2 ?? '',
      name: k.name,
      target: k.target,
      actual: k.actual,
      weight: k.weight,
      score: k.score,
      deviation: k.deviation_reason,
    })),
    unitInHeader: unit,
  })
  const rows = g.rows.map((r) => [...(r ?? [])])
  const goalRow = rows.findIndex((r) => r[0] === '年度总体目标')
  rows.splice(goalRow, 0, [])
  const merges = (g.merges ?? []).map((m) =>
    m.replace(/\d+/gu, (n) => String(Number(n) > goalRow ? Number(n) + 1 : Number(n))),
  )
  return { name: '自评表', rows, merges }
}

/** A cell printed empty is not read: the transcription's "" (or null) is no value. */
const blank = (v: string | null | undefined) => (v === '' || v === null ? undefined : v)
/** A heading's printed points ("规划 (15分)") become its group's points, not part of its name. */
const level = (v: string | undefined) =>
  blank(v?.replace(/\s*[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）]$/u, ''))

async function readBack(grid: Grid, rate?: { row: number; value: number; format: string }) {
  const ws = XLSX.utils.aoa_to_sheet(grid.rows.map((r) => [...(r ?? [])]) as unknown[][])
  ws['!merges'] = (grid.merges ?? []).map((m) => XLSX.utils.decode_range(m))
  if (rate !== undefined) {
    ws[`F${rate.row}`] = { t: 'n', v: rate.value, f: `D${rate.row}/C${rate.row}`, z: rate.format }
  }
  const wb = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(wb, ws, grid.name)
  const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)
  return readWorkbook(bytes)
}

describe('public forms printed in the national layout read back from .xlsx as transcribed', () => {
  it('covers most of the forms with an indicator table', () => {
    expect(tabled.length).toBe(28)
  })

  for (const [key, f] of tabled) {
    const unit = Number.parseInt(key, 10) % 2 === 0 ? '元' : '万元'
    it(`${key}: ${f.title.slice(0, 24)} (header in ${unit})`, async () => {
      const grid = printed(f, unit)
      const { forms, findings } = await readBack(grid)
      expect(findings).toEqual([])
      expect(forms).toHaveLength(1)
      const { form, cells } = forms[0]!
      expect(form).toMatchObject({ department: f.department, unit })
      if (f.year !== null) expect(form.fiscalYear).toBe(f.year)
      const funding = (form.funding ?? []) as Record<string, unknown>[]
      expect(funding.map((r) => [r.label, r.adjustedBudget, r.actual, r.weight])).toEqual(
        f.funding.map((r) => [
          r.source,
          blank(r.full_year_budget),
          blank(r.actual),
          blank(r.weight),
        ]),
      )
      const inds = form.indicators as Record<string, unknown>[]
      expect(
        inds.map((i) => [
          i.level1,
          i.level2,
          i.name,
          i.target,
          i.actual,
          i.weight,
          i.deviationReason,
        ]),
      ).toEqual(
        f.kpis.map((k) => [
          level(k.level1),
          level(k.level2),
          k.name,
          blank(k.target),
          blank(k.actual),
          blank(k.weight),
          blank(k.deviation_reason),
        ]),
      )
      // Each value maps back to the cell it was printed in.
      for (const [i, k] of f.kpis.entries()) {
        const cell = cells[`/indicators/${i}/name`]
        const row = Number(/\d+$/u.exec(cell ?? '')?.[0]) - 1
        expect(grid.rows[row]?.[3]).toBe(k.name)
      }
      expect(evaluate(form).outcome).toBe('evaluated')
    })
  }

  it('an execution rate saved as a formula reads its cached value as the sheet shows it', async () => {
    const [, f] = tabled.find(([, t]) => t.funding[0]?.reported_execution_rate === '100%') ?? []
    if (f === undefined) throw new Error('no form prints a 100% execution rate')
    const grid = printed(f, '万元')
    const row = grid.rows.findIndex((r) => r?.[1] === f.funding[0]?.source) + 1
    const { forms } = await readBack(grid, { row, value: 1, format: '0.00%' })
    const first = (forms[0]?.form.funding as Record<string, unknown>[] | undefined)?.[0]
    expect(first?.printed).toMatchObject({ completionRate: '100.00%' })
    expect(forms[0]?.cells['/funding/0/printed/completionRate']).toBe(`自评表!F${row}`)
  })
})
