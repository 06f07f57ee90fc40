// Per-folder mutation figures from Stryker's JSON report (reports/mutation/mutation.json):
// `node scripts/mutation-summary.mjs [--survivors <folder>]`. The score is Stryker's: killed and
// timed-out mutants over all valid ones (no-coverage counts as surviving).
import { readFileSync } from 'node:fs'

const report = JSON.parse(readFileSync('reports/mutation/mutation.json', 'utf8'))
const args = process.argv.slice(2)
const survivorsOf = args[0] === '--survivors' ? args[1] : undefined

const byFolder = new Map()
for (const [file, { mutants, source }] of Object.entries(report.files)) {
  const folder = file.replace(/^src\//, '').split('/')[0]
  const row = byFolder.get(folder) ?? {
    Killed: 0,
    Survived: 0,
    NoCoverage: 0,
    Timeout: 0,
    other: 0,
  }
  for (const m of mutants) {
    if (m.status in row) row[m.status]++
    else row.other++
    if (survivorsOf === folder && (m.status === 'Survived' || m.status === 'NoCoverage')) {
      const line = source.split('\n')[m.location.start.line - 1].trim()
      console.log(
        `${file}:${m.location.start.line}:${m.location.start.column} ${m.status} ${m.mutatorName} ` +
          `-> ${JSON.stringify(m.replacement ?? '')}\n    ${line.slice(0, 160)}`,
      )
    }
  }
  byFolder.set(folder, row)
}
if (!survivorsOf) {
  console.log('folder      killed survived nocov timeout  score')
  for (const [folder, r] of [...byFolder].sort()) {
    const valid = r.Killed + r.Survived + r.NoCoverage + r.Timeout
    const score = valid ? ((100 * (r.Killed + r.Timeout)) / valid).toFixed(2) : '-'
    console.log(
      `${folder.padEnd(10)} ${String(r.Killed).padStart(7)} ${String(r.Survived).padStart(8)} ` +
        `${String(r.NoCoverage).padStart(5)} ${String(r.Timeout).padStart(7)} ${score.padStart(6)}`,
    )
  }
}
