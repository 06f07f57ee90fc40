// A/B of evaluate between two builds, interleaved in one process so that load hits both alike:
// the Liwan form, rounds of 30 evaluations alternating A and B, medians, and the ratio to the
// bare parse of each build. For a refactor meant to be faster (issue 17; the output is pinned by
// test/evaluate.golden.node.test.ts):
//
//   git worktree add /tmp/ab-old <commit> && ln -s "$PWD/node_modules" /tmp/ab-old/ &&
//   (cd /tmp/ab-old && npx tsup) && npm run build && node bench/ab.mjs /tmp/ab-old/dist dist
import { loadavg } from 'node:os'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const [dirA, dirB] = process.argv.slice(2)
if (dirA === undefined || dirB === undefined) {
  console.error('usage: node bench/ab.mjs <dist of A> <dist of B>')
  process.exit(2)
}
const load = (dir) => import(pathToFileURL(resolve(dir, 'index.js')).href)
const [A, B] = await Promise.all([load(dirA), load(dirB)])
const form = B.liwan2021Form

function perCall(fn, n) {
  const t0 = performance.now()
  for (let i = 0; i < n; i++) fn()
  return ((performance.now() - t0) / n) * 1000
}
const median = (xs) => [...xs].sort((p, q) => p - q)[xs.length >> 1]

for (let i = 0; i < 30; i++) {
  A.evaluate(form)
  B.evaluate(form)
}
const times = { a: [], b: [], pa: [], pb: [] }
for (let r = 0; r < 21; r++) {
  times.a.push(perCall(() => A.evaluate(form), 30))
  times.b.push(perCall(() => B.evaluate(form), 30))
  times.pa.push(perCall(() => A.SelfEvaluationSchema.safeParse(form), 200))
  times.pb.push(perCall(() => B.SelfEvaluationSchema.safeParse(form), 200))
}
const [a, b, pa, pb] = [times.a, times.b, times.pa, times.pb].map(median)
console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
)
console.log(
  `evaluate (Liwan): A ${a.toFixed(0)} µs, B ${b.toFixed(0)} µs: B takes ${((b / a) * 100).toFixed(1)}% of A`,
)
console.log(
  `bare parse: A ${pa.toFixed(0)} µs, B ${pb.toFixed(0)} µs; evaluate / parse: A ${(a / pa).toFixed(1)}×, B ${(b / pb).toFixed(1)}×`,
)
