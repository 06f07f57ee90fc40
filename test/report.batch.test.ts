// The batch summary (issue 15): the seed and two public forms evaluated together, their summary in
// text, Markdown and HTML with the real figures, the HTML page's links, script, charts and escaping.
import { describe, expect, it } from 'vitest'
import { unreadableRow } from '../src/batch/index'
import { batchRow, evaluate, liwan2021Form, summarizeBatch } from '../src/index'
import { MAX_RATE_BARS } from '../src/report/batch'
import { renderBatch, renderBatchSummary } from '../src/report/index'
import { displayWidth } from '../src/report/text-width'
import { publicForms, toInput } from './helpers/public-forms'

const liwan = evaluate(liwan2021Form)
const chizhou = evaluate(toInput(publicForms.chizhou!))
const hengshan = evaluate(toInput(publicForms.hengshan!))

const entries = [
  { name: 'liwan-2021.json', evaluation: liwan },
  { name: 'chizhou.json', evaluation: chizhou },
  { name: 'hengshan.json', evaluation: hengshan },
]

const TOTALS = {
  forms: '3 份：有效 2，无效 1（其中无法读取 0）',
  money: '全年预算 6733.96 万元，实际支出 6035.08 万元，总完成率 89.62%（3 份表单计入）',
  findings: '错误 3，警告 7，提示 21',
  statuses: '达成 32 · 未达成 3 · 未开展 7 · 无法判断 4',
  medians: '预算完成率 94.66%，得分 80.00',
}

/** The part of a page between an element's opening tag and its closing one. */
function section(html: string, start: string, end: string): string {
  const from = html.indexOf(start)
  expect(from, start).toBeGreaterThanOrEqual(0)
  return html.slice(from, html.indexOf(end, from) + end.length)
}

describe('renderBatch: text', () => {
  const text = renderBatch(entries, { format: 'text', locale: 'zh-CN', width: 100 })

  it('opens with the summary, then the reports', () => {
    expect(text.startsWith('汇总\n共 3 份表单\n')).toBe(true)
    const rules = text.indexOf('\n各规则发现次数\n')
    expect(rules).toBeGreaterThan(0)
    expect(text.indexOf('==> liwan-2021.json <==')).toBeGreaterThan(rules)
    expect(text.indexOf('==> hengshan.json <==')).toBeGreaterThan(
      text.indexOf('==> chizhou.json <=='),
    )
  })

  it('prints the totals and medians of the batch', () => {
    expect(text).toContain(`表单        ${TOTALS.forms}\n`)
    expect(text).toContain(`预算与支出  ${TOTALS.money}\n`)
    expect(text).toContain(`审核发现    ${TOTALS.findings}\n`)
    expect(text).toContain(`绩效指标    ${TOTALS.statuses}\n`)
    expect(text).toContain(`中位数      ${TOTALS.medians}\n`)
    expect(text).toMatch(/\nEVIDENCE_MISSING +16\n/)
    expect(text).toMatch(/\nFUNDING_TOTAL_MISMATCH +3\n/)
  })

  it('at 100 columns, writes each form as a record with its real figures', () => {
    const record = text.slice(text.indexOf('\nliwan-2021.json\n'), text.indexOf('\nchizhou.json\n'))
    expect(record).toMatch(/部门（单位） +广州市荔湾区机关事务管理局\(部门\)\n/)
    expect(record).toMatch(/年度 +2021\n/)
    expect(record).toMatch(/类型 +部门整体\n/)
    expect(record).toMatch(/全年预算 +6539\.06\n/)
    expect(record).toMatch(/实际支出 +5840\.18\n/)
    expect(record).toMatch(/完成率 +89\.31%\n/)
    expect(record).toMatch(/调整率 +5\.27%\n/)
    expect(record).toMatch(/指标 达成\/部分\/未达成\/未开展\/未知 +9\/0\/3\/7\/2\n/)
    expect(record).toMatch(/发现 错误\/警告\/提示 +0\/4\/13\n/)
    expect(text).toMatch(/\nhengshan\.json\n[\s\S]*全年预算 +194\.90\n[\s\S]*完成率 +100\.00%\n/)
  })

  it('on a wide terminal, writes one line per form and keeps within the width', () => {
    const wide = renderBatch(entries, { format: 'text', locale: 'zh-CN', width: 200 })
    expect(wide).toMatch(
      /\nliwan-2021\.json +广州市荔湾区机关事务管理局\(部门\) +— +2021 +部门整体 +6539\.06 +5840\.18 +89\.31% +5\.27% +— +— +9\/0\/3\/7\/2 +0\/4\/13\n/,
    )
    for (const [out, width] of [
      [wide, 200],
      [text, 100],
    ] as const) {
      const summary = out.slice(0, out.indexOf('==> '))
      expect(Math.max(...summary.split('\n').map((l) => displayWidth(l)))).toBeLessThanOrEqual(
        width,
      )
    }
    expect(wide).toMatch(
      /\n合计（3 份） +— +— +— +— +6733\.96 +6035\.08 +89\.62% +— +— +— +32\/0\/3\/7\/4 +3\/7\/21\n/,
    )
    expect(wide.indexOf('\n合计（3 份）')).toBeLessThan(wide.indexOf('\n合计\n===='))
    expect(wide).toMatch(
      /\nchizhou\.json +池州市贵池区棠溪镇人民政府.* +2022 +项目 +0\.00 +0\.00 +— +— +80\.00 +— +9\/0\/0\/0\/0 +3\/2\/7\n/,
    )
  })

  it('speaks English with locale en', () => {
    const en = renderBatch(entries, { format: 'text', locale: 'en', width: 200 })
    expect(en.startsWith('Summary\n3 forms\n')).toBe(true)
    expect(en).toContain('Forms                3: 2 valid, 1 invalid (0 unreadable)\n')
    expect(en).toContain(
      'Budget and spending  budget 6733.96, actual 6035.08 (10,000 yuan), total completion rate 89.62% (over 3 forms)\n',
    )
    expect(en).toContain('Findings             3 errors, 7 warnings, 21 infos\n')
    expect(en).toContain('Medians              budget completion rate 94.66%, score 80.00\n')
    expect(en).toMatch(/Form +Department +Project +Fiscal year +Kind +Budget +Actual +Completion/)
    expect(en).toMatch(/\nliwan-2021\.json +.* +department +6539\.06 +5840\.18 +89\.31%/)
    expect(en).toContain('\nFindings by rule\n')
    expect(en.slice(0, en.indexOf('==> '))).not.toMatch(/合计|汇总|各表单|中位数|部门整体/)
  })
})

describe('renderBatch: Markdown', () => {
  const md = renderBatch(entries, { format: 'markdown', locale: 'zh-CN' })

  it('opens with the summary table, one row per form with every column', () => {
    expect(md.startsWith('# 汇总\n\n共 3 份表单\n\n## 各表单\n')).toBe(true)
    // Under the table: its total row, then the totals and medians.
    expect(md).toContain(
      '| 合计（3 份） | — | — | — | — | 6733.96 | 6035.08 | 89.62% | — | — | — | 32 | 0 | 3 | 7 | 4 | 3 | 7 | 21 |\n\n## 合计\n',
    )
    expect(md).toContain(`- **预算与支出**：${TOTALS.money}\n`)
    expect(md).toContain(`- **中位数**：${TOTALS.medians}\n`)
    expect(md).toContain(
      '| 表单 | 部门（单位） | 项目名称 | 年度 | 类型 | 全年预算 | 实际支出 | 完成率 | 调整率 | 得分 | 等级 | 达成 | 部分达成 | 未达成 | 未开展 | 未知 | 错误 | 警告 | 提示 |',
    )
    expect(md).toContain(
      '| liwan-2021.json | 广州市荔湾区机关事务管理局(部门) | — | 2021 | 部门整体 | 6539.06 | 5840.18 | 89.31% | 5.27% | — | — | 9 | 0 | 3 | 7 | 2 | 0 | 4 | 13 |',
    )
    expect(md).toContain(
      '| hengshan.json | 衡山县商务和粮食局(实施单位:粮食调控储备与产业发展股) | — | 2020 | 项目 | 194.90 | 194.90 | 100.00% | — | — | — | 14 | 0 | 0 | 0 | 2 | 0 | 1 | 1 |',
    )
    expect(md).toContain('| EVIDENCE\\_MISSING | 16 |')
    expect(md.indexOf('**liwan-2021.json**')).toBeGreaterThan(md.indexOf('## 各规则发现次数'))
  })
})

describe('renderBatch: HTML', () => {
  const html = renderBatch(entries, { format: 'html', locale: 'zh-CN' })

  it('is one page with the summary first and every link landing on an anchor', () => {
    expect(html.match(/<!DOCTYPE html>/g)).toHaveLength(1)
    expect(html.indexOf('id="batch-summary"')).toBeLessThan(html.indexOf('id="r1-report"'))
    const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]))
    const hrefs = [...html.matchAll(/ href="#([^"]*)"/g)].map((m) => m[1])
    expect(hrefs.length).toBeGreaterThan(10)
    expect(hrefs.filter((h) => !ids.has(h))).toEqual([])
    for (const [i, name] of ['liwan-2021.json', 'chizhou.json', 'hengshan.json'].entries()) {
      expect(html).toContain(`<td><a href="#r${i + 1}-report">${name}</a></td>`)
      expect(html).toContain(`<section class="batch-form" id="r${i + 1}-report">`)
    }
    expect(html).toContain('id="r1-funding-0"')
    expect(html).toContain('id="r3-funding-0"')
  })

  it('gives the sorting figures as numbers and the totals as text', () => {
    const table = section(html, '<table class="batch-rows"', '</table>')
    const liwanRow = section(table, '<tr data-e="0"><td><a href="#r1-report">', '</tr>')
    expect(liwanRow).toContain('<td class="r" data-v="6539.06">6539.06</td>')
    expect(liwanRow).toContain('<td class="r" data-v="5840.18">5840.18</td>')
    expect(liwanRow).toContain('<td class="r" data-v="89.31">89.31%</td>')
    expect(liwanRow).toContain('<td class="r" data-v="5.27">5.27%</td>')
    expect(table).toContain('<tr class="invalid" data-e="3">')
    expect(table).toContain(
      '<tfoot><tr><td>合计（3 份）</td><td>—</td><td>—</td><td>—</td><td>—</td><td class="r">6733.96</td><td class="r">6035.08</td><td class="r">89.62%</td>',
    )
    expect(html.indexOf('</tfoot>')).toBeLessThan(html.indexOf(`<dd>${TOTALS.money}</dd>`))
    expect(table).toContain('<td class="r m-error" data-v="3">3</td>')
    expect(html).toContain(`<dd>${TOTALS.money}</dd>`)
    expect(html).toContain(`<dd>${TOTALS.medians}</dd>`)
  })

  it('sorts and filters with one small inline script, its tools hidden without it', () => {
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '')
    expect(scripts).toHaveLength(1)
    const script = scripts[0] ?? ''
    expect(new TextEncoder().encode(script).length).toBeLessThan(2048)
    expect(script).toContain("getElementById('batch-rows')")
    expect(script).toContain('aria-sort')
    expect(script).toContain('dataset.v')
    expect(script).not.toMatch(/innerHTML|eval\(|fetch\(|import\(/)
    expect(html).toContain('<div class="batch-tools" id="batch-tools" hidden>')
    expect(html).toContain('<input type="search" id="batch-q">')
    expect(html).toContain('<input type="checkbox" id="batch-err"> 只看有错误的表单')
    expect(html).not.toMatch(/<(?:script|link|img)[^>]* src=|<link /)
  })

  it('draws the completion chart (lowest first, 90% line) and the rule chart with their figures', () => {
    const rates = section(html, '<figure class="chart batch-completion">', '</figure>')
    expect(rates).toContain('<figcaption>各表单预算完成率</figcaption>')
    expect(rates).toContain('<title id="batch-completion-title">各表单预算完成率</title>')
    expect(rates).toMatch(/<desc id="batch-completion-desc">[^<]*90\.00%[^<]*<\/desc>/)
    expect(rates).toMatch(/class="halo">89\.31%<\/text>/)
    expect(rates).toMatch(/class="halo">100\.00%<\/text>/)
    expect(rates).toMatch(/class="halo">90\.00%<\/text>/)
    expect(rates).toContain('stroke-dasharray="4 3"')
    expect(rates).toContain('fill="url(#batch-completion-low)"')
    expect(rates.indexOf('89.31%')).toBeLessThan(rates.indexOf('100.00%'))
    expect(rates).toContain('<a href="#r1-report">')
    // 池州's budget is 0: it has no rate, and the chart says so.
    expect(rates).toContain('1 份表单没有预算完成率。')

    const rules = section(html, '<figure class="chart batch-rules">', '</figure>')
    expect(rules).toContain('<figcaption>各规则发现次数</figcaption>')
    expect(rules).toMatch(/<title>EVIDENCE_MISSING<\/title>EVIDENCE_MISSING<\/text>/)
    expect(rules).toMatch(/class="halo">16<\/text>/)
    expect(rules).toContain('<title>FUNDING_TOTAL_MISMATCH · 3</title>')
    expect(rules.indexOf('EVIDENCE_MISSING')).toBeLessThan(rules.indexOf('TEXT_GARBLED'))
    expect(html.indexOf('batch-rules')).toBeLessThan(html.indexOf('<table class="batch-rows"'))
  })

  it('caps the completion chart at 60 bars and says how many it leaves out', () => {
    const many = Array.from({ length: MAX_RATE_BARS + 5 }, (_, i) => ({
      name: `form-${i}.json`,
      evaluation: i === 0 ? hengshan : liwan,
    }))
    const page = renderBatch(many, { format: 'html', locale: 'zh-CN' })
    const rates = section(page, '<figure class="chart batch-completion">', '</figure>')
    expect(rates.match(/<a href="#r/g)).toHaveLength(MAX_RATE_BARS)
    expect(rates).toContain('另有 5 份表单完成率较高，未在图中列出。')
    // The lowest are drawn: 衡山's 100.00% is the one left out.
    expect(rates).not.toContain('100.00%')
  })

  it('escapes hostile form text: a department name cannot open a script', () => {
    const hostile = evaluate({
      ...liwan2021Form,
      department: '<script>alert(1)</script><img src=x onerror=alert(2)>"\'',
    })
    const page = renderBatch([{ name: '<b>x</b>.json', evaluation: hostile }, ...entries], {
      format: 'html',
      locale: 'zh-CN',
    })
    expect(page).not.toContain('<script>alert')
    expect(page).not.toContain('<img src=x')
    expect(page).not.toContain('<b>x</b>')
    expect(page.match(/<script/g)).toHaveLength(1)
    expect(page).toContain(
      '<td>&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&quot;&#39;</td>',
    )
    expect(page).toContain('<td><a href="#r1-report">&lt;b&gt;x&lt;/b&gt;.json</a></td>')
    const md = renderBatch([{ name: 'x.json', evaluation: hostile }], {
      format: 'markdown',
      locale: 'zh-CN',
    })
    expect(md).not.toContain('<script>')
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('speaks English with locale en', () => {
    const en = renderBatch(entries, { format: 'html', locale: 'en' })
    expect(en).toContain('<html lang="en">')
    expect(en).toContain('<figcaption>Budget completion rate per form</figcaption>')
    expect(en).toContain('<figcaption>Findings by rule</figcaption>')
    expect(en).toContain('<input type="checkbox" id="batch-err"> Only forms with errors')
    expect(en).toContain('showing <output id="batch-n">3</output> of 3')
    expect(en).toContain('<th scope="col" class="r">Completion</th>')
    expect(en).toContain('↑ Back to the summary')
    const summary = section(en, '<article class="report batch"', '</article>')
    expect(summary).not.toMatch(/合计|汇总|各表单|预算完成率/)
  })

  it('reuses a summary computed beforehand', () => {
    const summary = summarizeBatch(entries.map((e) => ({ file: e.name, evaluation: e.evaluation })))
    expect(renderBatch(entries, { format: 'text', locale: 'zh-CN', summary })).toBe(
      renderBatch(entries, { format: 'text', locale: 'zh-CN' }),
    )
  })
})

describe('renderBatchSummary', () => {
  const summary = summarizeBatch(entries.map((e) => ({ file: e.name, evaluation: e.evaluation })))
  const rows = entries.map((e) => batchRow(e.name, e.evaluation))

  it('with rows null prints only the totals, medians and findings by rule', () => {
    const text = renderBatchSummary(summary, null, { format: 'text', locale: 'zh-CN' })
    expect(text).toContain(`预算与支出  ${TOTALS.money}\n`)
    expect(text).toContain(`中位数      ${TOTALS.medians}\n`)
    expect(text).toMatch(/\nEVIDENCE_MISSING +16\n/)
    expect(text).not.toContain('liwan-2021.json')
    expect(text).not.toContain('各表单')
    expect(text).not.toContain('==>')

    const html = renderBatchSummary(summary, null, { format: 'html', locale: 'zh-CN' })
    expect(html).not.toContain('<table class="batch-rows"')
    expect(html).not.toContain('<figure class="chart batch-completion"')
    expect(html).not.toContain('<script')
    expect(html).toContain('<figure class="chart batch-rules">')
    expect(html).toContain(`<dd>${TOTALS.findings}</dd>`)

    const md = renderBatchSummary(summary, null, { format: 'markdown', locale: 'en' })
    expect(md).toContain('- **Medians**: budget completion rate 94.66%, score 80.00\n')
    expect(md).toContain('| FUNDING\\_TOTAL\\_MISMATCH | 3 |')
  })

  it('with rows prints the table without reports; HTML rows link nowhere', () => {
    const md = renderBatchSummary(summary, rows, { format: 'markdown', locale: 'zh-CN' })
    expect(md).toContain('| liwan-2021.json | 广州市荔湾区机关事务管理局(部门) | — | 2021 |')
    expect(md).not.toContain('# 荔湾区部门整体支出绩效自评表')
    const html = renderBatchSummary(summary, rows, { format: 'html', locale: 'zh-CN' })
    expect(html).toContain('<td>liwan-2021.json</td>')
    expect(html).not.toContain('href="#r')
    expect(html.match(/<script>/g)).toHaveLength(1)
  })

  it('shows a file that could not be read', () => {
    const bad = unreadableRow('broken.json')
    const text = renderBatchSummary(summary, [bad], {
      format: 'text',
      locale: 'zh-CN',
      width: 200,
    })
    expect(text).toMatch(
      /\nbroken\.json +— +— +— +— +— +— +无法读取 +— +— +— +0\/0\/0\/0\/0 +1\/0\/0\n/,
    )
  })
})
