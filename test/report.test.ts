// renderReport on the seed and the public forms: the figures and rows a reader must find, the
// layout rules (self-contained A4 HTML, aligned CJK text), escaping of every user text, and that
// nothing throws on any evaluation.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  type Evaluation,
  evaluate,
  liwan2021Form,
  OptionError,
  type ReportFormat,
  renderReport,
  type schemes,
} from '../src/index'
import { cleanText, escapeHtml, escapeMarkdown } from '../src/report/escape'
import { labelKeys, labelPair } from '../src/report/labels'
import { displayWidth, wrapText } from '../src/report/text-width'
import { publicForms, toInput } from './helpers/public-forms'
import { IMG, markupForm, SCRIPT } from './helpers/report-markup-form'

const liwan = evaluate(liwan2021Form)
const FORMATS: readonly ReportFormat[] = ['markdown', 'html', 'text']
const TASKS = ['任务1', '任务2', '任务3', '任务4']

/** Lines of a text table: from its header to the first blank line after its rule. */
function textTable(text: string, header: string): string[] {
  const lines = text.split('\n')
  const start = lines.findIndex((l) => l.startsWith(header))
  const end = lines.findIndex((l, i) => i > start + 1 && l === '')
  return lines.slice(start, end)
}

describe('renderReport: the Liwan 2021 form', () => {
  it('markdown: overview, funding with printed beside computed rates, tasks, findings', () => {
    const md = renderReport(liwan, { format: 'markdown' })
    expect(
      md.startsWith(
        '# 荔湾区部门整体支出绩效自评表\n\n广州市荔湾区机关事务管理局(部门) · 2021年度\n',
      ),
    ).toBe(true)
    expect(md).toContain('- **预算完成率**：89.31%\n- **预算调整率**：5.27%')
    expect(md).toContain('- **绩效指标**：21（达成 9 · 未达成 3 · 未开展 7 · 无法判断 2）')
    expect(md).toContain(
      '| 合计 | 6211.89 | 327.17 | 6539.06<br>计算值 | 5840.18 | 89.31%<br>填报 89. 31% ✓ | 5.27%<br>填报 5. 27% ✓ | W1 |',
    )
    for (const task of TASKS) expect(md).toContain(`\n### ${task}\n`)
    expect(md).toContain('- **任务涉及资金**：1730.42（占全年预算 26.46%）')
    expect(md).toContain('| 任务2 | 6 | 4 | 0 | 1 | 0 | 1 |')
    expect(md).toContain('| 合计 | 21 | 9 | 0 | 3 | 7 | 2 |')
    // The inverted formula is described, and its row points at its finding.
    expect(md).toMatch(
      /\| 花市档位出租率 \| 100% \| .*\| 档位总数 ÷ 档位实际租出数量 × 100% \| W2 \|/,
    )
    expect(md).toContain(
      '| W1 | BUDGET\\_COMPLETION\\_LOW | 预算完成率 89.31% 低于 90.00%，应说明原因 | 合计<br>funding\\[0\\] |',
    )
    // Problems and improvements link each other.
    expect(md).toContain('- **2.** 在紧急会议保障方面,未能建立全流程应急保障方案。 → 改进措施 2')
    expect(md).toContain('- **2.** 加强对物业公司的监督管理。 → 问题 2')
    // No score: the Liwan form carries no weights.
    expect(md).not.toContain('## 得分及等级')
  })

  it('every finding is listed once, numbered by severity, and its row carries the number', () => {
    const md = renderReport(liwan, { format: 'markdown' })
    const errors = liwan.findings.filter((f) => f.severity === 'error').length
    const warnings = liwan.findings.filter((f) => f.severity === 'warning').length
    const infos = liwan.findings.filter((f) => f.severity === 'info').length
    expect(md).toContain(`## 审核发现（${liwan.findings.length}）`)
    if (warnings > 0) expect(md).toContain(`### 警告（${warnings}）`)
    if (infos > 0) expect(md).toContain(`### 提示（${infos}）`)
    expect(errors).toBe(0)
    for (let n = 1; n <= warnings; n++) expect(md).toContain(`| W${n} | `)
    for (let n = 1; n <= infos; n++) expect(md).toContain(`| I${n} | `)
    expect(md).toContain(
      '| 垃圾分类率 | 100% | 垃圾分类率100%,按垃圾分类标准严格执行垃圾分类制度。 | ✓ 达成',
    )
  })

  it('html: one self-contained page: no script, no external asset, A4 print CSS, two charts', () => {
    const html = renderReport(liwan, { format: 'html' })
    expect(
      html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">'),
    ).toBe(true)
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|src=|https?:\/\//i)
    // The only url() references are the charts' own patterns.
    expect(html.match(/url\([^)]*\)/g)?.every((u) => /^url\(#[\w-]+\)$/.test(u))).toBe(true)
    expect(html).toContain('@page { size: A4;')
    expect(html).toContain('table-layout: fixed')
    expect(html).toContain('overflow-wrap: anywhere')
    expect(html.match(/<svg /g)).toHaveLength(2)
    expect(html).toContain('<title id="funding-chart-title">预算与实际支出</title>')
    expect(html).toContain('<title id="status-chart-title">各任务指标完成情况</title>')
    expect(html).toContain('<figcaption>预算与实际支出</figcaption>')
    // Charts carry their figures as text.
    expect(html).toContain('全年 6539.06（调整 +327.17）')
    expect(html).toContain('实际 5840.18（89.31%）')
    expect(html).toContain('达成 4 · 未达成 1 · 无法判断 1')
  })

  it('html: every internal link lands on an element of the page', () => {
    const html = renderReport(liwan, { format: 'html' })
    const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]))
    const targets = [...html.matchAll(/ href="#([^"]+)"/g)].map((m) => m[1])
    expect(targets.length).toBeGreaterThan(liwan.findings.length)
    for (const t of targets) expect(ids.has(t), t).toBe(true)
    expect(ids.size).toBe([...html.matchAll(/ id="([^"]+)"/g)].length)
  })

  it('text: aligned columns with CJK counted double, no line wider than asked', () => {
    for (const width of [60, 100, 140]) {
      const text = renderReport(liwan, { format: 'text', width })
      for (const line of text.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(width)
    }
    const text = renderReport(liwan, { format: 'text' })
    const status = textTable(text, '任务 / 分组')
    expect(status).toHaveLength(7)
    // Right-aligned counts: every row ends in the same terminal column as the rule.
    const rule = status[1] ?? ''
    for (const row of status) expect(displayWidth(row)).toBe(displayWidth(rule))
    expect(status[3]).toMatch(/^任务2 +6 +4 +0 +1 +0 +1$/)
    expect(text).toMatch(/合计 +6211\.89 +327\.17 +6539\.06 +5840\.18 +89\.31% +5\.27% +W1\n/)
    expect(text).toMatch(/\n +计算值 +填报 89\. 31% ✓ +填报 5\. 27% ✓\n/)
  })

  it('en: every heading and label in English; the form text stays as printed', () => {
    const e = evaluate(liwan2021Form, { locale: 'en' })
    const md = renderReport(e, { format: 'markdown', locale: 'en' })
    expect(md).toContain('## Funding (amounts in 万元)')
    expect(md).toContain('- **Budget completion rate**: 89.31%')
    expect(md).toContain(
      '| Source | Initial budget | Adjustment | Adjusted budget | Actual spending |',
    )
    expect(md).toContain('printed 89. 31% ✓')
    expect(md).toContain('### Warnings')
    expect(md).toContain('Budget completion rate 89.31% is below 90.00%')
    // The locale defaults to the evaluation's.
    expect(renderReport(e)).toBe(md)
  })

  it('every label exists in both locales; English labels have no Chinese', () => {
    for (const key of labelKeys()) {
      const [zh, en] = labelPair(key)
      expect(zh.trim(), key).not.toBe('')
      expect(en.trim(), key).not.toBe('')
      expect(en, key).not.toMatch(/[\u4e00-\u9fff]/)
      expect(zh, key).toMatch(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/)
    }
  })
})

describe('renderReport: scored project forms', () => {
  it('groups top-level indicators by 一级/二级 and shows the score with its trace', () => {
    const e = evaluate(toInput(publicForms.chizhou!))
    const md = renderReport(e, { format: 'markdown' })
    expect(md).toContain('\n### 产出指标\n')
    expect(md).toContain('\n### 效益指标\n')
    expect(md).toContain('| 数量指标 | 基建工程委托业务项目数量 | ≥50个 | 50 | ✓ 达成')
    expect(md).toContain('8.00/8<br>填报 8')
    expect(md).toContain('- **总分**：80.00\n- **等级**：—') // no grade: the execution item (0/0) is unscorable, so the total is partial
    expect(md).toContain(
      '| 经费支出合规性 | 8 | 定性区间 | ✓ 达成 | \\[80%, 100%\\] → 100% | 8.00 | 8 |',
    )
    expect(md).toContain('| 年度资金总额 | 10 | 无法评分 | — | — | — | 0 |')
    // The printed 0 for an undefined rate is a known convention, marked where it sits.
    expect(md).toContain('— (分母为 0)<br>填报 0 \\~ 分母为零填 0')
    expect(md).toContain('### 错误（3）')
    expect(md).toContain('| E1 | FUNDING\\_TOTAL\\_MISMATCH |')
  })

  it('renders every public form in every format, with its department and every finding', () => {
    for (const [name, form] of Object.entries(publicForms)) {
      const e = evaluate(toInput(form))
      for (const format of FORMATS) {
        const out = renderReport(e, { format })
        const plain = format === 'html' ? out.replaceAll('<wbr>', '') : out
        const department = e.summary.department ?? ''
        // Text wraps a long name: its first words are on one line.
        const shown = format === 'text' ? department.slice(0, 12) : department
        expect(plain, `${name} ${format}`).toContain(format === 'html' ? escapeHtml(shown) : shown)
        for (const f of e.findings) {
          const code = format === 'markdown' ? escapeMarkdown(f.code) : f.code
          expect(plain, `${name} ${format} ${f.code}`).toContain(code)
        }
      }
      if (e.score !== null) {
        expect(renderReport(e, { format: 'text' })).toContain(`总分      ${e.score.display}`)
      }
    }
  })
})

describe('renderReport: invalid input', () => {
  it('an invalid evaluation gives a short report of its findings', () => {
    const e = evaluate({ kind: 'project', department: '某局' })
    expect(e.valid).toBe(false)
    expect(e.outcome).toBe('not-a-form')
    const md = renderReport(e, { format: 'markdown' })
    expect(md).toContain('> 输入不是绩效自评表，无法评价；以下列出发现的问题。')
    expect(md).not.toContain('## 资金情况')
    expect(md).toContain('| E1 | INPUT\\_NOT\\_A\\_FORM |')
    expect(md).toContain('### 错误（1）')
    const text = renderReport(e, { format: 'text' })
    expect(text).toContain('E1    INPUT_NOT_A_FORM')
  })

  it('an unknown scheme is an option error, thrown before there is anything to render', () => {
    expect(() => evaluate(liwan2021Form, { scheme: 'nope' as keyof typeof schemes })).toThrow(
      expect.objectContaining({ name: 'OptionError', option: 'scheme' }),
    )
  })

  it('a text width out of range is brought into it', () => {
    for (const width of [Number.NEGATIVE_INFINITY, -5, 10]) {
      const text = renderReport(liwan, { format: 'text', width })
      const widest = Math.max(...text.split('\n').map((l) => displayWidth(l)))
      expect(widest).toBeLessThanOrEqual(40)
    }
    const wide = renderReport(liwan, { format: 'text', width: Number.POSITIVE_INFINITY })
    expect(wide.split('\n')).toContain('='.repeat(1000))
  })

  it('a width that is not a number is an OptionError', () => {
    expect(() => renderReport(liwan, { format: 'text', width: Number.NaN })).toThrow(OptionError)
  })

  it('never throws, whatever it is given as an evaluation', () => {
    fc.assert(
      fc.property(fc.anything(), fc.constantFrom(...FORMATS), (value, format) => {
        expect(typeof renderReport(value as Evaluation, { format })).toBe('string')
      }),
      { numRuns: 200 },
    )
  })

  it('never throws on the evaluation of any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(...FORMATS), (value, format) => {
        expect(typeof renderReport(evaluate(value), { format })).toBe('string')
      }),
      { numRuns: 100 },
    )
  })
})

/** Every tag in the HTML must be one the renderer writes itself. */
const OWN_TAGS = new Set(
  'html head meta title style body article header h1 h2 h3 p dl div dt dd table colgroup col thead tbody tr th td span a br wbr ul li figure figcaption svg desc defs pattern rect line path circle text'.split(
    ' ',
  ),
)

describe('renderReport: markup in the form is text', () => {
  const e = evaluate(markupForm)

  it('is a valid form with markup in every text field', () => {
    expect(e.valid).toBe(true)
  })

  it('html: only the renderer’s own tags and attributes; links only within the page', () => {
    const html = renderReport(e, { format: 'html' })
    const tags = [...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => (m[1] ?? '').toLowerCase())
    for (const tag of tags) expect(OWN_TAGS.has(tag), tag).toBe(true)
    expect(html).not.toMatch(/<script|<img|<a href="javascript/i)
    // User text has no raw '<', so every tag is the renderer's: check their attributes.
    for (const [tag] of html.matchAll(/<[a-zA-Z][^<>]*>/g)) {
      for (const [, name, value] of tag.matchAll(/\s([\w:-]+)="([^"]*)"/g)) {
        expect(name?.toLowerCase().startsWith('on'), tag).toBe(false)
        if (name === 'href') expect(value?.startsWith('#'), tag).toBe(true)
      }
    }
    expect(html).toContain(escapeHtml(SCRIPT))
    expect(html).toContain(escapeHtml(IMG))
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('markdown: no raw tag but the renderer’s <br>; table cells keep their pipes escaped', () => {
    const md = renderReport(e, { format: 'markdown' })
    const tags = [...md.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1])
    for (const tag of tags) expect(tag).toBe('br')
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    // Every table row has as many cells as its header.
    const blocks = md.split('\n\n').filter((b) => b.startsWith('| '))
    for (const block of blocks) {
      const rows = block.split('\n').filter((row) => row !== '')
      const counts = rows.map((row) => row.split(/(?<!\\)\|/).length)
      expect(new Set(counts).size).toBe(1)
    }
  })

  it('text: no control characters from the form reach the terminal', () => {
    const form = { ...liwan2021Form, department: 'A\u001b[31mRED\u001b[0m\u0007\u202eB' }
    const text = renderReport(evaluate(form), { format: 'text' })
    const controls = Array.from(text).filter((ch) => {
      const cp = ch.codePointAt(0) ?? 0
      return (
        (cp < 0x20 && ch !== '\n') || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0x202a && cp <= 0x202e)
      )
    })
    expect(controls).toEqual([])
    expect(text).toContain('A\uFFFD[31mRED\uFFFD[0m\uFFFDB')
  })
})

describe('text layout helpers', () => {
  it('displayWidth counts CJK and fullwidth characters double', () => {
    expect(displayWidth('预算完成率')).toBe(10)
    expect(displayWidth('89.31%')).toBe(6)
    expect(displayWidth('（占全年预算 26.46%）')).toBe(2 + 10 + 1 + 6 + 2)
    expect(displayWidth('e\u0301')).toBe(1)
  })

  it('wrapText keeps every character, never exceeds the width, and keeps closing punctuation', () => {
    expect(wrapText('完成情况写明“未开展”，视为未开展', 8)).toEqual([
      '完成情况',
      '写明“未',
      '开展”，',
      '视为未开',
      '展',
    ])
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('a', 'b', ' ', '预', '算', '，', '。', '（', '）', '1', '%', '\n'),
        }),
        fc.integer({ min: 2, max: 30 }),
        (text, width) => {
          const lines = wrapText(text, width)
          for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width)
          expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''))
        },
      ),
    )
  })

  it('escapes: HTML entities, Markdown punctuation, control characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    )
    expect(escapeMarkdown('a|b*c_d<e>\n# f')).toBe('a\\|b\\*c\\_d&lt;e&gt;<br># f')
    expect(escapeMarkdown('# 标题', { block: true })).toBe('\\# 标题')
    expect(escapeMarkdown('1. 第一', { block: true })).toBe('1\\. 第一')
    expect(escapeMarkdown('89.31%', { block: true })).toBe('89.31%')
    expect(cleanText('a\tb\r\nc\u0000')).toBe('a b\nc\uFFFD')
  })
})
