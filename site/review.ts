// The review of one evaluation as HTML: headline figures, the two charts (the library's SVG),
// findings with their places (each a button that finds its row in the form), indicators with
// status and the words that decided it. Every text from the form goes through the library's
// escaping; the charts escape their own labels.
import type { Evaluation } from '../src/evaluate/index'
import type { LocatedFinding, Severity } from '../src/findings/index'
import { sourceName } from '../src/findings/labels'
import type { Locale } from '../src/i18n/index'
import { completionChart, countChart } from '../src/report/charts'
import { countsText, percentText } from '../src/report/context'
import { escapeHtml as h } from '../src/report/escape'
import { STATUS_ICON, statusLabel } from '../src/report/labels'
import { schemes } from '../src/score/index'
import { t } from './strings'

/** The severities, most serious first. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info']

/** The value at `path` inside `value`, or undefined. */
export function at(value: unknown, path: readonly (string | number)[]): unknown {
  let here = value
  for (const key of path) {
    if (here === null || typeof here !== 'object') return undefined
    here = (here as Record<string | number, unknown>)[key]
  }
  return here
}

const dash = (text: string | null | undefined): string =>
  text === null || text === undefined || text === '' ? '—' : text

function figure(id: string, label: string, value: string): string {
  return `<div class="fig"><dt>${h(label)}</dt><dd id="${id}">${h(value)}</dd></div>`
}

function summaryHtml(e: Evaluation, locale: Locale): string {
  const s = e.summary
  const verdict =
    e.outcome === 'not-a-form'
      ? `<p class="verdict bad" role="status">${h(t(locale, 'notAForm'))}</p>`
      : e.valid
        ? `<p class="verdict ok">${h(t(locale, 'validForm'))}</p>`
        : `<p class="verdict bad">${h(t(locale, 'invalidForm'))}</p>`
  const counts = countsText(locale, s.statusCounts)
  const score = s.score ?? t(locale, 'notScored')
  return [
    '<section class="card" aria-labelledby="summary-h">',
    `<h2 id="summary-h">${h(t(locale, 'summary'))}</h2>`,
    verdict,
    '<dl class="figures">',
    figure('fig-department', t(locale, 'department'), dash(s.department)),
    figure('fig-year', t(locale, 'fiscalYear'), s.fiscalYear === null ? '—' : String(s.fiscalYear)),
    figure('fig-completion', t(locale, 'completionRate'), dash(s.completionRate)),
    figure('fig-adjustment', t(locale, 'adjustmentRate'), dash(s.adjustmentRate)),
    figure('fig-scheme', t(locale, 'scheme'), e.scheme.name),
    figure('fig-score', t(locale, 'score'), score),
    figure('fig-grade', t(locale, 'grade'), dash(s.grade)),
    figure(
      'fig-indicators',
      t(locale, 'indicatorCount'),
      counts === ''
        ? String(s.indicators)
        : locale === 'en'
          ? `${s.indicators} (${counts})`
          : `${s.indicators}（${counts}）`,
    ),
    figure(
      'fig-findings',
      t(locale, 'findingCount'),
      t(locale, 'findingCountValue', { errors: s.errors, warnings: s.warnings, infos: s.infos }),
    ),
    '</dl>',
    '</section>',
  ].join('\n')
}

/** The completion floor of the scheme the form was evaluated under ("0.9"). */
function floorOf(e: Evaluation): string {
  const known: Readonly<Record<string, { thresholds: { completionFloor: string } }>> = schemes
  return Object.hasOwn(known, e.scheme.id)
    ? (known[e.scheme.id]?.thresholds.completionFloor ?? '0.9')
    : '0.9'
}

function chartsHtml(e: Evaluation, locale: Locale): string {
  const parts: string[] = []
  const bars = e.funding.flatMap((row) => {
    const ratio = row.completionRate.ratio
    if (ratio === null || row.completionRate.display === null) return []
    const name = row.label ?? sourceName(locale, row.source) ?? row.source
    return [{ label: name, text: row.completionRate.display, percent: Number(ratio) * 100 }]
  })
  if (bars.length > 0) {
    const floor = floorOf(e)
    const threshold = percentText(floor)
    const title = t(locale, 'chartCompletion')
    parts.push(
      `<figure class="chart"><figcaption>${h(title)}</figcaption>`,
      completionChart(
        'page-completion',
        locale,
        title,
        t(locale, 'chartCompletionDesc', { threshold }),
        bars,
        { percent: Number(floor) * 100, text: threshold },
      ),
      '</figure>',
    )
  }
  const byCode = new Map<string, number>()
  for (const f of e.findings) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1)
  if (byCode.size > 0) {
    const title = t(locale, 'chartRules')
    const rules = [...byCode].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    parts.push(
      `<figure class="chart"><figcaption>${h(title)}</figcaption>`,
      countChart(
        'page-rules',
        title,
        t(locale, 'chartRulesDesc'),
        rules.map(([label, count]) => ({ label, count })),
      ),
      '</figure>',
    )
  }
  if (parts.length === 0) return ''
  return [
    '<section class="card" aria-labelledby="charts-h">',
    `<h2 id="charts-h">${h(t(locale, 'charts'))}</h2>`,
    '<div class="charts">',
    ...parts,
    '</div>',
    '</section>',
  ].join('\n')
}

function findingHtml(f: LocatedFinding, locale: Locale, shown: ReadonlySet<Severity>): string {
  const hidden = shown.has(f.severity) ? '' : ' hidden'
  const where = [f.location, f.cell].filter((x) => x !== undefined && x !== '').join(' · ')
  return [
    `<li class="finding sev-${f.severity}" data-severity="${f.severity}"${hidden}>`,
    `<button type="button" class="goto" data-pointer="${h(f.pointer)}" title="${h(t(locale, 'goToRow'))}">`,
    `<span class="badge sev-${f.severity}">${h(t(locale, f.severity))}</span>`,
    `<span class="message">${h(f.message)}</span>`,
    `<span class="where"><code>${h(f.code)}</code>${where === '' ? '' : ` · ${h(where)}`}</span>`,
    '</button>',
    '</li>',
  ].join('')
}

function findingsHtml(e: Evaluation, locale: Locale, shown: ReadonlySet<Severity>): string {
  const count = (s: Severity) => e.findings.filter((f) => f.severity === s).length
  const boxes = SEVERITIES.map(
    (s) =>
      `<label class="sev-filter"><input type="checkbox" name="severity" value="${s}"${shown.has(s) ? ' checked' : ''}> <span class="badge sev-${s}">${h(t(locale, s))}</span> ${count(s)}</label>`,
  ).join('\n')
  const visible = e.findings.filter((f) => shown.has(f.severity)).length
  const empty =
    e.findings.length === 0
      ? `<p>${h(t(locale, 'noFindings'))}</p>`
      : visible === 0
        ? `<p>${h(t(locale, 'noFindingsShown'))}</p>`
        : ''
  return [
    '<section class="card" aria-labelledby="findings-h">',
    `<h2 id="findings-h">${h(t(locale, 'findings'))} <span class="count">${e.findings.length}</span></h2>`,
    `<fieldset class="filters"><legend>${h(t(locale, 'severityFilter'))}</legend>${boxes}</fieldset>`,
    empty,
    `<ol class="findings" id="findings-list">${e.findings.map((f) => findingHtml(f, locale, shown)).join('\n')}</ol>`,
    '</section>',
  ].join('\n')
}

function indicatorsHtml(e: Evaluation, locale: Locale): string {
  const head = [
    `<section class="card" aria-labelledby="indicators-h">`,
    `<h2 id="indicators-h">${h(t(locale, 'indicators'))} <span class="count">${e.indicators.length}</span></h2>`,
  ]
  if (e.indicators.length === 0) {
    return [...head, `<p>${h(t(locale, 'noIndicators'))}</p>`, '</section>'].join('\n')
  }
  const form = e.outcome === 'evaluated' ? e.form : null
  const rows = e.indicators.map((ind) => {
    const target = at(form, [...ind.path, 'target'])
    const actual = at(form, [...ind.path, 'actual'])
    const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '—')
    const pointer = `/${ind.path.join('/')}`
    return [
      `<tr class="st-${ind.status}">`,
      `<th scope="row"><button type="button" class="goto link" data-pointer="${h(pointer)}">${h(ind.name)}</button></th>`,
      `<td>${h(text(target))}</td>`,
      `<td class="long">${h(text(actual))}</td>`,
      `<td class="status"><span aria-hidden="true">${STATUS_ICON[ind.status]}</span> ${h(statusLabel(locale, ind.status))}</td>`,
      `<td class="num">${h(ind.ratio === null ? '—' : percentText(ind.ratio))}</td>`,
      `<td class="long">${ind.reasons.map((r) => h(r)).join('<br>')}</td>`,
      '</tr>',
    ].join('')
  })
  const cols = ['indicatorName', 'target', 'actual', 'status', 'ratio', 'reasons'] as const
  return [
    ...head,
    `<div class="scroll" tabindex="0" role="region" aria-label="${h(`${t(locale, 'indicators')} · ${t(locale, 'indicatorName')}`)}">`,
    '<table class="grid indicators">',
    `<thead><tr>${cols.map((c) => `<th scope="col">${h(t(locale, c))}</th>`).join('')}</tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table>',
    '</div>',
    '</section>',
  ].join('\n')
}

/** The whole review of one evaluation. */
export function reviewHtml(e: Evaluation, locale: Locale, shown: ReadonlySet<Severity>): string {
  return [
    summaryHtml(e, locale),
    findingsHtml(e, locale, shown),
    chartsHtml(e, locale),
    indicatorsHtml(e, locale),
  ].join('\n')
}
