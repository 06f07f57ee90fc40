// The review page: reads forms dropped, picked or pasted, evaluates them with the library in this
// browser, and shows the review, the batch summary, the form as an editable table and the full
// report. Nothing is sent anywhere: there is no request after the page has loaded, except the
// spreadsheet reader's own code, fetched from the same place as the page when a spreadsheet is read.
import { batchRow, summarizeBatch } from '../src/batch/index'
import type { Evaluation } from '../src/evaluate/index'
import { liwan2021Form } from '../src/examples/index'
import { rules } from '../src/findings/catalogue/index'
import type { CellMap, RuleSetting, RuleSettings, Severity } from '../src/findings/index'
import type { Locale } from '../src/i18n/index'
import { batchSummaryHtml } from '../src/report/batch'
import { escapeHtml as h } from '../src/report/escape'
import { renderReport } from '../src/report/index'
import { BATCH_CSS, FRAGMENT_ROOT, REPORT_CSS, scopeCss } from '../src/report/style'
import { renderBatch } from '../src/report/summary'
import { reviewCsv } from '../src/review/index'
import { type SchemeName, schemes } from '../src/score/index'
import { evaluateForm } from './evaluator'
import { formHtml, pathOf, setAt } from './form'
import { type LoadedForm, parseJson, readFiles } from './load'
import { reviewHtml, SEVERITIES } from './review'
import { t } from './strings'

interface Doc {
  readonly name: string
  readonly input: unknown
  readonly cells?: CellMap | undefined
  evaluation: Evaluation | null
  /** Bumped on every edit: a result for an older version is dropped. */
  version: number
}

type Tab = 'review' | 'form' | 'report'

// The benchmark (bench/site.mjs) splits the time to the first review at these marks.
performance.mark('page-start')
const params = new URLSearchParams(location.search)
const initialLocale: Locale = params.get('lang') === 'en' ? 'en' : 'zh-CN'
const state = {
  locale: initialLocale,
  docs: [] as Doc[],
  current: 0,
  tab: 'review' as Tab,
  scheme: '' as SchemeName | '',
  rules: {} as Record<string, RuleSetting>,
  shown: new Set<Severity>(SEVERITIES),
  forceWorker: params.get('worker') === '1',
}

function $(id: string): HTMLElement
function $<E extends HTMLElement>(id: string, type: new () => E): E
function $(id: string, type: new () => HTMLElement = HTMLElement): HTMLElement {
  const el = document.getElementById(id)
  if (!(el instanceof type)) throw new Error(`#${id} missing from the page`)
  return el
}

function setStatus(text: string): void {
  $('status').textContent = text
}

function showProblems(problems: readonly string[]): void {
  $('problems').innerHTML = problems.map((p) => `<p class="problem">${h(p)}</p>`).join('')
}

/** The page's fixed texts and controls in the current locale. */
function applyTexts(): void {
  const { locale } = state
  document.documentElement.lang = locale
  document.title = t(locale, 'appTitle')
  for (const el of document.querySelectorAll<HTMLElement>('[data-t]')) {
    el.textContent = t(locale, el.dataset.t as Parameters<typeof t>[1])
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-t-label]')) {
    el.setAttribute('aria-label', t(locale, el.dataset.tLabel as Parameters<typeof t>[1]))
  }
  $('lang').lang = locale === 'en' ? 'zh-CN' : 'en'
  const scheme = $('scheme', HTMLSelectElement)
  scheme.innerHTML = [
    `<option value="">${h(t(locale, 'schemeDefault'))}</option>`,
    ...Object.values(schemes).map(
      (s) => `<option value="${h(s.id)}">${h(s.name[locale])}</option>`,
    ),
  ].join('')
  scheme.value = state.scheme
  renderRules()
}

/** Whether the rule settings are open: their table (one row per rule) is drawn only then. */
const rulesOpen = () => $('rules', HTMLDetailsElement).open

function renderRules(): void {
  const { locale } = state
  const changed = Object.keys(state.rules).length
  $('rules-summary').textContent = t(locale, 'ruleSettings', { count: changed })
  if (!rulesOpen()) {
    $('rules-body').innerHTML = ''
    return
  }
  const options = (code: string, severity: Severity) => {
    const chosen = state.rules[code] ?? ''
    const items: [string, string][] = [
      ['', t(locale, 'ruleDefault', { severity: t(locale, severity) })],
      ['off', t(locale, 'ruleOff')],
      ...SEVERITIES.map((s): [string, string] => [s, t(locale, s)]),
    ]
    return items
      .map(
        ([v, text]) => `<option value="${v}"${v === chosen ? ' selected' : ''}>${h(text)}</option>`,
      )
      .join('')
  }
  $('rules-body').innerHTML = [
    '<table class="grid rules"><tbody>',
    ...rules.map(
      (r) =>
        `<tr><th scope="row"><code id="rule-${r.code}">${r.code}</code></th><td>${h(r.description[locale])}</td><td><select data-rule="${r.code}" aria-labelledby="rule-${r.code}">${options(r.code, r.severity)}</select></td></tr>`,
    ),
    '</tbody></table>',
  ].join('')
}

function evaluateOptions(doc: Doc) {
  return {
    locale: state.locale,
    ...(state.scheme === '' ? {} : { scheme: state.scheme }),
    rules: state.rules as RuleSettings,
    ...(doc.cells === undefined ? {} : { cells: doc.cells }),
  }
}

/** Evaluates one document; false when a newer edit has overtaken it. */
async function evaluateDoc(doc: Doc): Promise<boolean> {
  const version = doc.version
  const evaluation = await evaluateForm(doc.input, evaluateOptions(doc), state.forceWorker)
  if (doc.version !== version) return false
  doc.evaluation = evaluation
  return true
}

async function evaluateAll(): Promise<void> {
  try {
    await Promise.all(state.docs.map((d) => evaluateDoc(d)))
    showProblems([])
  } catch (error) {
    showProblems([error instanceof Error ? error.message : String(error)])
  }
}

const currentDoc = (): Doc | undefined => state.docs[state.current]

function entries() {
  return state.docs.flatMap((d) =>
    d.evaluation === null ? [] : [{ name: d.name, evaluation: d.evaluation, cells: d.cells }],
  )
}

function renderBatchSection(): void {
  const section = $('batch')
  const several = state.docs.length > 1
  section.hidden = !several
  $('picker-wrap').hidden = !several
  if (!several) return
  const list = entries()
  const rows = list.map((e) => batchRow(e.name, e.evaluation))
  const summary = summarizeBatch(list.map((e) => ({ file: e.name, evaluation: e.evaluation })))
  const root = `.${FRAGMENT_ROOT}`
  $('batch-body').innerHTML = [
    `<div class="${FRAGMENT_ROOT}">`,
    `<style>${scopeCss(`${REPORT_CSS}\n${BATCH_CSS}`, root)}</style>`,
    batchSummaryHtml(summary, rows, state.locale, { target: (i) => `form-${i}` }),
    '</div>',
  ].join('\n')
  // The chart's bars are links too, inside an svg of role img (a link in an image is out of reach
  // of a screen reader); the table's file names lead to the same place, so the bars stay plain.
  for (const a of $('batch-body').querySelectorAll('svg a')) a.replaceWith(...a.childNodes)
  const picker = $('picker', HTMLSelectElement)
  picker.innerHTML = state.docs
    .map(
      (d, i) =>
        `<option value="${i}"${i === state.current ? ' selected' : ''}>${h(d.name)}</option>`,
    )
    .join('')
}

function renderReview(): void {
  const doc = currentDoc()
  const panel = $('panel-review')
  panel.innerHTML = doc?.evaluation ? reviewHtml(doc.evaluation, state.locale, state.shown) : ''
  performance.mark('review-shown')
}

function renderReportTab(): void {
  const doc = currentDoc()
  const panel = $('panel-report')
  if (state.tab !== 'report' || !doc?.evaluation) {
    panel.innerHTML = ''
    return
  }
  panel.innerHTML = renderReport(doc.evaluation, {
    format: 'html',
    fragment: true,
    locale: state.locale,
  })
}

/** Flags the editor's rows and cells that have findings, without redrawing the editor. */
function markForm(): void {
  const body = $('form-body')
  for (const el of body.querySelectorAll('.has-finding')) {
    el.classList.remove('has-finding', 'sev-error', 'sev-warning', 'sev-info')
    el.removeAttribute('title')
  }
  for (const el of body.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid')
  const e = currentDoc()?.evaluation
  if (!e) return
  const worst = new Map<Element, Severity>()
  for (const f of e.findings) {
    const target = findTarget(f.pointer)
    if (target === null) continue
    const row = target.closest('tr') ?? target
    const before = worst.get(row)
    if (before === undefined || SEVERITIES.indexOf(f.severity) < SEVERITIES.indexOf(before)) {
      worst.set(row, f.severity)
    }
    if (target instanceof HTMLTextAreaElement && f.severity === 'error') {
      target.setAttribute('aria-invalid', 'true')
    }
  }
  for (const [row, severity] of worst) row.classList.add('has-finding', `sev-${severity}`)
}

function renderForm(): void {
  const doc = currentDoc()
  $('form-body').innerHTML = doc ? formHtml(doc.input, state.locale) : ''
  markForm()
}

function render(): void {
  $('workspace').hidden = state.docs.length === 0
  renderBatchSection()
  renderReview()
  renderForm()
  renderReportTab()
}

/** Results changed but the form did not: everything but the editor's text boxes. */
function refresh(): void {
  renderBatchSection()
  renderReview()
  markForm()
  renderReportTab()
}

async function load(forms: readonly LoadedForm[], problems: readonly string[]): Promise<void> {
  showProblems(problems)
  if (forms.length === 0) {
    setStatus('')
    return
  }
  state.docs = forms.map((f) => ({
    name: f.name,
    input: f.input,
    cells: f.cells,
    evaluation: null,
    version: 0,
  }))
  state.current = 0
  await evaluateAll()
  performance.mark('evaluated')
  showProblems(problems)
  render()
  setStatus(t(state.locale, 'loaded', { count: forms.length }))
}

async function loadFiles(files: readonly File[]): Promise<void> {
  if (files.length === 0) return
  setStatus(t(state.locale, 'reading', { count: files.length }))
  const { forms, problems } = await readFiles(files, state.locale)
  await load(forms, problems)
}

/** The element a finding at `pointer` belongs to: its cell, else the nearest row or part. */
function findTarget(pointer: string): HTMLElement | null {
  const body = $('form-body')
  const path = pathOf(pointer)
  for (let n = path.length; n >= 1; n--) {
    const p = `/${path.slice(0, n).join('/')}`
    const el = body.querySelector<HTMLElement>(`[data-pointer="${CSS.escape(p)}"]`)
    if (el !== null) return el
  }
  return null
}

function selectTab(tab: Tab, focus = false): void {
  state.tab = tab
  for (const b of document.querySelectorAll<HTMLButtonElement>('[role="tab"]')) {
    const on = b.dataset.tab === tab
    b.setAttribute('aria-selected', String(on))
    b.tabIndex = on ? 0 : -1
    if (on && focus) b.focus()
  }
  $('panel-review').hidden = tab !== 'review'
  $('panel-form').hidden = tab !== 'form'
  $('panel-report').hidden = tab !== 'report'
  renderReportTab()
}

/** Shows the row of a finding in the editor, highlighted, its cell focused. */
function goTo(pointer: string): void {
  selectTab('form')
  for (const el of document.querySelectorAll('.hit')) el.classList.remove('hit')
  const target = findTarget(pointer)
  if (target === null) {
    $('form-body').scrollIntoView({ block: 'start' })
    return
  }
  const row = target.closest('tr') ?? target
  row.classList.add('hit')
  row.scrollIntoView({ block: 'center' })
  const box = target instanceof HTMLTextAreaElement ? target : row.querySelector('textarea')
  box?.focus({ preventScroll: true })
}

let timer: ReturnType<typeof setTimeout> | undefined
/** Re-evaluates the current form a moment after the last keystroke. */
function scheduleEvaluation(doc: Doc): void {
  doc.version++
  clearTimeout(timer)
  setStatus(t(state.locale, 'evaluating'))
  timer = setTimeout(() => {
    evaluateDoc(doc)
      .then((fresh) => {
        if (!fresh) return
        refresh()
        setStatus(t(state.locale, 'updated'))
      })
      .catch((error: unknown) => {
        showProblems([error instanceof Error ? error.message : String(error)])
      })
  }, 250)
}

function baseName(): string {
  if (state.docs.length > 1) return 'batch'
  return (currentDoc()?.name ?? 'form').replace(/\.[a-z]+$/i, '').replace(/[\\/:*?"<>|]/g, '_')
}

function save(name: string, type: string, data: BlobPart): void {
  const url = URL.createObjectURL(new Blob([data], { type }))
  const a = document.createElement('a')
  a.href = url
  a.download = name
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => {
    URL.revokeObjectURL(url)
  }, 10_000)
}

async function download(kind: string): Promise<void> {
  const list = entries()
  const doc = currentDoc()
  if (list.length === 0 || !doc?.evaluation) return
  const { locale } = state
  const base = baseName()
  const batch = list.length > 1
  switch (kind) {
    case 'html': {
      const html = batch
        ? renderBatch(
            list.map((e) => ({ name: e.name, evaluation: e.evaluation })),
            { format: 'html', locale },
          )
        : renderReport(doc.evaluation, { format: 'html', locale })
      save(`${base}-review.html`, 'text/html;charset=utf-8', html)
      return
    }
    case 'json': {
      const json = batch
        ? list.map((e) => ({ file: e.name, evaluation: e.evaluation }))
        : doc.evaluation
      save(`${base}-evaluation.json`, 'application/json', `${JSON.stringify(json, null, 2)}\n`)
      return
    }
    case 'csv':
      save(`${base}-summary.csv`, 'text/csv;charset=utf-8', reviewCsv(list, { locale }))
      return
    case 'findings-csv':
      save(
        `${base}-findings.csv`,
        'text/csv;charset=utf-8',
        reviewCsv(list, { locale, table: 'findings' }),
      )
      return
    case 'xlsx': {
      const { writeReviewWorkbook } = await import('../src/xlsx/review')
      save(
        `${base}-review.xlsx`,
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        new Uint8Array(writeReviewWorkbook(list, { locale })),
      )
      return
    }
    case 'form':
      save(
        `${doc.name.replace(/\.[a-z]+$/i, '')}-edited.json`,
        'application/json',
        `${JSON.stringify(doc.input, null, 2)}\n`,
      )
      return
  }
}

function wire(): void {
  const input = $('file-input', HTMLInputElement)
  input.addEventListener('change', () => {
    void loadFiles([...(input.files ?? [])]).then(() => {
      input.value = ''
    })
  })
  const drop = $('drop')
  document.addEventListener('dragover', (event) => {
    event.preventDefault()
    drop.classList.add('over')
  })
  document.addEventListener('dragleave', (event) => {
    if (event.relatedTarget === null) drop.classList.remove('over')
  })
  document.addEventListener('drop', (event) => {
    event.preventDefault()
    drop.classList.remove('over')
    void loadFiles([...(event.dataTransfer?.files ?? [])])
  })
  $('example').addEventListener('click', () => {
    void load([{ name: 'liwan-2021.json', input: structuredClone(liwan2021Form) }], [])
  })
  $('paste-go').addEventListener('click', () => {
    const text = $('paste', HTMLTextAreaElement).value
    const r = parseJson(t(state.locale, 'pasteName'), text, state.locale)
    void ('form' in r ? load([r.form], []) : load([], [r.problem]))
  })
  $('lang').addEventListener('click', () => {
    state.locale = state.locale === 'en' ? 'zh-CN' : 'en'
    applyTexts()
    void evaluateAll().then(() => {
      render()
      if (state.docs.length > 0) setStatus(t(state.locale, 'updated'))
    })
  })
  $('scheme').addEventListener('change', (event) => {
    state.scheme = (event.target as HTMLSelectElement).value as SchemeName | ''
    void evaluateAll().then(refresh)
  })
  $('rules-body').addEventListener('change', (event) => {
    const select = event.target as HTMLSelectElement
    const code = select.dataset.rule
    if (code === undefined) return
    if (select.value === '') Reflect.deleteProperty(state.rules, code)
    else state.rules[code] = select.value as RuleSetting
    $('rules-summary').textContent = t(state.locale, 'ruleSettings', {
      count: Object.keys(state.rules).length,
    })
    void evaluateAll().then(refresh)
  })
  $('rules').addEventListener('toggle', () => {
    renderRules()
  })
  $('rules-reset').addEventListener('click', () => {
    state.rules = {}
    renderRules()
    void evaluateAll().then(refresh)
  })
  $('picker').addEventListener('change', (event) => {
    state.current = Number((event.target as HTMLSelectElement).value)
    render()
  })
  $('batch-body').addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a[href^="#form-"]')
    if (link === null) return
    event.preventDefault()
    state.current = Number(link.getAttribute('href')?.slice('#form-'.length))
    selectTab('review')
    render()
    $('panel-review').scrollIntoView({ block: 'start' })
  })
  for (const b of document.querySelectorAll<HTMLButtonElement>('[role="tab"]')) {
    b.addEventListener('click', () => {
      selectTab(b.dataset.tab as Tab)
    })
  }
  document.querySelector('[role="tablist"]')?.addEventListener('keydown', (event) => {
    const key = (event as KeyboardEvent).key
    if (key !== 'ArrowRight' && key !== 'ArrowLeft') return
    const order: Tab[] = ['review', 'form', 'report']
    const i = order.indexOf(state.tab) + (key === 'ArrowRight' ? 1 : -1)
    selectTab(order[(i + order.length) % order.length] ?? 'review', true)
  })
  $('panel-review').addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLElement>('button.goto')
    if (button?.dataset.pointer !== undefined) goTo(button.dataset.pointer)
  })
  $('panel-review').addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement
    if (box.name !== 'severity') return
    if (box.checked) state.shown.add(box.value as Severity)
    else state.shown.delete(box.value as Severity)
    renderReview()
    document
      .querySelector<HTMLInputElement>(`input[name="severity"][value="${box.value}"]`)
      ?.focus()
  })
  $('form-body').addEventListener('input', (event) => {
    const box = event.target as HTMLTextAreaElement
    const doc = currentDoc()
    if (box.dataset.pointer === undefined || doc === undefined) return
    setAt(doc.input, pathOf(box.dataset.pointer), box.value)
    scheduleEvaluation(doc)
  })
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-download]')) {
    b.addEventListener('click', () => {
      void download(b.dataset.download ?? '')
    })
  }
}

applyTexts()
wire()
if (params.get('example') === 'liwan') {
  void load([{ name: 'liwan-2021.json', input: structuredClone(liwan2021Form) }], [])
}
