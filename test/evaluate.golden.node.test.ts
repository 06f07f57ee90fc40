/**
 * The output of `evaluate`, pinned: a refactor made for speed or size (issue 17) must not change
 * one byte of it. test/golden/evaluate.json holds a SHA-256 of the JSON of `evaluate` on the seed,
 * on every public-form fixture (both transcription batches), in both locales, and on 3,000
 * synthetic forms (bench/synthetic.ts, seeded); the seed's whole evaluation is kept beside it so a
 * failure shows what moved.
 *
 * A change that is meant to change the output regenerates the file:
 *   UPDATE_GOLDEN=1 npx vitest run --project node test/evaluate.golden.node.test.ts
 * and the diff of test/golden/ goes in the same commit, explained.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { baseForms, syntheticForm } from '../bench/synthetic'
import { evaluate, liwan2021Form } from '../src/index'
import { publicForms, toInput } from './helpers/public-forms'
import { batch2, toInput2 } from './helpers/public-forms-batch2'

const DIR = join(import.meta.dirname, 'golden')
const FILE = join(DIR, 'evaluate.json')
const SEED_FILE = join(DIR, 'evaluate-liwan-2021.json')
const SYNTHETIC = 3000
const update = process.env.UPDATE_GOLDEN === '1'

const hash = (value: unknown) =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32)

interface Golden {
  readonly fixtures: Record<string, string>
  readonly synthetic: { readonly forms: number; readonly sha256: string }
}

function current(): Golden {
  const fixtures: Record<string, string> = {}
  const inputs: [string, unknown][] = [
    ['liwan-2021', liwan2021Form],
    ...Object.entries(publicForms).map(([k, f]): [string, unknown] => [k, toInput(f)]),
    ...Object.entries(batch2).map(([k, f]): [string, unknown] => [`batch2-${k}`, toInput2(f)]),
  ]
  for (const [name, input] of inputs) {
    fixtures[name] = hash(evaluate(input))
    fixtures[`${name}/en`] = hash(evaluate(input, { locale: 'en' }))
  }
  const all = createHash('sha256')
  const bases = baseForms()
  for (let i = 0; i < SYNTHETIC; i++) all.update(JSON.stringify(evaluate(syntheticForm(i, bases))))
  return { fixtures, synthetic: { forms: SYNTHETIC, sha256: all.digest('hex').slice(0, 32) } }
}

describe('evaluate: output pinned for refactors', () => {
  it('gives the same JSON as the golden file on the seed, every fixture and 3,000 synthetic forms', {
    timeout: 240_000,
  }, () => {
    const now = current()
    const seed = evaluate(liwan2021Form)
    if (!update && !existsSync(FILE)) throw new Error('no golden file: run with UPDATE_GOLDEN=1')
    if (update) {
      mkdirSync(DIR, { recursive: true })
      writeFileSync(FILE, `${JSON.stringify(now, null, 2)}\n`)
      writeFileSync(SEED_FILE, `${JSON.stringify(seed, null, 2)}\n`)
    }
    // The seed first and whole, so that a difference reads as a diff.
    expect(seed).toEqual(JSON.parse(readFileSync(SEED_FILE, 'utf8')))
    const golden = JSON.parse(readFileSync(FILE, 'utf8')) as Golden
    expect(now.fixtures).toEqual(golden.fixtures)
    expect(now.synthetic).toEqual(golden.synthetic)
  })
})
