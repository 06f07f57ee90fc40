// The main job on the embedded example (README): read the Liwan 2021 form and print a short summary.
import { readFileSync } from 'node:fs'
import { parseSelfEvaluation } from '../dist/index.js'

const form = JSON.parse(
  readFileSync(new URL('../examples/liwan-2021.json', import.meta.url), 'utf8'),
)
const parsed = parseSelfEvaluation(form)
if (!parsed.success) {
  for (const f of parsed.findings) console.error(`${f.severity} ${f.code} ${f.message}`)
  process.exit(1)
}
const { data } = parsed
console.log(`${data.title ?? ''} ${data.department} ${data.fiscalYear}年度 (单位：${data.unit})`)
for (const row of data.funding) {
  console.log(
    `  ${row.label ?? row.source}: 年初 ${row.initialBudget} 调整 ${row.adjustment} 实际 ${row.actual}`,
  )
}
console.log(
  `  任务 ${data.tasks.length} 个，指标 ${data.tasks.reduce((n, t) => n + t.indicators.length, 0)} 个`,
)
