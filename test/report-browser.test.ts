// The HTML report in headless Chromium: rendered in a sandboxed iframe (scripts disabled, so it
// must read without any), its visible text and charts checked, a screenshot saved for review.
// Runs in the browser project only; in Node it is skipped.
import { describe, expect, it } from 'vitest'
import { evaluate, liwan2021Form, renderReport } from '../src/index'
import { publicForms, toInput } from './helpers/public-forms'
import { markupForm } from './helpers/report-markup-form'

const inBrowser = typeof document !== 'undefined'

/** What a reader sees: rendered text, so hidden elements do not count. */
function visibleText(doc: Document): string {
  // biome-ignore lint/performance/useDomNodeTextContent: the visible text is the point here
  return doc.body.innerText
}

/** Loads a page into a sandboxed iframe (no scripts allowed) and returns its document. */
async function load(
  html: string,
  width = SHOT_WIDTH,
): Promise<{ frame: HTMLIFrameElement; doc: Document }> {
  const frame = document.createElement('iframe')
  frame.setAttribute('sandbox', 'allow-same-origin')
  frame.style.cssText = `width:${width}px;height:600px;border:0;display:block;background:#fff`
  const loaded = new Promise<void>((resolve) => {
    frame.addEventListener('load', () => {
      resolve()
    })
  })
  frame.srcdoc = html
  document.body.append(frame)
  await loaded
  const doc = frame.contentDocument
  if (doc === null) throw new Error('no document in the frame')
  frame.style.height = `${doc.documentElement.scrollHeight}px`
  return { frame, doc }
}

const SHOT_WIDTH = 820
const SHOT_HEIGHT = 700

/**
 * Saves the whole report as screenshots of one viewport each (`name.png`, `name-2.png` …): the
 * runner scales a taller viewport down to fit its window, so the report is scrolled instead.
 */
async function screenshots(frame: HTMLIFrameElement, name: string): Promise<number> {
  const { page } = await import('vitest/browser')
  const win = frame.contentWindow
  const doc = frame.contentDocument
  if (win === null || doc === null) throw new Error('no window in the frame')
  const full = doc.documentElement.scrollHeight
  await page.viewport(SHOT_WIDTH, SHOT_HEIGHT)
  frame.style.height = `${SHOT_HEIGHT}px`
  const shots = Math.ceil(full / SHOT_HEIGHT)
  for (let i = 0; i < shots; i++) {
    win.scrollTo(0, i * SHOT_HEIGHT)
    const suffix = i === 0 ? '' : `-${i + 1}`
    await page.screenshot({ element: frame, path: `../test-output/${name}${suffix}.png` })
  }
  return shots
}

describe.skipIf(!inBrowser)('HTML report in Chromium', () => {
  it('shows the Liwan form: department, rates, every task, both charts; saves a screenshot', async () => {
    const html = renderReport(evaluate(liwan2021Form), { format: 'html' })
    const { frame, doc } = await load(html)
    const visible = visibleText(doc)
    expect(visible).toContain('广州市荔湾区机关事务管理局(部门)')
    expect(visible).toContain('89.31%')
    expect(visible).toContain('5.27%')
    for (const task of ['任务1', '任务2', '任务3', '任务4']) expect(visible).toContain(task)
    expect(visible).toContain('6539.06')

    const funding = doc.querySelector('figure.funding-chart svg')
    const status = doc.querySelector('figure.status-chart svg')
    expect(funding?.querySelector('title')?.textContent).toBe('预算与实际支出')
    expect(status?.querySelector('title')?.textContent).toBe('各任务指标完成情况')
    // Both charts are drawn: visible size, text labels that carry the figures.
    expect(funding?.getBoundingClientRect().height).toBeGreaterThan(50)
    expect(status?.getBoundingClientRect().height).toBeGreaterThan(50)
    const fundingText = funding?.textContent ?? ''
    expect(fundingText).toContain('6211.89')
    expect(fundingText).toContain('+327.17')
    expect(fundingText).toContain('5840.18（89.31%）')
    expect(status?.textContent).toContain('未开展 7')
    expect(status?.textContent).toContain('达成 4 · 未达成 1 · 无法判断 1')
    // Headings of both charts are visible text.
    expect(visible).toContain('预算与实际支出')
    expect(visible).toContain('各任务指标完成情况')

    // Nothing overflows its table cell: Chinese text wraps inside the fixed layout.
    for (const table of doc.querySelectorAll('table')) {
      expect(table.scrollWidth).toBeLessThanOrEqual(table.clientWidth + 1)
    }
    expect(await screenshots(frame, 'report-liwan-2021')).toBeGreaterThan(1)
    frame.remove()
  })

  it('lays out a scored project form with its groups and trace', async () => {
    const chizhou = publicForms.chizhou
    if (chizhou === undefined) throw new Error('fixture missing')
    const html = renderReport(evaluate(toInput(chizhou)), { format: 'html' })
    const { frame, doc } = await load(html)
    const visible = visibleText(doc)
    expect(visible).toContain('产出指标')
    expect(visible).toContain('80.00')
    expect(visible).toContain('FUNDING_TOTAL_MISMATCH')
    // A finding links to its row, and the row is there.
    const link = doc.querySelector<HTMLAnchorElement>('a[href="#funding-0"]')
    expect(link).not.toBeNull()
    expect(doc.getElementById('funding-0')).not.toBeNull()
    expect(await screenshots(frame, 'report-chizhou-2022')).toBeGreaterThan(1)
    frame.remove()
  })

  it('shows markup in every text field as text: no element, attribute or script from the form', async () => {
    const html = renderReport(evaluate(markupForm), { format: 'html' })
    const parsed = new DOMParser().parseFromString(html, 'text/html')
    expect(
      parsed.querySelectorAll('script, img, iframe, object, embed, link, base, meta[http-equiv]'),
    ).toHaveLength(0)
    for (const el of parsed.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        expect(attr.name.startsWith('on')).toBe(false)
        if (attr.name === 'href') expect(attr.value.startsWith('#')).toBe(true)
      }
    }
    const { doc, frame } = await load(html)
    expect(visibleText(doc)).toContain('<script>alert(1)</script>')
    expect(visibleText(doc)).toContain('<img src=x onerror=alert(2)>')
    frame.remove()
  })

  it("inserts the fragment into a host page without changing any of the host's styles", async () => {
    const host = `<!DOCTYPE html><html><head><style>
      html { font-family: Georgia, serif; font-size: 18px; color: rgb(10, 20, 30); }
      body { margin: 24px; background: rgb(250, 240, 230); line-height: 2; }
      h1 { font-size: 40px; color: rgb(200, 0, 0); margin: 3px; }
      h2, h3, p { margin: 7px; color: rgb(0, 90, 0); }
      table { border: 3px solid rgb(0, 0, 200); width: 50%; font-size: 13px; }
      td, th { padding: 9px; border: 1px dashed rgb(0, 0, 0); }
      a { color: rgb(0, 0, 255); text-decoration: underline; }
      ul { list-style: square; padding: 30px; }
      .note, .badge, .r { color: rgb(123, 45, 67); }
    </style></head><body>
      <h1 id="t">Host page</h1><h2>Section</h2><p>Text <a href="#t">link</a></p>
      <table><tr><th>A</th><td class="r">1</td></tr></table>
      <ul><li>one</li></ul><div class="note">host note</div><span class="badge">b</span>
      <div id="slot"></div>
    </body></html>`
    const { frame, doc } = await load(host)
    const win = frame.contentWindow
    if (win === null) throw new Error('no window in the frame')
    const props = [
      'font-family',
      'font-size',
      'color',
      'background-color',
      'margin-top',
      'line-height',
      'border-top-width',
      'border-top-color',
      'padding-top',
      'width',
      'list-style-type',
      'text-decoration-line',
      'box-sizing',
    ]
    const hostElements = [...doc.body.querySelectorAll('*')].filter((el) => el.id !== 'slot')
    const styles = () =>
      [doc.documentElement, doc.body, ...hostElements].map((el) => {
        const cs = win.getComputedStyle(el)
        return `${el.tagName}: ${props.map((p) => cs.getPropertyValue(p)).join(' | ')}`
      })
    const before = styles()
    const fragment = renderReport(evaluate(liwan2021Form), { format: 'html', fragment: true })
    const slot = doc.getElementById('slot')
    if (slot === null) throw new Error('no slot')
    slot.innerHTML = fragment
    expect(styles()).toEqual(before)
    // …while the report inside is styled by its own sheet, whose rules outrank the host's.
    const title = slot.querySelector('h1')
    const cell = slot.querySelector('td')
    if (title === null || cell === null) throw new Error('no report in the slot')
    expect(win.getComputedStyle(title).fontSize).toBe('21.3333px') // 16pt
    expect(win.getComputedStyle(cell).paddingTop).toBe('2.66667px') // 2pt
    expect(visibleText(doc)).toContain('荔湾区部门整体支出绩效自评表')
    frame.remove()
  })
})
