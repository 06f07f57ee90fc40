/**
 * No call in src/ spreads an array into its arguments (`push(...list)`, `Math.max(...values)`):
 * each argument takes a stack slot, so a list of about 10⁵ items overflows the stack (issue 18:
 * `evaluate` on 130,000 indicators, `renderReport` on 130,000 lines). Loops or `reduce` instead.
 * A spread inside an array or object literal is fine; it is not a call.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const src = join(import.meta.dirname, '..', 'src')

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : []
  })
}

// A call's opening parenthesis, then arguments without brackets of their own, then a spread.
const SPREAD_CALL = /[\w)\]]\s*\((?:[^()[\]{}'"`]*,\s*)?\.\.\.(?!\s*\])/u

describe('src/ has no spread of an array into a call', () => {
  it('finds none, line by line', () => {
    const found: string[] = []
    for (const file of files(src)) {
      for (const [i, line] of readFileSync(file, 'utf8').split('\n').entries()) {
        const code = line.replace(/\/\/.*$/u, '')
        if (/^\s*\*/u.test(code)) continue
        if (SPREAD_CALL.test(code)) found.push(`${relative(src, file)}:${i + 1}: ${line.trim()}`)
      }
    }
    expect(found).toEqual([])
  })

  it('the scan does see one', () => {
    expect(SPREAD_CALL.test('out.push(...lines)')).toBe(true)
    expect(SPREAD_CALL.test('Math.max(1, ...xs.map((x) => x))')).toBe(true)
    expect(SPREAD_CALL.test('f({ a, ...rest })')).toBe(false)
    expect(SPREAD_CALL.test('const all = [...a, ...b]')).toBe(false)
  })
})
