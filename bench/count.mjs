// Instruction counts of evaluate, for A/B on a loaded machine (issue 17): wall-clock time moves with
// the load, the number of instructions executed does not. Under valgrind:
//
//   valgrind --tool=callgrind --smc-check=all-non-file node bench/count.mjs <dir> 30 0
//   valgrind --tool=callgrind --smc-check=all-non-file node bench/count.mjs <dir> 30 120
//
// `<dir>` holds an index.js of the library (dist/ after `npm run build`, or an esbuild bundle of
// src/index.ts). The form is evaluated <warm> times, then <n> times; instructions per evaluation are
// the difference of the two "Collected" totals over n. A fourth argument `parse` counts the bare
// SelfEvaluationSchema.safeParse instead (use a larger n: it is about 30 times cheaper).

import { resolve } from 'node:path'
import process from 'node:process'
import { pathToFileURL } from 'node:url'

const [dir, warm, n, what] = process.argv.slice(2)
if (dir === undefined || warm === undefined || n === undefined) {
  console.error('usage: node bench/count.mjs <dir with index.js> <warm> <n> [parse]')
  process.exit(2)
}
const L = await import(pathToFileURL(resolve(dir, 'index.js')).href)
const form = L.liwan2021Form
const fn = what === 'parse' ? () => L.SelfEvaluationSchema.safeParse(form) : () => L.evaluate(form)
let sink = 0
for (let i = 0; i < Number(warm); i++) if (fn() !== undefined) sink++
for (let i = 0; i < Number(n); i++) if (fn() !== undefined) sink++
if (sink < 0) console.log(sink)
