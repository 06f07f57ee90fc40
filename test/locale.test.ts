// Reports in one locale carry no word of the other, whatever locale the evaluation was made in.
//
// What counts as the form's own text (and so may be in either language): any run of text that
// occurs in the input, or in the normalised form the evaluation returns (the reader maps 畝 to 亩,
// "壬务" to "任务"), and units of measure as the target grammar reads them (亩, 人, 万元 — a figure's
// unit is part of the figure). Identifiers of the API are not words either: finding codes, the
// finding paths printed beside each finding (`funding[0].actual`, JSON keys a developer types) and
// the finding numbers E1/W2/I3 with their legend.
import { describe, expect, it } from 'vitest'
import {
  type Evaluation,
  evaluate,
  type Finding,
  type FindingMessages,
  formatFinding,
  formatPath,
  liwan2021Form,
  OptionError,
  renderReport,
  rules,
} from '../src/index'
import { MEASURE_WORDS, UNIT_TABLE } from '../src/targets/units'
import { publicForms, toInput } from './helpers/public-forms'
import { batch2, toInput2 } from './helpers/public-forms-batch2'

/** Inputs that break in the ways real submissions do. */
const BROKEN: readonly [string, unknown][] = [
  ['missing header', { funding: [{ source: 'total', initialBudget: '100', actual: '80' }] }],
  [
    'wrong types',
    {
      kind: 'project',
      fiscalYear: 'abc',
      unit: 'dollars',
      funding: [{ source: 'total', actual: 'M.8', initialBudget: ['1'] }],
      indicators: [{ name: 1, target: '≥9O%', actual: '95%' }, { target: '100%' }],
    },
  ],
  [
    'bad totals and unknown keys',
    {
      kind: 'department-overall',
      department: '某局',
      fiscalYear: 2022,
      unit: '万元',
      funding: [
        { source: 'total', initialBudget: '100', adjustment: '0', actual: '130' },
        { source: 'general-budget', initialBudget: '60', actual: '50' },
        { source: 'government-fund', initialBudget: '30', actual: '20' },
      ],
      tasks: [
        {
          name: '任务1',
          funds: '500',
          indicators: [
            { name: '完成率', formula: '实际完成数/预定目标数×', target: '≥95%', actual: '80%' },
            { name: '按时完成', target: '2022年9月前', actual: '2022年11月完成' },
          ],
        },
      ],
      problems: [{ id: '1', text: '进度慢' }],
      inicialBudget: '3',
    },
  ],
  [
    'scored with printed mistakes',
    {
      kind: 'project',
      department: '某局',
      fiscalYear: 2023,
      unit: '万元',
      funding: [
        {
          source: 'total',
          adjustedBudget: '100',
          actual: '85',
          weight: '10',
          printed: { completionRate: '0.9', score: '9' },
        },
      ],
      indicators: [
        {
          name: '数量',
          level1: '产出指标',
          target: '≥10个',
          actual: '8个',
          weight: '50',
          score: '50',
        },
        { name: '满意度', level1: '满意度指标', target: '≥90%', actual: '良', weight: '40' },
      ],
      printed: { totalScore: '99', grade: '优' },
    },
  ],
  ['not a form', { hello: 'world' }],
  ['a string', '荔湾区'],
]

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value)
  else if (typeof value === 'number') out.push(String(value))
  else if (Array.isArray(value)) for (const v of value) strings(v, out)
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(k, ...strings(v))
  }
  return out
}

/** The text a reader sees: tags, style sheets and entities of HTML removed. */
function visible(output: string): string {
  return output
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<wbr>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, ' ')
}

const UNITS = new Set([...UNIT_TABLE.map((u) => u.text), ...MEASURE_WORDS, '元', '万元', '亿元'])

/** Runs of Han characters of an English report that are not the form's own. */
function hanLeaks(output: string, formText: string): string[] {
  const leaks: string[] = []
  for (const m of visible(output).matchAll(/[\u3400-\u9fff\uf900-\ufaff]+/gu)) {
    if (formText.includes(m[0]) || UNITS.has(m[0])) continue
    leaks.push(m[0])
  }
  return leaks
}

/** Latin words of a Chinese report that are neither the form's own, nor identifiers, nor units. */
function latinLeaks(output: string, formText: string, e: Evaluation): string[] {
  let text = visible(output)
  // Paths and codes first, longest first, so that no part of one is read as a word.
  // Markdown escapes a path's brackets and underscores: both spellings are the path.
  const paths = e.findings.map((f) => formatPath(f.path)).filter((p) => p !== '')
  const identifiers = [...new Set([...paths, ...paths.map((p) => p.replace(/[[\]_]/g, '\\$&'))])]
  identifiers.sort((a, b) => b.length - a.length)
  for (const p of identifiers) text = text.replaceAll(p, ' ')
  const leaks: string[] = []
  for (const m of text.matchAll(/[A-Za-z][A-Za-z0-9\\_]*/g)) {
    const word = m[0].replace(/\\/g, '')
    if (/^[EWI]\d*$/.test(word) || CODES.has(word) || ACRONYMS.has(word)) continue
    if (UNITS.has(word) || formText.includes(word)) continue
    leaks.push(word)
  }
  return leaks
}

const CODES: ReadonlySet<string> = new Set(rules.map((r) => r.code))
/** Acronyms Chinese finance staff write as they are ("疑似 OCR 损坏"); never spelt out in Chinese. */
const ACRONYMS = new Set(['OCR'])
const FORMATS = ['text', 'markdown', 'html'] as const

function inputs(): [string, unknown][] {
  const all: [string, unknown][] = [['荔湾 2021 (seed)', liwan2021Form]]
  for (const [name, form] of Object.entries(publicForms)) all.push([name, toInput(form)])
  for (const [name, form] of Object.entries(batch2)) all.push([`form ${name}`, toInput2(form)])
  return [...all, ...BROKEN]
}

describe('a report is in its locale throughout', () => {
  for (const [name, input] of inputs()) {
    it(name, () => {
      const found: string[] = []
      for (const made of ['zh-CN', 'en'] as const) {
        const e = evaluate(input, { locale: made })
        const formText = [...strings(input), ...strings(e.form)].join('\n')
        for (const format of FORMATS) {
          const en = renderReport(e, { format, locale: 'en' })
          for (const w of hanLeaks(en, formText)) found.push(`en ${format} (made ${made}): ${w}`)
          const zh = renderReport(e, { format, locale: 'zh-CN' })
          for (const w of latinLeaks(zh, formText, e)) {
            found.push(`zh-CN ${format} (made ${made}): ${w}`)
          }
        }
      }
      expect([...new Set(found)]).toEqual([])
    })
  }

  it('the seed in English has no Chinese outside the form text (counted)', () => {
    const e = evaluate(liwan2021Form)
    const en = renderReport(e, { format: 'markdown', locale: 'en' })
    expect(en).toContain(
      'Budget completion rate 89.31% is below 90.00%; the reason should be explained',
    )
    expect(en).not.toContain('低于')
  })
})

describe('formatFinding', () => {
  const e = evaluate(liwan2021Form)
  const low = e.findings.find((f) => f.code === 'BUDGET_COMPLETION_LOW')
  if (low === undefined) throw new Error('the seed has a low completion rate')

  it('writes a zh-CN finding in English and back', () => {
    expect(low.message).toBe('预算完成率 89.31% 低于 90.00%，应说明原因')
    const en = formatFinding(low, 'en')
    expect(en).toBe('Budget completion rate 89.31% is below 90.00%; the reason should be explained')
    const back = evaluate(liwan2021Form, { locale: 'en' }).findings.find((f) => f.code === low.code)
    expect(back && formatFinding(back, 'zh-CN')).toBe(low.message)
  })

  it('puts words among the params into the locale', () => {
    const f = evaluate({ kind: 'project', fiscalYear: 2021, unit: '万元', funding: [] })
    const rate = evaluate(
      {
        kind: 'project',
        department: '某局',
        fiscalYear: 2021,
        unit: '万元',
        funding: [{ source: 'total', adjustedBudget: '0', actual: '5' }],
      },
      { locale: 'en' },
    ).findings.find((x) => x.code === 'RATE_UNDEFINED')
    expect(rate?.message).toContain('budget completion rate')
    expect(rate && formatFinding(rate, 'zh-CN')).toContain('预算完成率')
    expect(f.findings.length).toBeGreaterThan(0)
  })

  it('names a cell by its printed label in zh-CN, with no zod wording', () => {
    const e2 = evaluate({ kind: 'project', funding: [{ source: 'total', actual: [] }] })
    const messages = e2.findings.map((f) => f.message)
    expect(messages).toContain('资金来源 1 › 全年执行数：应为文本或数字，实际为列表')
    expect(messages.join('\n')).not.toMatch(/期望|实际接收|string|undefined/)
    const unit = e2.findings.find((f) => f.code === 'UNIT_MISSING' || f.path.join() === 'unit')
    expect(unit?.message ?? '').not.toContain('无效选项')
  })

  it('takes a messages table for another locale, typed over every code', () => {
    const fr = Object.fromEntries(rules.map((r) => [r.code, r.message.en])) as FindingMessages
    const messages: FindingMessages = { ...fr, BUDGET_COMPLETION_LOW: 'Taux {rate} < {threshold}' }
    expect(formatFinding(low, 'fr', messages)).toBe('Taux 89.31% < 90.00%')
    // @ts-expect-error a table that misses codes does not compile
    const partial: FindingMessages = { BUDGET_COMPLETION_LOW: 'x' }
    expect(partial).toBeDefined()
  })

  it('throws OptionError for a locale it does not ship without messages', () => {
    expect(() => formatFinding(low, 'fr')).toThrow(OptionError)
  })

  it('keeps the message of a code this version does not know', () => {
    // A finding saved by a newer version: its code is not in this version's union.
    const future = { ...low, code: 'SOMETHING_NEW', message: '新规则' } as unknown as Finding
    expect(formatFinding(future, 'en')).toBe('新规则')
  })
})

describe('renderReport options', () => {
  const e = evaluate(liwan2021Form)
  it.each([
    [{ format: 'pdf' }, 'format'],
    [{ locale: 'fr' }, 'locale'],
    [{ width: '80' }, 'width'],
    [{ fragment: 'yes' }, 'fragment'],
  ])('%o is an OptionError on %s', (options, option) => {
    let caught: unknown
    try {
      renderReport(e, options as never)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(OptionError)
    expect((caught as OptionError).option).toBe(option)
  })

  it('re-localises the scheme name and the reasons', () => {
    const scored = evaluate(toInput(publicForms.chizhou!))
    const en = renderReport(scored, { format: 'markdown', locale: 'en' })
    expect(en).toContain('MOF project self-evaluation')
    expect(en).not.toContain('财政部项目支出绩效自评')
    const zh = renderReport(evaluate(toInput(publicForms.chizhou!), { locale: 'en' }), {
      format: 'markdown',
      locale: 'zh-CN',
    })
    expect(zh).toContain('财政部项目支出绩效自评')
  })
})

describe("evaluate's own messages are in its locale", () => {
  it('name a status by its name, not its code (SCORE_OUT_OF_BAND, STATUS_PRINTED_DIFFERS …)', () => {
    const codes = /\b(?:met|partially-met|not-met|not-carried-out|unknown)\b/u
    const leaks = inputs().flatMap(([name, input]) =>
      evaluate(input)
        .findings.filter((f) => codes.test(f.message))
        .map((f) => `${name}: ${f.code}: ${f.message}`),
    )
    expect(leaks).toEqual([])
    const f = evaluate({
      kind: 'project',
      indicators: [
        { name: '完成数量', target: '≥10个', actual: '5个', printed: { status: '完成' } },
      ],
    }).findings.find((x) => x.code === 'STATUS_PRINTED_DIFFERS')
    expect(f?.message).toBe('“完成数量”的完成情况栏填“完成”，按目标值与实际值判断为 未达成')
  })
})
