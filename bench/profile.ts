/**
 * A loop of `evaluate` for the CPU profiler: the Liwan form and the synthetic stream, alternately,
 * for a fixed time. bench/run.mjs runs it under `node --cpu-prof` and summarises the profile with
 * bench/profile-summary.mjs (`npm run bench:profile`).
 */
import { evaluate, liwan2021Form } from '../src/index'
import { baseForms, syntheticForm } from './synthetic'

const seconds = Number(process.argv[2] ?? '8')
const bases = baseForms()
const forms = Array.from({ length: 200 }, (_, i) => syntheticForm(i, bases))
for (let i = 0; i < 300; i++) evaluate(liwan2021Form)
let n = 0
const start = performance.now()
while (performance.now() - start < seconds * 1000) {
  evaluate(n % 2 === 0 ? liwan2021Form : forms[n % forms.length])
  n++
}
console.log(`${n} evaluations in ${seconds} s`)
