// Per-folder mutation figures from Stryker's JSON report (reports/mutation/mutation.json).
//   node scripts/mutation-summary.mjs                       the table
//   node scripts/mutation-summary.mjs --survivors <folder>  that folder's surviving mutants
//   node scripts/mutation-summary.mjs --without <test file> the table as if that file did not
//     exist: a mutant it alone killed counts as surviving (needs a run with --disableBail, so
//     that every killing test is listed; timeouts cannot be attributed and stay detected).
// The score is Stryker's: killed and timed-out mutants over all valid ones (no coverage counts
// as surviving).
import { readFileSync } from 'node:fs'

const [flag, value] = process.argv.slice(2)
const file = process.env.MUTATION_REPORT ?? 'reports/mutation/mutation.json'
const report = JSON.parse(readFileSync(file, 'utf8'))

const testFileOf = new Map()
for (const [path, { tests }] of Object.entries(report.testFiles ?? {})) {
  for (const t of tests) testFileOf.set(t.id, path)
}
const without = flag === '--without' ? value : undefined
const statusOf = (m) => {
  if (without === undefined || m.status !== 'Killed') return m.status
  const others = (m.killedBy ?? []).filter((id) => !testFileOf.get(id)?.endsWith(without))
  return others.length > 0 ? 'Killed' : 'Survived'
}

const byFolder = new Map()
for (const [path, { mutants, source }] of Object.entries(report.files)) {
  const folder = path.replace(/^src\//, '').split('/')[0]
  const row = byFolder.get(folder) ?? { Killed: 0, Survived: 0, NoCoverage: 0, Timeout: 0 }
  for (const m of mutants) {
    const status = statusOf(m)
    if (status in row) row[status]++
    if (
      flag === '--survivors' &&
      value === folder &&
      (status === 'Survived' || status === 'NoCoverage')
    ) {
      const line = source.split('\n')[m.location.start.line - 1].trim()
      console.log(
        `${path}:${m.location.start.line}:${m.location.start.column} ${status} ${m.mutatorName} ` +
          `-> ${JSON.stringify(m.replacement ?? '')}\n    ${line.slice(0, 160)}`,
      )
    }
  }
  byFolder.set(folder, row)
}
if (flag !== '--survivors') {
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
