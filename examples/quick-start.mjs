// Quick start: evaluate the Liwan 2021 department form (examples/liwan-2021.json) and print its
// summary and findings. Run from the repository after `npm run build`, or from any project that
// has installed @lw/perf-eval: `node examples/quick-start.mjs`.
import { readFileSync } from 'node:fs'
import { evaluate } from '@lw/perf-eval'

const form = JSON.parse(readFileSync(new URL('./liwan-2021.json', import.meta.url), 'utf8'))
const result = evaluate(form)
const { summary } = result

console.log(`${summary.department} ${summary.fiscalYear}年度`)
console.log(`  预算完成率 ${summary.completionRate}，预算调整率 ${summary.adjustmentRate}`)
const counts = Object.entries(summary.statusCounts).map(([status, n]) => `${status} ${n}`)
console.log(`  指标 ${summary.indicators} 个：${counts.join(', ')}`)
for (const f of result.findings.filter((x) => x.severity !== 'info')) {
  console.log(`  ${f.severity} ${f.code} [${f.path.join('.')}] ${f.message}`)
}

// The example doubles as a smoke test: a wrong figure fails it.
if (!result.valid || summary.completionRate !== '89.31%' || summary.adjustmentRate !== '5.27%') {
  throw new Error('unexpected result for the Liwan form')
}
