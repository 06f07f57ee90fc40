/**
 * A workbook read where the library runs — in Node and, in the browser project, in Chromium: the
 * seed's sheet written with SheetJS, read by `readWorkbook` and evaluated.
 */
import * as XLSX from '@e965/xlsx'
import { expect, it } from 'vitest'
import { readWorkbook } from '../src/entry-xlsx'
import { evaluate } from '../src/index'
import { liwanGrid } from './helpers/grids'

it('reads the seed from .xlsx bytes and evaluates it to 89.31%', async () => {
  const g = liwanGrid()
  const wb = XLSX.utils.book_new()
  const ws = XLSX.utils.aoa_to_sheet(g.rows.map((r) => [...(r ?? [])]) as unknown[][])
  ws['!merges'] = (g.merges ?? []).map((m) => XLSX.utils.decode_range(m))
  XLSX.utils.book_append_sheet(wb, ws, g.name)
  const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)
  const { forms } = await readWorkbook(bytes)
  expect(forms.map((f) => f.sheet)).toEqual(['荔湾区'])
  expect(evaluate(forms[0]?.form).summary.completionRate).toBe('89.31%')
})
