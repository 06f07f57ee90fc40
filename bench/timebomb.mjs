// `npm run bench:timebomb`: every export that reads text gets worst-case inputs of 1 kB, 10 kB,
// 100 kB and 1 MB (long digit runs, repeated comparators and operators, nested parentheses,
// narrative phrases, line breaks …) and must stay within n log n and 200 ms at 1 MB (issue 18).
// Runs against dist/ (npm run build first). Exits 1 when an export fails either bound.
//
//   node bench/timebomb.mjs                 every export, every input shape
//   node bench/timebomb.mjs --only=parseTarget,unitInfo
//   node bench/timebomb.mjs --json=out.json  also write the measurements
//
// A loaded machine (2 shared vCPUs) makes single timings unreliable, so: each figure is the median
// of several timed rounds, each round repeats a small input until it has run for 5 ms; growth is
// judged from 100 kB to 1 MB only when both times are large enough to measure (≥ 1 ms, ≥ 10 ms), against
// n log n's ratio (10 × log 10^6 / log 10^5 = 12) times a margin of 3 (a quadratic export shows
// ~100); and a near miss is measured again, twice, failing only if it fails every time. The load
// average is printed with the results: figures from a machine busy with other work are high.
import console from 'node:console'
import { readFileSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import process from 'node:process'
import { fileURLToPath, URL } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const L = await import(`${root}dist/index.js`)
const liwan = L.liwan2021Form

const SIZES = [1_000, 10_000, 100_000, 1_000_000]
// Exports known to be over the bounds, with why (bench/timebomb-known.json): measured up to
// 100 kB and reported, not judged, unless --all is given. One of them at 1 MB costs up to a
// minute, which CI's time budget cannot carry.
const KNOWN = JSON.parse(readFileSync(new URL('./timebomb-known.json', import.meta.url), 'utf8'))
const judgeAll = process.argv.includes('--all')
const isKnown = (name) => !judgeAll && Object.hasOwn(KNOWN, name) && name !== '$comment'
const LIMIT_MS = 200
const MARGIN = 3
const NLOGN = (10 * Math.log(1e6)) / Math.log(1e5)
const MEASURABLE_MS = 10

/** Input shapes, each a unit repeated (or nested) to the size asked, in UTF-16 code units. */
const SHAPES = {
  digits: (n) => '9'.repeat(n),
  'digits and dots': (n) => '1.'.repeat(n / 2),
  'full-width digits': (n) => '９'.repeat(n),
  comparators: (n) => '≥'.repeat(n),
  'comparator, figure, unit': (n) => '≥95%'.repeat(n / 4),
  operators: (n) => '1+'.repeat(n / 2),
  parentheses: (n) => `${'('.repeat(n / 2)}${')'.repeat(n / 2)}`,
  narrative: (n) => '全部完成达到预期目标群众满意度提升'.repeat(n / 16),
  'line breaks': (n) => '\n'.repeat(n),
  'short lines': (n) => '≥1\n'.repeat(n / 3),
  'zero-width': (n) => '\u200b'.repeat(n),
  'words and spaces': (n) => 'a b '.repeat(n / 4),
}

const asIndicator = (text) => ({
  ...liwan,
  tasks: [
    {
      name: '任务',
      indicators: [
        { level1: '产出指标', level2: '数量指标', name: text, target: text, actual: text },
      ],
    },
  ],
})

/** The exports that read text, each as a function of one string. */
const EXPORTS = {
  parseTarget: (s) => L.parseTarget(s),
  readTargetInName: (s) => L.readTargetInName(s),
  normalizeTargetText: (s) => L.normalizeTargetText(s),
  normalizeChineseText: (s) => L.normalizeChineseText(s),
  unitInfo: (s) => L.unitInfo(s),
  indicatorDirection: (s) => L.indicatorDirection(s),
  classifyIndicator: (s) => L.classifyIndicator(s),
  targetFindings: (s) => L.targetFindings(s),
  parseAmount: (s) => L.parseAmount(s),
  convertAmount: (s) => L.convertAmount(s, '万元', '元'),
  parsePrintedRate: (s) => L.parsePrintedRate(s),
  checkReportedRate: (s) => L.checkReportedRate(s, '0.9'),
  gradeFor: (s) => L.gradeFor(s, 'mof-2020-project'),
  executionScore: (s) => L.executionScore(s, s, 'mof-2020-project'),
  assessIndicator: (s) => L.assessIndicator({ name: s, target: s, actual: s }),
  parseFormula: (s) => L.parseFormula(s),
  lintFormula: (s) => L.lintFormula(s),
  describeFormula: (s) => L.describeFormula(s),
  evaluateFormula: (s) => L.evaluateFormula(s, { x: '1' }),
  evaluate: (s) => L.evaluate(asIndicator(s)),
  parseSelfEvaluation: (s) => L.parseSelfEvaluation(asIndicator(s)),
  readFormGrid: (s) => L.readFormGrid({ rows: [[s, s], [s]] }),
}

const args = process.argv.slice(2)
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',')
const jsonOut = args.find((a) => a.startsWith('--json='))?.slice('--json='.length)
const exports = Object.entries(EXPORTS).filter(([name]) => !only || only.includes(name))

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

/** Milliseconds per call: the median of rounds, each repeating the call until 5 ms have passed. */
function time(fn, input, rounds) {
  const ms = []
  for (let r = 0; r < rounds; r++) {
    let calls = 0
    const t0 = performance.now()
    let t
    do {
      fn(input)
      calls++
      t = performance.now()
    } while (t - t0 < 5)
    ms.push((t - t0) / calls)
    // One call of a second or more says enough; do not spend minutes confirming it.
    if (t - t0 > 1_000) break
  }
  return median(ms)
}

function measure(fn, shape, sizes = SIZES) {
  // Flat strings: a string built by repeat() may be flattened by the first call that reads it,
  // which would charge that call (and the growth ratio) for the copy.
  const inputs = sizes.map((n) => JSON.parse(JSON.stringify(shape(n))))
  fn(inputs[0]) // warm-up: the first call compiles
  return inputs.map((input, i) => time(fn, input, i === SIZES.length - 1 ? 3 : 5))
}

function verdict(ms) {
  const [, , t100k, t1m] = ms
  const growth = t1m / Math.max(t100k, 1e-3)
  const tooSlow = t1m > LIMIT_MS
  // A ratio of two tiny times is noise: growth counts when both are large enough to measure.
  const tooSteep = t100k >= 1 && t1m >= MEASURABLE_MS && growth > NLOGN * MARGIN
  return { growth, tooSlow, tooSteep, ok: !tooSlow && !tooSteep }
}

console.log(
  `time bombs: ${availableParallelism()} cores, load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(
      ' ',
    )}, node ${process.version}; bounds: ≤ ${LIMIT_MS} ms at 1 MB, growth 100 kB→1 MB ≤ ${(NLOGN * MARGIN).toFixed(0)}× (n log n ${NLOGN.toFixed(1)}× × margin ${MARGIN})`,
)
const results = []
const failures = []
const known = []
for (const [name, fn] of exports) {
  if (isKnown(name)) {
    let worstKnown = null
    for (const [shapeName, shape] of Object.entries(SHAPES)) {
      const ms = measure(fn, shape, SIZES.slice(0, 3))
      if (!worstKnown || ms[2] > worstKnown.ms[2]) worstKnown = { shape: shapeName, ms }
    }
    known.push(name)
    console.log(
      `${name.padEnd(22)} known, not judged (${KNOWN[name]}): worst "${worstKnown.shape}" ${worstKnown.ms.map((x) => x.toFixed(2)).join(' / ')} ms (1k/10k/100k)`,
    )
    continue
  }
  let worst = null
  for (const [shapeName, shape] of Object.entries(SHAPES)) {
    let ms = measure(fn, shape)
    let v = verdict(ms)
    // A failure on a busy machine may be noise: a near miss (within twice the bounds) must fail
    // twice more to count; a clear one is not measured again.
    const near = (m, vv) => m[3] <= 2 * LIMIT_MS && vv.growth <= 2 * NLOGN * MARGIN
    for (let retry = 0; retry < 2 && !v.ok && near(ms, v); retry++) {
      const again = measure(fn, shape)
      const va = verdict(again)
      if (va.ok || again[3] < ms[3]) {
        ms = again
        v = va
      }
    }
    const row = { export: name, shape: shapeName, ms, ...v }
    results.push(row)
    if (!v.ok) failures.push(row)
    if (!worst || ms[3] > worst.ms[3]) worst = row
  }
  const fmt = (x) => (x < 0.1 ? x.toFixed(3) : x < 10 ? x.toFixed(2) : x.toFixed(0))
  console.log(
    `${name.padEnd(22)} worst "${worst.shape}": ${worst.ms.map(fmt).join(' / ')} ms (1k/10k/100k/1M), growth ${worst.growth.toFixed(1)}×`,
  )
}

if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify(results, null, 2)}\n`)
if (failures.length > 0) {
  console.log(`\n${failures.length} time bomb(s):`)
  for (const f of failures) {
    console.log(
      `  ${f.export} on "${f.shape}": ${f.ms.map((x) => x.toFixed(2)).join(' / ')} ms, growth ${f.growth.toFixed(1)}×${f.tooSlow ? ` (over ${LIMIT_MS} ms at 1 MB)` : ''}${f.tooSteep ? ' (faster than n log n)' : ''}`,
    )
  }
  process.exit(1)
}
console.log(
  `\nno time bombs: ${results.length} export × shape cases within bounds; ${known.length} exports known over them and not judged (bench/timebomb-known.json)`,
)
