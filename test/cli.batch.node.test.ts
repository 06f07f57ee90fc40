/**
 * `perf-eval` on a batch, as a district bureau runs it on a folder of forms: every file read on
 * its own (a mixed folder of good forms, broken JSON, a JSON that is not a form, an empty file, a
 * file too large, a symlink loop, a folder that cannot be read), one JSON shape checked against
 * the published schema, eslint's exit statuses, --summary, --quiet, --max-warnings, --jobs with
 * results in input order, globs, --ext, the config found upward, "did you mean", and compare.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Ajv2020 from 'ajv/dist/2020.js'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { type CliIo, run } from '../src/cli/run'

// Each test spawns the command line; on a loaded machine one spawn can take seconds.
vi.setConfig({ testTimeout: 60_000 })

const ROOT = join(import.meta.dirname, '..')
const BIN = join(ROOT, 'dist', 'cli.js')
const liwanText = readFileSync(join(ROOT, 'examples/liwan-2021.json'), 'utf8')
const liwan = JSON.parse(liwanText) as Record<string, unknown>
let dir = ''

function cli(args: readonly string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', input: '' })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

interface Entry {
  file: string
  valid: boolean
  findings: { code: string; severity: string; params: Record<string, unknown> }[]
  evaluation?: { summary: { completionRate: string | null } }
}
interface BatchJson {
  files: Entry[]
  summary: {
    forms: number
    unreadable: number
    invalid: number
    findings: { error: number; warning: number; info: number }
    byRule: Record<string, number>
    totals: { completionRate: string | null }
    medians: { completionRate: string | null }
  }
}

const schema = JSON.parse(
  readFileSync(join(ROOT, 'docs/batch-result.schema.json'), 'utf8'),
) as object
const validateBatch = new Ajv2020({ allErrors: true, strict: false }).compile(schema)

function batchJson(stdout: string): BatchJson {
  const body = JSON.parse(stdout) as unknown
  if (!validateBatch(body)) throw new Error(JSON.stringify(validateBatch.errors, null, 2))
  return body as BatchJson
}

/** A second year of the seed: more spent (its printed rates left blank), one indicator dropped. */
function liwan2022(): string {
  const tasks = (liwan.tasks as { indicators: unknown[] }[]).map((t, i) =>
    i === 0 ? { ...t, indicators: t.indicators.slice(1) } : t,
  )
  const funding = (liwan.funding as Record<string, unknown>[]).map((f) => ({
    ...f,
    actual: '6300',
    printed: undefined,
  }))
  return JSON.stringify({ ...liwan, fiscalYear: 2022, funding, tasks })
}

beforeAll(() => {
  const build = spawnSync('node', ['scripts/ensure-built.mjs'], { cwd: ROOT, encoding: 'utf8' })
  if (build.status !== 0) throw new Error(`build failed:\n${build.stderr}`)
  dir = mkdtempSync(join(tmpdir(), 'perf-eval-batch-'))
  const mixed = join(dir, 'mixed')
  mkdirSync(join(mixed, 'sub'), { recursive: true })
  writeFileSync(join(mixed, 'a-good.json'), liwanText)
  writeFileSync(join(mixed, 'sub', 'b-good.json'), liwan2022())
  writeFileSync(join(mixed, 'c-broken.json'), '{\n  "kind": "project",\n  "department": x\n}\n')
  writeFileSync(join(mixed, 'd-not-a-form.json'), '{"hello": "world"}')
  writeFileSync(join(mixed, 'e-empty.json'), '')
  // A file over the 32 MB limit: refused from its size, never read.
  writeFileSync(join(mixed, 'f-huge.json'), Buffer.alloc(33 * 1024 * 1024, 0x20))
  symlinkSync('g-loop.json', join(mixed, 'g-loop.json'))
  // A folder linked into itself is walked once.
  symlinkSync('..', join(mixed, 'sub', 'up'))
  writeFileSync(join(mixed, 'notes.txt'), 'not read: not a form extension')
}, 120_000)

afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('a mixed folder: one entry per file, the batch goes on', () => {
  it('validate --format json: every file an entry in input order, the schema holds, exit 1', () => {
    const r = cli(['validate', join(dir, 'mixed'), '--format', 'json', '--locale', 'en'])
    expect(r.status).toBe(1)
    expect(r.stderr).not.toMatch(/\n\s+at /u)
    const out = batchJson(r.stdout)
    const m = join(dir, 'mixed')
    expect(out.files.map((f) => [f.file.slice(m.length + 1), f.findings[0]?.code])).toEqual([
      ['a-good.json', 'BUDGET_COMPLETION_LOW'],
      ['c-broken.json', 'INPUT_UNREADABLE'],
      ['d-not-a-form.json', 'INPUT_NOT_A_FORM'],
      ['e-empty.json', 'INPUT_UNREADABLE'],
      ['f-huge.json', 'INPUT_UNREADABLE'],
      ['g-loop.json', 'INPUT_UNREADABLE'],
      ['sub/b-good.json', 'FORMULA_INVERTED_RATIO'],
    ])
    const reasons = out.files.flatMap((f) =>
      f.findings.filter((x) => x.code === 'INPUT_UNREADABLE').map((x) => x.params.reason),
    )
    expect(reasons).toEqual(['invalid-json', 'empty', 'too-large', 'ELOOP'])
    // Where broken JSON breaks: line 3, column 17.
    expect(out.files[1]?.findings[0]?.params).toMatchObject({ line: 3, column: 17 })
    expect(out.summary).toMatchObject({
      forms: 7,
      unreadable: 4,
      invalid: 5,
      totals: { completionRate: '92.83%' },
      medians: { completionRate: '92.83%' },
    })
    expect(out.summary.byRule.INPUT_UNREADABLE).toBe(4)
  })

  it('validate as text: a line per file and the totals; --quiet shows errors only', () => {
    const r = cli(['validate', join(dir, 'mixed'), '--locale', 'en'])
    expect(r.status).toBe(1)
    const lines = r.stdout.trim().split('\n')
    expect(lines.at(-1)).toBe(
      '7 forms (5 with errors, 4 unreadable): 5 errors, 7 warnings, 25 infos',
    )
    const quiet = cli(['validate', join(dir, 'mixed'), '--quiet', '--locale', 'en'])
    expect(quiet.stdout).not.toMatch(/^ +warning/mu)
    expect(quiet.stdout).not.toContain('a-good.json')
    expect(quiet.stdout).toContain('c-broken.json: 1 error')
  })

  it('evaluate keeps going: reports for the readable forms, a line on stderr for each other', () => {
    const r = cli(['evaluate', join(dir, 'mixed'), '--locale', 'en'])
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('89.31%')
    expect(r.stderr).toContain('c-broken.json:3:17: invalid JSON')
    expect(r.stderr).toContain('g-loop.json: too many levels of symbolic links')
    expect(r.stderr).not.toMatch(/\n\s+at /u)
  })

  it('nothing readable at all is status 2 with nothing on standard output', () => {
    const r = cli([
      'validate',
      join(dir, 'mixed', 'c-broken.json'),
      join(dir, 'mixed', 'e-empty.json'),
    ])
    expect([r.status, r.stdout]).toEqual([2, ''])
    expect(r.stderr).toContain('c-broken.json:3:17: invalid JSON')
  })
})

describe('exit statuses, --summary, --max-warnings, --jobs', () => {
  it('a clean batch is 0; more warnings than --max-warnings is 1, in evaluate too', () => {
    const good = join(dir, 'mixed', 'a-good.json')
    expect(cli(['validate', good]).status).toBe(0)
    expect(cli(['validate', good, '--max-warnings', '4']).status).toBe(0)
    expect(cli(['validate', good, '--max-warnings', '3']).status).toBe(1)
    expect(cli(['evaluate', good, '--max-warnings', '3']).status).toBe(1)
    expect(cli(['validate', good, '--max-warnings', 'many']).status).toBe(2)
  })

  it('--summary prints the batch summary alone, as text and as JSON', () => {
    const m = join(dir, 'mixed')
    const json = cli(['evaluate', m, '--summary', '--format', 'json'])
    const body = batchJson(json.stdout)
    expect(body.files).toBeUndefined()
    expect(body.summary.forms).toBe(7)
    const text = cli(['validate', m, '--summary', '--locale', 'en'])
    expect(text.stdout).toContain('medians: completion rate 92.83%')
    expect(text.stdout).toMatch(/INPUT_UNREADABLE +4/u)
  })

  it('--jobs 2 gives the same JSON, in the same order, as --jobs 1', () => {
    const m = join(dir, 'mixed')
    const one = cli(['evaluate', m, '--format', 'json', '--jobs', '1'])
    const two = cli(['evaluate', m, '--format', 'json', '--jobs', '2'])
    expect(two.stdout).toBe(one.stdout)
    expect(batchJson(two.stdout).files).toHaveLength(7)
  })
})

describe('inputs: globs, --ext, standard input, the config found upward', () => {
  it('a quoted glob and --ext choose the files', () => {
    const glob = cli(['validate', `${join(dir, 'mixed')}/**/*good.json`, '--format', 'json'])
    expect(batchJson(glob.stdout).files.map((f) => f.file.split('/').at(-1))).toEqual([
      'a-good.json',
      'b-good.json',
    ])
    const none = cli(['validate', `${join(dir, 'mixed')}/*.xlsx`])
    expect(none.status).toBe(2)
    expect(none.stderr).toContain('no file matches this pattern')
    const txt = cli(['validate', join(dir, 'mixed'), '--ext', 'txt', '--format', 'json'])
    expect(txt.status).toBe(2)
    expect(txt.stderr).toContain('notes.txt:1:1: invalid JSON')
  })

  it('perf-eval.config.json in a folder above the working one applies', () => {
    const top = join(dir, 'project')
    mkdirSync(join(top, 'forms', '2021'), { recursive: true })
    writeFileSync(join(top, 'perf-eval.config.json'), '{"rules":{"EVIDENCE_MISSING":"error"}}')
    writeFileSync(join(top, 'forms', '2021', 'liwan.json'), liwanText)
    const r = cli(['validate', 'liwan.json'], join(top, 'forms', '2021'))
    expect(r.status).toBe(1)
    expect(r.stdout.split('\n')[0]).toBe('liwan.json: 9 errors, 4 warnings, 4 infos')
  })

  it('"did you mean" for a misspelt command or option', () => {
    expect(cli(['evalute', 'x.json']).stderr).toContain(
      "unknown command 'evalute' (did you mean 'evaluate'?)",
    )
    expect(cli(['validate', 'x.json', '--formt', 'json']).stderr).toContain(
      'unknown option --formt (did you mean --format?)',
    )
  })

  it('in-process: a folder that cannot be read is an entry, and the rest is read', async () => {
    const out: string[] = []
    const io: CliIo = {
      stdout: (t) => out.push(t),
      stderr: () => undefined,
      readFile: (path) => {
        if (path === 'forms/a.json') return liwanText
        throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' })
      },
      readStdin: () => Promise.resolve(''),
      writeFile: () => undefined,
      isDirectory: (path) => path === 'forms' || path === 'forms/locked',
      readDir: (path) => {
        if (path === 'forms') return ['a.json', 'locked']
        throw Object.assign(new Error('EACCES'), { code: 'EACCES' })
      },
      join: (a, b) => `${a}/${b}`,
    }
    expect(await run(['validate', 'forms', '--format', 'json'], io)).toBe(1)
    const body = batchJson(out.join(''))
    expect(
      body.files.map((f) => [f.file, f.findings[0]?.params.reason ?? f.findings[0]?.code]),
    ).toEqual([
      ['forms/a.json', 'BUDGET_COMPLETION_LOW'],
      ['forms/locked', 'EACCES'],
    ])
  })
})

describe('compare: the same department in two years', () => {
  it('pairs 2021 with 2022 and gives the changes', () => {
    const m = join(dir, 'mixed')
    const r = cli([
      'compare',
      join(m, 'a-good.json'),
      join(m, 'sub', 'b-good.json'),
      '--locale',
      'en',
    ])
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('completion rate      89.31% → 96.34% (+7.03 points)')
    expect(r.stdout).toMatch(/indicators: 0 appeared, 1 disappeared/u)
    const json = JSON.parse(
      cli(['compare', join(m, 'a-good.json'), join(m, 'sub', 'b-good.json'), '-f', 'json']).stdout,
    ) as { pairs: { comparison: { actual: { change: string } } }[] }
    expect(json.pairs[0]?.comparison.actual.change).toBe('459.82')
  })
})

describe('hostile inputs on the command line (issue 18, repro 5)', () => {
  // C0 and C1 controls other than line feed and tab: what a terminal would act on.
  const hasControl = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if ((code < 0x20 && code !== 0x0a && code !== 0x09) || (code >= 0x7f && code <= 0x9f)) {
        return true
      }
    }
    return false
  }

  it('terminal control sequences from a file name or a file never reach the terminal', {
    timeout: 60_000,
  }, () => {
    const named = join(dir, 'esc\u001b]0;PWNED\u0007.json')
    writeFileSync(named, '\u001b[2J{broken')
    const missing = join(dir, 'gone\u001b[2J.json')
    const r = cli(['evaluate', named, missing, '--format', 'text'])
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('PWNED')
    expect(hasControl(r.stderr)).toBe(false)
    // The escape shows as U+FFFD where it stood, so the name stays recognisable.
    expect(r.stderr).toContain('esc\uFFFD]0;PWNED\uFFFD.json')
    const option = cli(['evaluate', join(dir, 'mixed', 'a-good.json'), '--format', '\u001b[31mred'])
    expect(option.status).toBe(2)
    expect(hasControl(option.stderr)).toBe(false)
  })

  it('a form with extensions nested 5,000 deep is evaluated in every format', {
    timeout: 60_000,
  }, () => {
    const deep = `${'{"a":'.repeat(5000)}{}${'}'.repeat(5000)}`
    const file = join(dir, 'deep.json')
    writeFileSync(file, `${liwanText.trim().slice(0, -1)},"extensions":${deep}}`)
    for (const format of ['json', 'text', 'html']) {
      const r = cli(['evaluate', file, '--format', format])
      expect(r.status, `${format}: ${r.stderr}`).toBe(0)
      expect(r.stdout).toContain('89.31%')
    }
  })

  // Root reads every folder, so there is nothing to refuse when the tests run as root.
  it.skipIf(process.getuid?.() === 0)(
    'a folder without read permission is one unreadable entry',
    () => {
      const locked = join(dir, 'locked')
      mkdirSync(locked)
      writeFileSync(join(locked, 'x.json'), liwanText)
      spawnSync('chmod', ['000', locked])
      const r = cli(['validate', locked, join(dir, 'mixed', 'a-good.json'), '--format', 'json'])
      spawnSync('chmod', ['755', locked])
      expect(r.status).not.toBe(3)
      expect(batchJson(r.stdout).files.map((f) => f.findings[0]?.params.reason ?? 'ok')).toContain(
        'EACCES',
      )
    },
  )
})
