// Text reports never cut a number, a word, a code or a path across lines; the embeddable HTML
// restyles nothing outside its root.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluate, formatPath, liwan2021Form, renderReport } from '../src/index'
import { FRAGMENT_ROOT } from '../src/report/style'
import { displayWidth, wrapText } from '../src/report/text-width'
import { publicForms, toInput } from './helpers/public-forms'
import { batch2, toInput2 } from './helpers/public-forms-batch2'

/** Pieces a line is made of: tokens that must stay whole, and what may be broken around them. */
const number = fc
  .tuple(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 99 }))
  .map(([whole, cents]) => `${whole}.${String(cents).padStart(2, '0')}`)
const percent = number.map((n) => `${n}%`)
const word = fc.stringMatching(/^[A-Za-z]{2,12}$/)
const code = fc.constantFrom(
  'BUDGET_COMPLETION_LOW',
  'INDICATOR_NOT_MET_WITHOUT_REASON',
  'WEIGHTS_NOT_100',
)
const path = fc
  .tuple(fc.nat(20), fc.nat(20), fc.constantFrom('formula', 'deviationReason', 'target'))
  .map(([t, i, f]) => `tasks[${t}].indicators[${i}].${f}`)
const whole = fc.oneof(number, percent, word, code, path)
const cjk = fc.constantFrom(
  '预',
  '算',
  '完',
  '成',
  '比',
  '例',
  '率',
  '，',
  '。',
  '（',
  '）',
  '“',
  '”',
)

describe('wrapText', () => {
  it('breaks only at spaces and between CJK characters: no number, word, code or path is cut', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            whole.map((t) => ({ keep: t, text: t })),
            fc
              .array(cjk, { minLength: 1, maxLength: 12 })
              .map((c) => ({ keep: '', text: c.join('') })),
            fc.constant({ keep: '', text: ' ' }),
          ),
          { maxLength: 40 },
        ),
        fc.integer({ min: 40, max: 100 }),
        (pieces, width) => {
          // Tokens stand apart from each other (a space or CJK between), as they do in prose.
          const text = pieces.map((p) => (p.keep === '' ? p.text : ` ${p.text} `)).join('')
          const lines = wrapText(text, width)
          for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width)
          for (const { keep } of pieces) {
            if (keep !== '') expect(lines.some((l) => l.includes(keep))).toBe(true)
          }
        },
      ),
    )
  })

  it('keeps a number whole where it touches Chinese text', () => {
    const lines = wrapText(`${'预算'.repeat(18)}完成率89.31%，调整率5.27%。`, 40)
    expect(lines.some((l) => l.includes('89.31%，'))).toBe(true)
    expect(lines.some((l) => l.includes('5.27%。'))).toBe(true)
  })
})

function inputs(): [string, unknown][] {
  const all: [string, unknown][] = [['荔湾 2021', liwan2021Form]]
  for (const [name, form] of Object.entries(publicForms)) all.push([name, toInput(form)])
  for (const [name, form] of Object.entries(batch2)) all.push([`form ${name}`, toInput2(form)])
  return all
}

describe('text reports at 80–100 columns', () => {
  const forms = new Map(inputs().map(([name, input]) => [name, evaluate(input)]))

  it('print every finding code, path, amount and rate whole on one line', () => {
    fc.assert(
      fc.property(
        // Names, not evaluations, so that a counterexample reads in one line.
        fc.constantFrom(...forms.keys()),
        fc.integer({ min: 80, max: 100 }),
        fc.constantFrom('zh-CN' as const, 'en' as const),
        (name, width, locale) => {
          const e = forms.get(name)
          if (e === undefined) throw new Error(name)
          const lines = renderReport(e, { format: 'text', width, locale }).split('\n')
          for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width)
          const whole = [
            ...e.findings.map((f) => f.code),
            ...e.findings.map((f) => formatPath(f.path)).filter((p) => p !== ''),
            ...e.funding.flatMap((r) => [r.completionRate.display, r.adjustmentRate.display]),
            ...e.funding.flatMap((r) => [r.initialBudget, r.adjustedBudget, r.actual]),
          ].filter((t): t is string => t !== null && t !== '' && t !== '0')
          for (const token of whole) {
            expect(
              lines.some((l) => l.includes(token)),
              `${token} is cut at width ${width}`,
            ).toBe(true)
          }
        },
      ),
      { numRuns: 60 },
    )
  })

  it('keeps the seed\'s "完成比例" and "89.31%" whole at 80 columns', () => {
    const text = renderReport(evaluate(liwan2021Form), { format: 'text', width: 80 })
    expect(text).toContain('完成比例')
    expect(text).toContain('89.31%')
    expect(text).not.toMatch(/89\.\n/)
  })
})

/** Every selector of a style sheet, @media blocks opened, @page and @-rules without selectors left out. */
function selectors(css: string): string[] {
  const out: string[] = []
  const body = css.replace(/@media[^{]*\{([\s\S]*?\})\s*\}/g, '$1')
  for (const m of body.matchAll(/([^{}]+)\{[^{}]*\}/g)) {
    for (const s of (m[1] ?? '').split(',')) out.push(s.trim())
  }
  return out
}

describe('HTML fragment', () => {
  const e = evaluate(liwan2021Form)
  const fragment = renderReport(e, { format: 'html', fragment: true })
  const css = /<style>([\s\S]*?)<\/style>/.exec(fragment)?.[1] ?? ''

  it('is one root element holding its style sheet and the report, no document around it', () => {
    expect(fragment.startsWith(`<div class="${FRAGMENT_ROOT}">\n<style>`)).toBe(true)
    expect(fragment.trimEnd().endsWith('</div>')).toBe(true)
    expect(fragment).not.toMatch(/<!DOCTYPE|<(html|head|body)[\s>]/i)
    expect(fragment).toContain('<article class="report" lang="zh-CN">')
  })

  it('scopes every selector under the root class', () => {
    const all = selectors(css)
    expect(all.length).toBeGreaterThan(40)
    for (const s of all) expect(s.startsWith(`.${FRAGMENT_ROOT}`), s).toBe(true)
    expect(css).not.toContain('@page')
    expect(css).toContain(`.${FRAGMENT_ROOT} h1 {`)
  })

  it('prefixes its anchors, so links still point inside it', () => {
    const ids = [...fragment.matchAll(/ id="([^"]+)"/g)].map((m) => m[1] ?? '')
    const hrefs = [...fragment.matchAll(/ href="#([^"]+)"/g)].map((m) => m[1] ?? '')
    expect(ids.length).toBeGreaterThan(10)
    for (const id of ids) expect(id.startsWith(`${FRAGMENT_ROOT}-`)).toBe(true)
    for (const href of hrefs) expect(ids).toContain(href)
  })

  it('leaves the whole page as it was', () => {
    const page = renderReport(e, { format: 'html' })
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true)
    expect(page).toContain('html { font-family')
    expect(page).toContain('\nh1 {')
  })
})
