// Summarises a V8 .cpuprofile: the functions with the most self time, and the most inclusive time
// (a function's own time plus everything it calls, counted once per sample).
// Usage: node bench/profile-summary.mjs <file.cpuprofile> [top]
import console from 'node:console'
import { readFileSync } from 'node:fs'
import process from 'node:process'

const [file, topArg] = process.argv.slice(2)
if (file === undefined) {
  console.error('usage: node bench/profile-summary.mjs <file.cpuprofile> [top]')
  process.exit(2)
}
const top = Number(topArg ?? '25')
const profile = JSON.parse(readFileSync(file, 'utf8'))
const nodes = new Map(profile.nodes.map((n) => [n.id, n]))
const parent = new Map()
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)

const timeOf = new Map()
profile.samples.forEach((id, i) => {
  timeOf.set(id, (timeOf.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0))
})

function label(node) {
  const { functionName, url, lineNumber } = node.callFrame
  const where =
    url === ''
      ? ''
      : ` ${url.replace(/^.*perf-eval-bench\//, 'bench bundle ').replace(/^.*\/node_modules\//, '')}:${lineNumber + 1}`
  return `${functionName || '(anonymous)'}${where}`
}

const self = new Map()
const inclusive = new Map()
let total = 0
for (const n of profile.nodes) {
  const t = timeOf.get(n.id) ?? 0
  if (t === 0) continue
  total += t
  self.set(label(n), (self.get(label(n)) ?? 0) + t)
  const seen = new Set()
  for (let id = n.id; id !== undefined; id = parent.get(id)) {
    const key = label(nodes.get(id))
    if (seen.has(key)) continue
    seen.add(key)
    inclusive.set(key, (inclusive.get(key) ?? 0) + t)
  }
}

function print(title, map) {
  console.log(`\n${title}`)
  const rows = [...map].sort((a, b) => b[1] - a[1]).slice(0, top)
  for (const [key, t] of rows) console.log(`${((100 * t) / total).toFixed(1).padStart(5)}%  ${key}`)
}
console.log(`profile: ${(total / 1e6).toFixed(1)} s sampled`)
print('self time', self)
print('inclusive time', inclusive)
