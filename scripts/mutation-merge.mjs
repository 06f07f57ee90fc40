// Union of two Stryker JSON reports of the same source (same --mutate, different tests): a mutant
// counts as killed when either run killed it, as a timeout when either timed out and none killed,
// as survived when either run covered it, else as no coverage; a mutant static (ignored) in the
// first report stays ignored. This is what one run with both test
// sets would report, since a mutant is killed as soon as any covering test fails.
//   node scripts/mutation-merge.mjs a.json b.json [--survivors]
import { readFileSync } from 'node:fs'

const [a, b, flag] = process.argv.slice(2)
const load = (f) => JSON.parse(readFileSync(f, 'utf8'))
const ra = load(a)
const rb = load(b)
const key = (m) =>
  `${m.location.start.line}:${m.location.start.column}-${m.location.end.line}:${m.location.end.column} ${m.mutatorName} ${m.replacement ?? ''}`
const rank = { Killed: 4, Timeout: 3, Survived: 2, NoCoverage: 1 }
const total = { Killed: 0, Survived: 0, NoCoverage: 0, Timeout: 0, Ignored: 0 }
const rows = []
for (const [path, file] of Object.entries(ra.files)) {
  const other = new Map((rb.files[path]?.mutants ?? []).map((m) => [key(m), m.status]))
  const row = { Killed: 0, Survived: 0, NoCoverage: 0, Timeout: 0, Ignored: 0 }
  for (const m of file.mutants) {
    const s2 = other.get(key(m))
    if (s2 === undefined) throw new Error(`no match for ${path} ${key(m)}`)
    // The first report's static (ignored) mutants stay ignored, so both runs are scored on one base.
    const status =
      m.status === 'Ignored' || (rank[m.status] ?? 0) >= (rank[s2] ?? 0) ? m.status : s2
    row[status]++
    total[status]++
    if (flag === '--survivors' && (status === 'Survived' || status === 'NoCoverage')) {
      const line = file.source.split('\n')[m.location.start.line - 1].trim()
      console.log(
        `${path}:${m.location.start.line}:${m.location.start.column} ${status} ${m.mutatorName} -> ${JSON.stringify(m.replacement ?? '')}\n    ${line}`,
      )
    }
  }
  rows.push([path, row])
}
if (flag !== '--survivors') {
  const score = (r) =>
    (100 * (r.Killed + r.Timeout)) / (r.Killed + r.Timeout + r.Survived + r.NoCoverage)
  for (const [path, r] of [...rows, ['all', total]]) {
    console.log(
      `${path.padEnd(30)} killed ${r.Killed} survived ${r.Survived} nocov ${r.NoCoverage} timeout ${r.Timeout} ignored ${r.Ignored} score ${score(r).toFixed(2)}%`,
    )
  }
}
