/** The review tables as CSV, on the seed and a public form: real values, quoting, formula safety. */
import { describe, expect, it } from 'vitest'
import { evaluate, liwan2021Form, OptionError, reviewCsv } from '../src/index'
import { batch2, toInput2 } from './helpers/public-forms-batch2'

const liwan = { name: 'liwan-2021.json', evaluation: evaluate(liwan2021Form) }
const suixi = { name: '25.json', evaluation: evaluate(toInput2(batch2['25']!)) }
const lines = (csv: string) =>
  csv
    .replace(/^\ufeff/u, '')
    .trimEnd()
    .split('\r\n')

describe('reviewCsv', () => {
  it('summary: one row per form with its figures, rates as printed percentages', () => {
    const [header, a, b] = lines(reviewCsv([liwan, suixi]))
    expect(header).toBe(
      '表单,部门,项目,年度,类型,全年预算数,全年执行数,预算完成率,预算调整率,得分,等级,达成,部分达成,未达成,未开展,无法判断,错误,警告,提示',
    )
    expect(a?.split(',').slice(0, 9)).toEqual([
      'liwan-2021.json',
      '广州市荔湾区机关事务管理局(部门)',
      '',
      '2021',
      '部门整体支出绩效自评表',
      '6539.06',
      '5840.18',
      '89.31%',
      '5.27%',
    ])
    expect(b?.split(',').slice(3, 8)).toEqual(['2019', '项目支出绩效自评表', '30', '30', '100.00%'])
  })

  it('findings: one row per finding, in English on request', () => {
    const rows = lines(reviewCsv([liwan], { table: 'findings', locale: 'en' }))
    expect(rows[0]).toBe('Form,Cell,Location,Code,Severity,Message')
    expect(rows).toHaveLength(1 + liwan.evaluation.findings.length)
    expect(rows.some((r) => r.includes(',BUDGET_COMPLETION_LOW,warning,'))).toBe(true)
  })

  it('indicators: one row per indicator with its status', () => {
    const rows = lines(reviewCsv([liwan], { table: 'indicators' }))
    expect(rows).toHaveLength(1 + liwan.evaluation.indicators.length)
    expect(rows.find((r) => r.includes(',垃圾分类率,'))).toMatch(/,达成,100\.00%,/u)
  })

  it('quotes commas, quotes and line breaks, and defuses text a spreadsheet would run as a formula', () => {
    const form = structuredClone(liwan2021Form) as { department: string }
    form.department = '=HYPERLINK("http://x","某局, "总"")'
    const [, row] = lines(reviewCsv([{ evaluation: evaluate(form) }]))
    expect(row?.startsWith('表单1,"\'=HYPERLINK(""http://x"",""某局, ""总"""")",')).toBe(true)
  })

  it('an unknown table or locale is an OptionError', () => {
    expect(() => reviewCsv([liwan], { table: 'all' as never })).toThrow(OptionError)
    expect(() => reviewCsv([liwan], { locale: 'fr' as never })).toThrow(
      /reviewCsv: option "locale"/u,
    )
  })
})
