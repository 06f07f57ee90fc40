/**
 * `@lw/perf-eval/xlsx` against workbooks built with SheetJS in the printed layouts of real forms
 * (test/helpers/grids.ts): merged cells, numbers stored as text and as numbers, a formula with its
 * cached value, .xlsx and .xls, several sheets; hostile files; the review workbook read back; and
 * the template filled with the seed's values and read back.
 */
import * as XLSX from '@e965/xlsx'
import { describe, expect, it } from 'vitest'
import liwan from '../examples/liwan-2021.json' with { type: 'json' }
import { readWorkbook, writeFormTemplate, writeReviewWorkbook } from '../src/entry-xlsx'
import { evaluate, type Finding, type Grid, liwan2021Form } from '../src/index'
import { storedZip } from '../src/xlsx/zip'
import { liwanGrid } from './helpers/grids'

const codes = (fs: readonly Finding[]) => fs.map((f) => f.code).sort()

/** A workbook of grids, one sheet each, as a department's Excel file would hold them. */
function workbook(grids: readonly Grid[], bookType: 'xlsx' | 'biff8' = 'xlsx'): Uint8Array {
  const wb = XLSX.utils.book_new()
  for (const g of grids) {
    const ws = XLSX.utils.aoa_to_sheet(g.rows.map((r) => [...(r ?? [])]) as unknown[][])
    ws['!merges'] = (g.merges ?? []).map((m) => XLSX.utils.decode_range(m))
    XLSX.utils.book_append_sheet(wb, ws, g.name)
  }
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType }) as ArrayBuffer)
}

/** The seed's sheet with its money as numbers and 预算完成率 as a formula with a cached percent. */
function liwanNumbers(): Grid {
  const g = liwanGrid()
  const rows = g.rows.map((r, i) => {
    if ((i !== 4 && i !== 5) || r === undefined) return r
    const [a, b, c, d, e] = r as string[]
    const n = (s: string | undefined) => Number((s ?? '').replace(/\s/g, ''))
    return [a, b, n(c), n(d), n(e), { formula: 'E5/(C5+D5)', value: 0.8931, text: '89.31%' }, r[6]]
  })
  return { ...g, rows }
}

describe('readWorkbook: the seed as an .xlsx and an .xls file', () => {
  it(".xlsx: reads the form, maps cells with the sheet name, and evaluates to 89.31% with the JSON example's findings", async () => {
    const r = await readWorkbook(workbook([liwanGrid()]))
    expect(r.findings).toEqual([])
    expect(r.forms).toHaveLength(1)
    const [f] = r.forms
    expect(f?.sheet).toBe('荔湾区')
    expect(f?.cells['/funding/0/actual']).toBe('荔湾区!E5')
    const e = evaluate(f?.form)
    expect(e.summary.completionRate).toBe('89.31%')
    expect(codes(e.findings)).toEqual(codes(evaluate(liwan).findings))
  })

  it('.xls (BIFF8) reads the same form', async () => {
    const x = await readWorkbook(workbook([liwanGrid()]))
    const b = await readWorkbook(workbook([liwanGrid()], 'biff8'))
    // SheetJS's BIFF8 writer cuts a string at 255 characters (the .xls format itself holds 32,767),
    // so the goal's long text is compared by its start.
    const { goal: xlsGoal, ...xls } = b.forms[0]?.form ?? {}
    const { goal, ...xlsx } = x.forms[0]?.form ?? {}
    expect(xls).toEqual(xlsx)
    const achieved = (goal as { achieved: string }).achieved
    expect(achieved.startsWith((xlsGoal as { achieved: string }).achieved)).toBe(true)
  })

  it('money stored as numbers and a rate as a formula with its cached value read as the sheet shows them', async () => {
    const wb = XLSX.utils.book_new()
    const g = liwanNumbers()
    const ws = XLSX.utils.aoa_to_sheet(
      g.rows.map((r) =>
        (r ?? []).map((c) =>
          c !== null && typeof c === 'object'
            ? { t: 'n', v: c.value, f: c.formula, z: '0.00%' }
            : c,
        ),
      ) as unknown[][],
    )
    ws['!merges'] = (g.merges ?? []).map((m) => XLSX.utils.decode_range(m))
    XLSX.utils.book_append_sheet(wb, ws, g.name)
    const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)
    const r = await readWorkbook(bytes)
    expect(r.forms[0]?.form.funding).toEqual([
      expect.objectContaining({
        initialBudget: '6211.89',
        adjustment: '327.17',
        actual: '5840.18',
        printed: { completionRate: '89.31%', adjustmentRate: '5. 27%' },
      }),
      expect.objectContaining({ initialBudget: '6211.89' }),
    ])
    expect(evaluate(r.forms[0]?.form).summary.completionRate).toBe('89.31%')
  })

  it('several forms in one workbook are several forms; a sheet of instructions is not one', async () => {
    const note: Grid = { name: '填表说明', rows: [['填表说明'], ['金额单位为万元']] }
    const r = await readWorkbook(workbook([note, liwanGrid(), { ...liwanGrid(), name: '第二张' }]))
    expect(r.forms.map((f) => f.sheet)).toEqual(['荔湾区', '第二张'])
    expect(r.findings).toEqual([])
  })
})

describe('readWorkbook: hostile and broken files', () => {
  const one = async (bytes: Uint8Array) =>
    (await readWorkbook(bytes)).findings.map((f) => [
      f.code,
      (f.params as Record<string, unknown>).reason,
    ])

  it('bytes that are not a workbook, a damaged ZIP, a ZIP of something else', async () => {
    expect(await one(new TextEncoder().encode('部门名称,年初预算数\n合计,100'))).toEqual([
      ['WORKBOOK_UNREADABLE', 'not-a-workbook'],
    ])
    const good = workbook([liwanGrid()])
    expect(await one(good.subarray(0, good.length - 30))).toEqual([
      ['WORKBOOK_UNREADABLE', 'zip-damaged'],
    ])
    const other = storedZip([{ name: 'readme.txt', data: new TextEncoder().encode('hello') }])
    expect(await one(other)).toEqual([['WORKBOOK_UNREADABLE', 'zip-not-a-workbook']])
  })

  it('a zip bomb is refused from its directory, before anything is inflated', async () => {
    const bomb = storedZip([{ name: 'xl/workbook.xml', data: new Uint8Array(10) }])
    // The directory claims 4 GB inflated; nothing that large is ever allocated.
    const view = new DataView(bomb.buffer)
    const central = bomb.length - 22 - 46 - 'xl/workbook.xml'.length
    view.setUint32(central + 24, 0xffffffff, true)
    expect(await one(bomb)).toEqual([['WORKBOOK_UNREADABLE', 'inflates-too-large']])
  })

  it('a workbook whose sheets hold no form gives GRID_NO_FORM for each', async () => {
    const r = await readWorkbook(
      workbook([
        { name: 'A', rows: [['x']] },
        { name: 'B', rows: [] },
      ]),
    )
    expect(r.forms).toEqual([])
    expect(codes(r.findings)).toEqual(['GRID_NO_FORM', 'GRID_NO_FORM'])
  })

  it('a formula saved without its value is blank with a warning naming the cell', async () => {
    const wb = XLSX.utils.book_new()
    const ws = XLSX.utils.aoa_to_sheet([
      ['资金来源', '年初预算数', '全年执行数', '执行率'],
      ['合计', 100, 90],
    ])
    ws.D2 = { t: 'n', f: 'C2/B2' }
    XLSX.utils.book_append_sheet(wb, ws, 'S')
    const r = await readWorkbook(
      new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer),
    )
    expect(
      r.forms[0]?.findings.map((f) => [f.code, (f.params as Record<string, unknown>).cell]),
    ).toEqual([['GRID_FORMULA_NO_VALUE', 'S!D2']])
  })

  it('links to other workbooks and web functions are never followed: cached values only', async () => {
    const wb = XLSX.utils.book_new()
    const ws = XLSX.utils.aoa_to_sheet([
      ['资金来源', '年初预算数', '全年执行数', '执行率'],
      ['合计', 100, 90],
    ])
    // An external reference saved with its value, and a web call saved without one.
    ws.B2 = { t: 'n', v: 100, f: "'[budget.xlsx]Sheet1'!B2" }
    ws.D2 = { t: 'n', f: 'WEBSERVICE("http://127.0.0.1:9/steal")' }
    XLSX.utils.book_append_sheet(wb, ws, 'S')
    const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)
    const fetched: unknown[] = []
    const realFetch = globalThis.fetch
    globalThis.fetch = (...args: unknown[]) => {
      fetched.push(args)
      return Promise.reject(new Error('no network'))
    }
    try {
      const r = await readWorkbook(bytes)
      expect(r.forms[0]?.form.funding).toEqual([
        { source: 'total', label: '合计', initialBudget: '100', actual: '90' },
      ])
      expect(r.forms[0]?.findings.map((f) => f.code)).toEqual(['GRID_FORMULA_NO_VALUE'])
    } finally {
      globalThis.fetch = realFetch
    }
    expect(fetched).toEqual([])
  })

  it('a sheet of 6,000 rows is read up to GRID_LIMITS.rows, with GRID_TOO_LARGE', {
    timeout: 30_000,
  }, async () => {
    const g = liwanGrid()
    const rows = [...g.rows, ...Array.from({ length: 6000 }, (_, i) => ['', '', '', `填充${i}`])]
    const r = await readWorkbook(workbook([{ ...g, rows }]))
    expect(r.forms[0]?.findings.map((f) => f.code)).toContain('GRID_TOO_LARGE')
    expect(evaluate(r.forms[0]?.form).summary.completionRate).toBe('89.31%')
  })

  it('never throws on junk input', async () => {
    for (const junk of [
      new Uint8Array(0),
      new Uint8Array([0x50, 0x4b, 3, 4]),
      new ArrayBuffer(8),
      'x',
      null,
    ]) {
      await expect(readWorkbook(junk as never)).resolves.toMatchObject({ forms: [] })
    }
  })
})

describe('writeReviewWorkbook and writeFormTemplate', () => {
  it('the review workbook has Summary, Findings and Indicators with typed cells, a frozen header and filters', () => {
    const e = evaluate(liwan2021Form)
    const bytes = writeReviewWorkbook([{ name: 'liwan-2021.json', evaluation: e }])
    const wb = XLSX.read(bytes, { type: 'array', cellNF: true })
    expect(wb.SheetNames).toEqual(['汇总', '发现', '指标'])
    const summary = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets.汇总!)
    expect(summary).toHaveLength(1)
    expect(summary[0]).toMatchObject({
      表单: 'liwan-2021.json',
      部门: '广州市荔湾区机关事务管理局(部门)',
      年度: 2021,
      错误: e.summary.errors,
    })
    const rate = wb.Sheets.汇总!.H2 as { t: string; v: number; z: string }
    expect([rate.t, rate.v.toFixed(6), rate.z]).toEqual(['n', '0.893122', '0.00%'])
    expect(XLSX.utils.sheet_to_json(wb.Sheets.发现!)).toHaveLength(e.findings.length)
    expect(XLSX.utils.sheet_to_json(wb.Sheets.指标!)).toHaveLength(e.indicators.length)
    const xml = new TextDecoder().decode(bytes)
    expect(xml).toContain('state="frozen"')
    expect(xml).toContain('<autoFilter ref="A1:')
  })

  it('the seed typed into the department template reads back and evaluates to 89.31%', async () => {
    const wb = XLSX.read(writeFormTemplate('department-overall'), { type: 'array' })
    const ws = wb.Sheets[wb.SheetNames[0]!]!
    const [total, gpb] = liwan.funding
    XLSX.utils.sheet_add_aoa(ws, [[`部门名称:${liwan.department}`]], { origin: 'A3' })
    XLSX.utils.sheet_add_aoa(ws, [['(2021年度)']], { origin: 'A2' })
    XLSX.utils.sheet_add_aoa(
      ws,
      [total, gpb].map((f) => [
        f?.label,
        f?.initialBudget,
        f?.adjustment,
        f?.actual,
        f?.printed.completionRate,
        f?.printed.adjustmentRate,
      ]),
      { origin: 'B5' },
    )
    XLSX.utils.sheet_add_aoa(ws, [['', '']], { origin: 'B7' })
    const rows = liwan.tasks.flatMap((t) =>
      t.indicators.map((ind, i) => [
        i === 0 ? t.name : '',
        i === 0 ? t.plannedTarget : '',
        i === 0 ? t.achievement : '',
        ind.name,
        ind.formula,
        ind.target,
        ind.actual,
        i === 0 ? t.funds : '',
      ]),
    )
    XLSX.utils.sheet_add_aoa(ws, rows, { origin: 'A12' })
    const r = await readWorkbook(
      new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer),
    )
    const e = evaluate(r.forms[0]?.form)
    expect(e.summary.completionRate).toBe('89.31%')
    expect(e.indicators.map((i) => i.status)).toEqual(
      evaluate(liwan).indicators.map((i) => i.status),
    )
  })

  it('the blank project template reads back as a project form', async () => {
    const r = await readWorkbook(writeFormTemplate('project'))
    expect(r.forms).toHaveLength(1)
    expect(r.forms[0]?.form).toMatchObject({ kind: 'project', unit: '万元' })
  })
})
