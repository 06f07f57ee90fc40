/**
 * Dependencies in src/ flow one way (DESIGN.md §4): a module imports only modules of a lower layer.
 * This reads every import of src/ and fails on one that points up or sideways.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const src = resolve(import.meta.dirname, '..', 'src')

/** Layer of each module folder: lower numbers are imported by higher ones, never the reverse. */
const LAYER: Readonly<Record<string, number>> = {
  i18n: 0,
  options: 0.5,
  findings: 1,
  money: 2,
  schema: 3,
  examples: 4,
  targets: 4,
  formula: 4.5,
  rates: 5,
  assess: 5,
  pefa: 6,
  score: 6,
  rules: 7,
  grid: 7.5,
  evaluate: 8,
  compare: 8.5,
  batch: 8.7,
  report: 9,
  review: 9.2,
  xlsx: 9.5,
  cli: 10,
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : []
  })
}

const moduleOf = (file: string) => relative(src, file).split('/')[0] ?? ''

describe('src/ layering', () => {
  const all = files(src).filter((f) => relative(src, f).includes('/'))

  it('knows every module folder', () => {
    expect([...new Set(all.map(moduleOf))].filter((m) => !(m in LAYER))).toEqual([])
  })

  it('has every import point to a lower layer (or within its own module)', () => {
    const wrong: string[] = []
    for (const file of all) {
      const from = moduleOf(file)
      const text = readFileSync(file, 'utf8')
      for (const m of text.matchAll(/from '(\.[^']+)'/g)) {
        const target = resolve(file, '..', m[1] ?? '')
        if (!target.startsWith(src)) continue
        const to = moduleOf(`${target}.ts`)
        if (to === from || !(to in LAYER)) continue
        if ((LAYER[to] ?? 99) >= (LAYER[from] ?? -1)) {
          wrong.push(`${relative(src, file)} → ${to}`)
        }
      }
    }
    expect(wrong).toEqual([])
  })
})
