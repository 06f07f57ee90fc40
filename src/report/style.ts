// The page's only style sheet, inline. It prints on A4: fixed table layouts, cells that wrap
// Chinese and long Latin runs alike, headers repeated on each page, rows never split.
export const REPORT_CSS = `@page { size: A4; margin: 14mm 12mm; }
*, *::before, *::after { box-sizing: border-box; }
html { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB",
  "Microsoft YaHei", "WenQuanYi Micro Hei", system-ui, sans-serif; font-size: 10pt; line-height: 1.5;
  color: #1a202c; background: #fff; }
body { margin: 0; }
.report { max-width: 186mm; margin: 0 auto; padding: 8mm 0 12mm; }
.report + .report { break-before: page; }
h1 { font-size: 16pt; margin: 0 0 2pt; line-height: 1.3; }
.subtitle { margin: 0 0 8pt; color: #4a5568; }
h2 { font-size: 12.5pt; margin: 16pt 0 6pt; padding-bottom: 2pt; border-bottom: 1.2pt solid #1a202c;
  break-after: avoid; }
h3 { font-size: 10.5pt; margin: 10pt 0 4pt; break-after: avoid; }
p { margin: 4pt 0; }
table { width: 100%; table-layout: fixed; border-collapse: collapse; margin: 4pt 0 8pt; font-size: 8.5pt; }
th, td { border: 0.6pt solid #718096; padding: 2pt 3pt; vertical-align: top; text-align: left;
  overflow-wrap: anywhere; word-break: normal; line-break: strict; }
th { background: #edf2f7; font-weight: 600; }
.r { text-align: right; }
thead { display: table-header-group; }
tr, li, dl div { break-inside: avoid; }
.note { margin-top: 1pt; color: #4a5568; font-size: 0.92em; }
.badge { padding: 0 2pt; border-radius: 2pt; font-size: 0.92em; }
.refs { white-space: normal; }
a { color: inherit; text-decoration: underline dotted; }
a.ref { font-weight: 600; text-decoration: none; }
dl.fields { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 1pt 10pt; margin: 4pt 0 8pt; }
dl.fields div { display: contents; }
dl.fields dt { font-weight: 600; color: #2d3748; }
dl.fields dd { margin: 0; overflow-wrap: anywhere; min-width: 0; }
dl.fields.long { grid-template-columns: minmax(0, 1fr); }
dl.fields.long dd { margin-bottom: 4pt; }
ul.items { list-style: none; padding: 0; margin: 2pt 0 6pt; }
ul.items li { margin: 2pt 0; padding-left: 2em; text-indent: -2em; overflow-wrap: anywhere; }
.marker { font-weight: 600; }
figure.chart { margin: 6pt 0 10pt; break-inside: avoid; }
figure.chart figcaption { font-weight: 600; font-size: 10pt; margin-bottom: 2pt; }
figure.chart svg { display: block; width: 100%; height: auto; }
svg text { fill: #1a202c; }
svg text.halo { paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
.m-match { color: #22543d; }
.m-convention { color: #744210; background: #fefcbf; }
.m-mismatch { color: #fff; background: #c53030; }
.m-computed { color: #2c5282; background: #ebf8ff; }
.m-error { color: #c53030; }
.m-warning { color: #975a16; }
.m-info { color: #2b6cb0; }
p.m-error { padding: 4pt 6pt; border-left: 3pt solid #c53030; background: #fff5f5; color: #1a202c; }
.m-status-met { color: #22543d; }
.m-status-partially-met { color: #975a16; }
.m-status-not-met { color: #9b2c2c; font-weight: 600; }
.m-status-not-carried-out { color: #4a5568; }
.m-status-unknown { color: #553c9a; }
td.m-status-met .note, td.m-status-partially-met .note, td.m-status-not-met .note,
td.m-status-not-carried-out .note, td.m-status-unknown .note { font-weight: 400; }
@media print {
  .report { max-width: none; padding: 0; }
  a { text-decoration: none; }
}`

/** The class of an embedded report's root element; every rule of its style sheet is under it. */
export const FRAGMENT_ROOT = 'perf-eval-report'

/** One selector moved under the root: the page's own elements become the root. */
function scopeSelector(selector: string, root: string): string | null {
  if (selector === 'html') return root
  if (selector === 'body') return null
  if (selector.startsWith('*')) return `${root}, ${root} ${selector}`
  return `${root} ${selector}`
}

/**
 * The report's style sheet for a report inside another page: the page's rules (`html`, `body`,
 * `@page`) become the root's, and every selector is put under the root class, so nothing outside
 * the report is restyled. Reads the page sheet rather than keeping a second copy, so the two
 * never drift apart.
 * @internal
 */
export function scopeCss(css: string, root: string): string {
  const out: string[] = []
  let rest = css
  while (rest.trim() !== '') {
    const open = rest.indexOf('{')
    if (open < 0) break
    const head = rest.slice(0, open).trim()
    // Find the matching brace: an @media block holds rules of its own.
    let depth = 0
    let end = open
    for (; end < rest.length; end++) {
      if (rest[end] === '{') depth++
      else if (rest[end] === '}' && --depth === 0) break
    }
    const body = rest.slice(open + 1, end)
    rest = rest.slice(end + 1)
    if (head.startsWith('@page')) continue
    if (head.startsWith('@media')) {
      out.push(`${head} {\n${scopeCss(body, root)}\n}`)
      continue
    }
    const selectors = head
      .split(',')
      .map((s) => scopeSelector(s.trim(), root))
      .filter((s): s is string => s !== null)
    if (selectors.length > 0) out.push(`${selectors.join(', ')} {${body}}`)
  }
  return out.join('\n')
}

/** What a batch page adds: a wide summary, a sortable table, the filter tools, one form a page. */
export const BATCH_CSS = `.report.batch { max-width: 277mm; }
table.batch-rows { table-layout: auto; font-size: 8pt; }
table.batch-rows th { cursor: pointer; user-select: none; }
table.batch-rows th[aria-sort="ascending"]::after { content: " ▲"; }
table.batch-rows th[aria-sort="descending"]::after { content: " ▼"; }
table.batch-rows tfoot td { font-weight: 600; background: #f7fafc; border-top: 1.2pt solid #1a202c; }
table.batch-rows tr.invalid td:first-child { border-left: 3pt solid #c53030; }
table.batch-rows th, table.batch-rows td { overflow-wrap: break-word; }
table.batch-rows td[data-v] { white-space: nowrap; }
.report.batch figure.chart svg { max-width: 720px; }
.batch-tools { display: flex; flex-wrap: wrap; gap: 4pt 14pt; align-items: center; margin: 4pt 0; }
.batch-tools[hidden] { display: none; }
.chart-note { color: #4a5568; font-size: 9pt; }
section.batch-form { break-before: page; }
section.batch-form > .back { max-width: 186mm; margin: 8mm auto 0; font-size: 9pt; }
@media print { .batch-tools, .back { display: none; } }`
