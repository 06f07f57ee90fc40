// Inline SVG charts, drawn here in a few lines each: no library, no script. Every bar carries
// its figure as text and every series a pattern as well as a colour, so a chart reads in print
// and without colour.
import type { AssessmentStatus } from '../assess/types'
import type { Locale } from '../i18n/index'
import { dec } from '../money/decimal'
import { amountText } from './context'
import { escapeHtml as h } from './escape'
import { label, STATUS_ORDER, statusLabel } from './labels'
import type { FundingBar, StatusBar } from './model'
import { displayWidth } from './text-width'

const WIDTH = 720
const LABEL_WIDTH = 150
const FONT = 12

/** Rough width of text in px at the chart font size: enough to keep labels inside the frame. */
function textWidth(text: string): number {
  return displayWidth(text) * FONT * 0.55
}

function shorten(text: string, px: number): string {
  if (textWidth(text) <= px) return text
  let out = ''
  for (const ch of text) {
    if (textWidth(`${out}${ch}…`) > px) break
    out += ch
  }
  return `${out}…`
}

function num(x: number): string {
  return String(Math.round(x * 10) / 10)
}

function frame(
  id: string,
  title: string,
  description: string,
  height: number,
  body: string[],
): string {
  // A chart whose bars link to reports is a group of links, not one image: an image has no
  // interactive parts (axe-core's nested-interactive).
  const role = body.some((line) => line.includes('<a href=')) ? 'group' : 'img'
  return [
    `<svg viewBox="0 0 ${WIDTH} ${num(height)}" width="${WIDTH}" height="${num(height)}" role="${role}" aria-labelledby="${id}-title ${id}-desc" font-size="${FONT}">`,
    `<title id="${id}-title">${h(title)}</title>`,
    `<desc id="${id}-desc">${h(description)}</desc>`,
    ...body,
    '</svg>',
  ].join('\n')
}

/** A label after the bar end, or inside the bar when it would leave the frame. */
function valueLabel(x: number, y: number, text: string, left = LABEL_WIDTH): string {
  const outside = x + 6 + textWidth(text) <= WIDTH - 4
  const tx = outside ? x + 6 : Math.max(left + 4, x - 6)
  const anchor = outside ? 'start' : 'end'
  return `<text x="${num(tx)}" y="${num(y)}" text-anchor="${anchor}" dominant-baseline="central" class="halo">${h(text)}</text>`
}

function rowLabel(y: number, text: string, left = LABEL_WIDTH): string {
  const shown = shorten(text, left - 14)
  return `<text x="${left - 8}" y="${num(y)}" text-anchor="end" dominant-baseline="central"><title>${h(text)}</title>${h(shown)}</text>`
}

function legend(items: readonly { fill: string; text: string }[], left = LABEL_WIDTH): string[] {
  const out: string[] = []
  let x = left
  for (const item of items) {
    out.push(
      `<rect x="${num(x)}" y="4" width="14" height="12" fill="${item.fill}" stroke="#333" stroke-width="0.6"/>`,
      `<text x="${num(x + 19)}" y="10" dominant-baseline="central">${h(item.text)}</text>`,
    )
    x += 19 + textWidth(item.text) + 16
  }
  return out
}

function positive(value: string | null): string {
  if (value === null) return '0'
  const d = dec(value)
  return d.isNegative() ? '0' : value
}

function amountMax(bars: readonly FundingBar[]): string {
  let max = dec(0)
  for (const b of bars) {
    for (const v of [b.initial, b.adjusted, b.actual]) {
      if (v !== null && dec(v).greaterThan(max)) max = dec(v)
    }
  }
  return max.toString()
}

/**
 * Budget against actual per funding source: initial budget, adjusted budget (the adjustment
 * hatched, or a cut shown dashed), actual spending with its completion rate.
 */
export function fundingChart(
  id: string,
  locale: Locale,
  title: string,
  description: string,
  bars: readonly FundingBar[],
): string {
  const max = amountMax(bars)
  const barArea = WIDTH - LABEL_WIDTH - 240
  const scale = (v: string | null): number =>
    dec(max).isZero() ? 0 : Number(dec(positive(v)).dividedBy(max).times(barArea).toFixed(2))
  const barH = 16
  const gap = 3
  const groupH = 3 * barH + 2 * gap
  const top = 30
  const body: string[] = [
    `<defs><pattern id="${id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#f6ad55"/><line x1="0" y1="0" x2="0" y2="6" stroke="#7b341e" stroke-width="2"/></pattern></defs>`,
    ...legend([
      { fill: '#cbd5e0', text: label(locale, 'initialBudget') },
      { fill: '#4a5568', text: label(locale, 'adjustedBudget') },
      { fill: `url(#${id}-hatch)`, text: label(locale, 'adjustment') },
      { fill: '#2b6cb0', text: label(locale, 'actual') },
    ]),
  ]
  bars.forEach((b, g) => {
    const y = top + g * (groupH + 16)
    body.push(rowLabel(y + groupH / 2, b.label))
    const x0 = LABEL_WIDTH
    const initial = scale(b.initial)
    const adjusted = scale(b.adjusted)
    const actual = scale(b.actual)
    body.push(
      `<rect x="${x0}" y="${y}" width="${num(initial)}" height="${barH}" fill="#cbd5e0" stroke="#4a5568" stroke-width="0.6"/>`,
      valueLabel(
        x0 + initial,
        y + barH / 2,
        `${label(locale, 'barInitial')} ${amountText(b.initial)}`,
      ),
    )
    const y2 = y + barH + gap
    const base = Math.min(initial, adjusted)
    body.push(`<rect x="${x0}" y="${y2}" width="${num(base)}" height="${barH}" fill="#4a5568"/>`)
    if (adjusted > initial) {
      body.push(
        `<rect x="${num(x0 + initial)}" y="${y2}" width="${num(adjusted - initial)}" height="${barH}" fill="url(#${id}-hatch)" stroke="#7b341e" stroke-width="0.6"/>`,
      )
    } else if (adjusted < initial) {
      body.push(
        `<rect x="${num(x0 + adjusted)}" y="${y2}" width="${num(initial - adjusted)}" height="${barH}" fill="none" stroke="#7b341e" stroke-width="1" stroke-dasharray="3 2"/>`,
      )
    }
    const adjustment =
      b.adjustment !== null && b.adjustment !== ''
        ? label(locale, 'paren', {
            text: '',
            inner: label(locale, 'adjustmentBy', { value: signed(b.adjustment) }),
          })
        : ''
    body.push(
      valueLabel(
        x0 + Math.max(initial, adjusted),
        y2 + barH / 2,
        `${label(locale, 'barAdjusted')} ${amountText(b.adjusted)}${adjustment}`,
      ),
    )
    const y3 = y2 + barH + gap
    const rate =
      b.completion === null ? '' : label(locale, 'paren', { text: '', inner: b.completion })
    body.push(
      `<rect x="${x0}" y="${y3}" width="${num(actual)}" height="${barH}" fill="#2b6cb0"/>`,
      valueLabel(
        x0 + actual,
        y3 + barH / 2,
        `${label(locale, 'barActual')} ${amountText(b.actual)}${rate}`,
      ),
    )
  })
  body.push(
    `<line x1="${LABEL_WIDTH}" y1="${top - 4}" x2="${LABEL_WIDTH}" y2="${num(top + bars.length * (groupH + 16) - 12)}" stroke="#333" stroke-width="1"/>`,
  )
  return frame(id, title, description, top + bars.length * (groupH + 16), body)
}

function signed(amount: string): string {
  return amount.startsWith('-') ? `−${amountText(amount.slice(1))}` : `+${amountText(amount)}`
}

const STATUS_FILL: Readonly<Record<AssessmentStatus, string>> = {
  met: '#2f855a',
  'partially-met': 'partial',
  'not-met': 'notmet',
  'not-carried-out': 'skipped',
  unknown: 'unknown',
}

function statusPatterns(id: string): string {
  return [
    '<defs>',
    `<pattern id="${id}-partial" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#f6e05e"/><line x1="0" y1="0" x2="0" y2="6" stroke="#975a16" stroke-width="2"/></pattern>`,
    `<pattern id="${id}-notmet" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#feb2b2"/><path d="M0 0L6 6M6 0L0 6" stroke="#9b2c2c" stroke-width="1.2"/></pattern>`,
    `<pattern id="${id}-skipped" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#e2e8f0"/><circle cx="3" cy="3" r="1.2" fill="#4a5568"/></pattern>`,
    `<pattern id="${id}-unknown" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="3" x2="6" y2="3" stroke="#718096" stroke-width="1"/></pattern>`,
    '</defs>',
  ].join('')
}

function statusFill(id: string, status: AssessmentStatus): string {
  const fill = STATUS_FILL[status]
  return fill.startsWith('#') ? fill : `url(#${id}-${fill})`
}

function total(counts: Readonly<Record<AssessmentStatus, number>>): number {
  return STATUS_ORDER.reduce((n, s) => n + counts[s], 0)
}

/** Indicator status per task (or group): one stacked bar each, with the counts written out. */
export function statusChart(
  id: string,
  locale: Locale,
  title: string,
  description: string,
  bars: readonly StatusBar[],
): string {
  const max = bars.reduce((n, b) => Math.max(n, total(b.counts)), 1)
  const barArea = WIDTH - LABEL_WIDTH - 260
  const unit = barArea / max
  const barH = 20
  const step = barH + 10
  const top = 30
  const body: string[] = [
    statusPatterns(id),
    ...legend(STATUS_ORDER.map((s) => ({ fill: statusFill(id, s), text: statusLabel(locale, s) }))),
  ]
  bars.forEach((b, i) => {
    const y = top + i * step
    body.push(rowLabel(y + barH / 2, b.label))
    let x = LABEL_WIDTH
    for (const status of STATUS_ORDER) {
      const n = b.counts[status]
      if (n === 0) continue
      const w = n * unit
      body.push(
        `<rect x="${num(x)}" y="${y}" width="${num(w)}" height="${barH}" fill="${statusFill(id, status)}" stroke="#1a202c" stroke-width="0.6"><title>${h(`${b.label} · ${statusLabel(locale, status)} ${n}`)}</title></rect>`,
      )
      if (w >= 14) {
        body.push(
          `<text x="${num(x + w / 2)}" y="${num(y + barH / 2)}" text-anchor="middle" dominant-baseline="central" class="halo">${n}</text>`,
        )
      }
      x += w
    }
    const parts = STATUS_ORDER.filter((s) => b.counts[s] > 0).map(
      (s) => `${statusLabel(locale, s)} ${b.counts[s]}`,
    )
    const text = parts.length === 0 ? '—' : parts.join(' · ')
    body.push(valueLabel(x, y + barH / 2, text))
  })
  return frame(id, title, description, top + bars.length * step, body)
}

/** One bar of the completion chart: a form, its rate as displayed and as a number of percent. */
export interface RateBar {
  readonly label: string
  /** The rate as displayed ("89.31%"). */
  readonly text: string
  /** The same rate in percent (89.31). */
  readonly percent: number
  /** An anchor (without '#') the bar links to: the form's report on the same page. */
  readonly target?: string | undefined
}

/**
 * Budget completion rate per form, one bar each in the order given, with a dashed reference line
 * at the threshold. Bars below the threshold are cross-hatched as well as red; a rate beyond the
 * scale is drawn to its end and its figure still printed in full.
 */
export function completionChart(
  id: string,
  locale: Locale,
  title: string,
  description: string,
  bars: readonly RateBar[],
  threshold: { readonly percent: number; readonly text: string },
): string {
  const most = bars.reduce((n, b) => Math.max(n, b.percent), Math.max(100, threshold.percent))
  const max = Math.min(most, 150)
  const barArea = WIDTH - LABEL_WIDTH - 90
  const scale = (p: number) => (Math.min(Math.max(p, 0), max) / max) * barArea
  const barH = 14
  const step = barH + 6
  const top = 34
  const below = `url(#${id}-low)`
  const body: string[] = [
    `<defs><pattern id="${id}-low" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#feb2b2"/><path d="M0 0L6 6M6 0L0 6" stroke="#9b2c2c" stroke-width="1.2"/></pattern></defs>`,
    ...legend([
      { fill: below, text: label(locale, 'belowThreshold', { threshold: threshold.text }) },
      { fill: '#2b6cb0', text: label(locale, 'atThreshold', { threshold: threshold.text }) },
    ]),
  ]
  bars.forEach((b, i) => {
    const y = top + i * step
    const w = scale(b.percent)
    const low = b.percent < threshold.percent
    const row = [
      rowLabel(y + barH / 2, b.label),
      `<rect x="${LABEL_WIDTH}" y="${y}" width="${num(w)}" height="${barH}" fill="${low ? below : '#2b6cb0'}" stroke="#1a202c" stroke-width="0.6"><title>${h(`${b.label} · ${b.text}`)}</title></rect>`,
      valueLabel(LABEL_WIDTH + w, y + barH / 2, b.text),
    ]
    body.push(
      b.target === undefined ? row.join('') : `<a href="#${h(b.target)}">${row.join('')}</a>`,
    )
  })
  const bottom = top + bars.length * step
  const x = LABEL_WIDTH + scale(threshold.percent)
  body.push(
    `<line x1="${LABEL_WIDTH}" y1="${top - 4}" x2="${LABEL_WIDTH}" y2="${num(bottom - 2)}" stroke="#333" stroke-width="1"/>`,
    `<line x1="${num(x)}" y1="${top - 6}" x2="${num(x)}" y2="${num(bottom - 2)}" stroke="#c53030" stroke-width="1.2" stroke-dasharray="4 3"/>`,
    `<text x="${num(x)}" y="${top - 10}" text-anchor="middle" class="halo">${h(threshold.text)}</text>`,
  )
  return frame(id, title, description, bottom + 4, body)
}

/** One bar of the rule chart: a rule code and how many findings it gave. */
export interface CountBar {
  readonly label: string
  readonly count: number
}

const CODE_LABEL_WIDTH = 300

/** How many findings each rule gave, one bar per rule code with its count written out. */
export function countChart(
  id: string,
  title: string,
  description: string,
  bars: readonly CountBar[],
): string {
  const max = bars.reduce((n, b) => Math.max(n, b.count), 1)
  const barArea = WIDTH - CODE_LABEL_WIDTH - 60
  const barH = 14
  const step = barH + 6
  const top = 8
  const body: string[] = []
  bars.forEach((b, i) => {
    const y = top + i * step
    const w = (b.count / max) * barArea
    body.push(
      rowLabel(y + barH / 2, b.label, CODE_LABEL_WIDTH),
      `<rect x="${CODE_LABEL_WIDTH}" y="${y}" width="${num(w)}" height="${barH}" fill="#4a5568"><title>${h(`${b.label} · ${b.count}`)}</title></rect>`,
      valueLabel(CODE_LABEL_WIDTH + w, y + barH / 2, String(b.count), CODE_LABEL_WIDTH),
    )
  })
  const bottom = top + bars.length * step
  body.push(
    `<line x1="${CODE_LABEL_WIDTH}" y1="${top - 4}" x2="${CODE_LABEL_WIDTH}" y2="${num(bottom - 2)}" stroke="#333" stroke-width="1"/>`,
  )
  return frame(id, title, description, bottom + 4, body)
}
