/**
 * The batch runner without processes: results in input order whatever order a pool finishes in,
 * at most a window of files in flight, a failing task costing its file only; and the progress line
 * (shown after a second, at most ten times a second, cleared at the end).
 */
import { describe, expect, it } from 'vitest'
import { type BatchSettings, type FileEntry, unreadableEntry } from '../src/cli/batch'
import { progressReporter, runFiles, type WorkerPool } from '../src/cli/runner'

const reasonIn = (e: FileEntry) =>
  (e.findings[0]?.params as { reason?: string } | undefined)?.reason

const settings: BatchSettings = { locale: 'en', keep: 'row' }
const noFs = { readText: () => '' }

/** A pool whose tasks finish in a scrambled order, counting how many run at once. */
function scrambledPool() {
  let running = 0
  let most = 0
  const pool: WorkerPool = {
    run: async ({ file }) => {
      running++
      most = Math.max(most, running)
      const n = Number(file.slice(1))
      await new Promise((r) => setTimeout(r, (n * 7) % 5))
      running--
      if (file === 'f13') throw new Error('worker died')
      return [unreadableEntry(file, 'test', file, 'en')]
    },
    destroy: () => Promise.resolve(),
  }
  return { pool, most: () => most }
}

describe('runFiles', () => {
  it('gives every file in input order, with a window of jobs × 4 in flight', async () => {
    const { pool, most } = scrambledPool()
    const files = Array.from({ length: 40 }, (_, i) => ({ file: `f${i}` }))
    const seen: string[] = []
    const failed = (file: string, err: unknown): FileEntry[] => [
      unreadableEntry(file, 'internal', String(err), 'en'),
    ]
    for await (const list of runFiles(files, settings, noFs, pool, 2, failed)) {
      for (const e of list) seen.push(`${e.file}:${String(reasonIn(e))}`)
    }
    expect(seen).toHaveLength(40)
    expect(seen.map((s) => s.split(':')[0])).toEqual(files.map((f) => f.file))
    expect(seen[13]).toBe('f13:internal')
    expect(most()).toBeLessThanOrEqual(8)
    expect(most()).toBeGreaterThan(1)
  })

  it('a path the walk could not use keeps its place, without reaching the pool', async () => {
    const { pool } = scrambledPool()
    const files = [{ file: 'f1' }, { file: 'locked', code: 'EACCES' }, { file: 'f2' }]
    const out: string[] = []
    for await (const list of runFiles(files, settings, noFs, pool, 2, () => [])) {
      for (const e of list) out.push(`${e.file}:${String(reasonIn(e))}`)
    }
    expect(out).toEqual(['f1:test', 'locked:EACCES', 'f2:test'])
  })
})

describe('progressReporter', () => {
  it('draws nothing in the first second, then at most every 100 ms, and clears the line', () => {
    let t = 0
    const lines: string[] = []
    const p = progressReporter(
      (s) => lines.push(s),
      10,
      () => t,
    )
    p.tick(1)
    t = 900
    p.tick(2)
    expect(lines).toEqual([])
    t = 1000
    p.tick(3)
    t = 1050
    p.tick(4)
    t = 1200
    p.tick(5)
    p.end()
    expect(lines).toEqual([
      `\r[#########${'.'.repeat(21)}] 3/10 files`,
      `\r[###############${'.'.repeat(15)}] 5/10 files`,
      '\r\u001b[K',
    ])
  })

  it('is silent without a terminal or for a single file', () => {
    const lines: string[] = []
    progressReporter(undefined, 10).tick(5)
    const one = progressReporter(
      (s) => lines.push(s),
      1,
      () => 5000,
    )
    one.tick(1)
    one.end()
    expect(lines).toEqual([])
  })
})
