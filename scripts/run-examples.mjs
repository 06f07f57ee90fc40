// Runs every examples/*.mjs against the built package (dist/) and fails on the first that fails.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'

const dir = new URL('../examples/', import.meta.url)
const scripts = readdirSync(dir)
  .filter((f) => f.endsWith('.mjs'))
  .sort()
for (const file of scripts) {
  const run = spawnSync(process.execPath, [new URL(file, dir).pathname], { encoding: 'utf8' })
  if (run.status !== 0) {
    console.error(`example ${file} failed:\n${run.stdout}\n${run.stderr}`)
    process.exit(1)
  }
  console.log(`example ${file}: ok`)
}
console.log(`${scripts.length} examples ran`)
