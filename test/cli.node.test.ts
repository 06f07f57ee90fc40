// The `perf-eval` command, tested as users run it: the built bin, spawned, with its exit status,
// standard output and standard error. `npm test` builds first; a lone run builds here if needed.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as XLSX from '@e965/xlsx'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import pkg from '../package.json'
import { type CliIo, run } from '../src/cli/run'
import { OptionError, rules, schemes, selfEvaluationJsonSchema } from '../src/index'
import { displayWidth } from '../src/report/text-width'
import { liwanGrid } from './helpers/grids'
import { publicForms, toInput } from './helpers/public-forms'

// Each test spawns the command line; on a loaded machine one spawn can take seconds.
vi.setConfig({ testTimeout: 60_000 })

const ROOT = join(import.meta.dirname, '..')
const BIN = join(ROOT, 'dist', 'cli.js')
const LIWAN = 'examples/liwan-2021.json'
let dir = ''

interface Result {
  readonly status: number | null
  readonly stdout: string
  readonly stderr: string
}

function cli(args: readonly string[], input?: string, cwd = ROOT): Result {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    input: input ?? '',
    env: { ...process.env, NO_COLOR: '1' },
  })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** The evaluation of the first file in `evaluate --format json` output (`{ files, summary }`). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function evaluationIn(stdout: string): any {
  return (JSON.parse(stdout) as { files: { evaluation: unknown }[] }).files[0]?.evaluation
}

/** A user mistake: status 2, a one-line-ish message, never a stack trace. */
function expectUsageError(r: Result, message: string | RegExp): void {
  expect(r.status).toBe(2)
  expect(r.stdout).toBe('')
  if (typeof message === 'string') expect(r.stderr).toContain(message)
  else expect(r.stderr).toMatch(message)
  expect(r.stderr).not.toMatch(/\n\s+at /)
  expect(r.stderr.startsWith('perf-eval: ')).toBe(true)
}

function tmp(name: string, text: string): string {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

beforeAll(() => {
  if (!existsSync(BIN)) {
    const build = spawnSync('npx', ['tsup'], { cwd: ROOT, encoding: 'utf8' })
    if (build.status !== 0) throw new Error(`build failed:\n${build.stderr}`)
  }
  dir = mkdtempSync(join(tmpdir(), 'perf-eval-cli-'))
}, 120_000)

afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('perf-eval: top level', { timeout: 60_000 }, () => {
  it('--version and -v print the package version', () => {
    for (const flag of ['--version', '-v']) {
      const r = cli([flag])
      expect(r.status).toBe(0)
      expect(r.stdout).toBe(`${pkg.version}\n`)
    }
  })

  it('--help, -h and help print the commands; no command prints them to stderr with status 2', () => {
    for (const args of [['--help'], ['-h'], ['help']]) {
      const r = cli(args)
      expect(r.status).toBe(0)
      expect(r.stdout).toContain('Usage: perf-eval <command> [options]')
      for (const c of ['evaluate', 'validate', 'compare', 'schema', 'rules', 'example']) {
        expect(r.stdout).toContain(`  ${c}`)
      }
      expect(r.stdout).toContain(
        "Exit status (as eslint's): 0 fine; 1 an error finding in any form",
      )
    }
    const none = cli([])
    expect(none.status).toBe(2)
    expect(none.stdout).toBe('')
    expect(none.stderr).toContain('Usage: perf-eval <command> [options]')
  })

  it('every command has --help (and help <command>)', () => {
    const usage: Record<string, string> = {
      evaluate: 'Usage: perf-eval evaluate <file.json | dir | ->... [options]',
      validate: 'Usage: perf-eval validate <file.json | dir | ->... [options]',
      schema: 'Usage: perf-eval schema [options]',
      rules: 'Usage: perf-eval rules [options]',
      example: 'Usage: perf-eval example [options]',
    }
    for (const [command, line] of Object.entries(usage)) {
      for (const args of [
        [command, '--help'],
        [command, '-h'],
        ['help', command],
      ]) {
        const r = cli(args)
        expect(r.status, args.join(' ')).toBe(0)
        expect(r.stdout.startsWith(line)).toBe(true)
        expect(r.stderr).toBe('')
      }
    }
    expect(cli(['evaluate', '--help']).stdout).toContain(Object.keys(schemes).join(', '))
  })

  it('an unknown command or option is status 2 with a hint', () => {
    const r = cli(['frobnicate'])
    expectUsageError(r, "perf-eval: unknown command 'frobnicate'")
    expect(r.stderr).toContain("Run 'perf-eval --help' for the commands.")
    expectUsageError(cli(['--frob']), 'perf-eval: unknown option --frob')
    expectUsageError(cli(['help', 'nope']), "perf-eval: unknown command 'nope'")
  })
})

describe('perf-eval evaluate', { timeout: 60_000 }, () => {
  it('prints the text report of the Liwan example: department, rates, every task', () => {
    const r = cli(['evaluate', LIWAN])
    expect(r.status).toBe(0)
    expect(r.stderr).toBe('')
    expect(
      r.stdout.startsWith(
        '荔湾区部门整体支出绩效自评表\n广州市荔湾区机关事务管理局(部门) · 2021年度\n',
      ),
    ).toBe(true)
    expect(r.stdout).toContain('预算完成率    89.31%')
    expect(r.stdout).toContain('预算调整率    5.27%')
    expect(r.stdout).toMatch(/合计 +6211\.89 +327\.17 +6539\.06 +5840\.18 +89\.31% +5\.27%/)
    for (const task of ['任务1', '任务2', '任务3', '任务4'])
      expect(r.stdout).toContain(`\n${task}\n-----\n`)
    // Not wider than the default 100 columns, CJK counted double.
    for (const line of r.stdout.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(100)
  })

  it('is what `npm start` prints (the package.json start script)', () => {
    const script = pkg.scripts.start
    expect(script).toBe('node dist/cli.js evaluate examples/liwan-2021.json')
    const r = spawnSync('sh', ['-c', script], { cwd: ROOT, encoding: 'utf8' })
    expect(r.status).toBe(0)
    expect(r.stdout).toBe(cli(['evaluate', LIWAN]).stdout)
  })

  it('--format markdown, html and json; --locale en; --width', () => {
    const md = cli(['evaluate', LIWAN, '--format', 'markdown'])
    expect(md.status).toBe(0)
    expect(md.stdout.startsWith('# 荔湾区部门整体支出绩效自评表\n')).toBe(true)
    expect(md.stdout).toContain(
      '| 合计 | 6211.89 | 327.17 | 6539.06<br>计算值 | 5840.18 | 89.31%<br>填报 89. 31% ✓',
    )

    const html = cli(['evaluate', LIWAN, '-f', 'html'])
    expect(html.status).toBe(0)
    expect(html.stdout.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true)
    expect(html.stdout.match(/<svg /g)).toHaveLength(2)

    const json = cli(['evaluate', LIWAN, '--format=json'])
    expect(json.status).toBe(0)
    const e = evaluationIn(json.stdout)
    expect(e.summary.completionRate).toBe('89.31%')
    expect(e.summary.adjustmentRate).toBe('5.27%')
    expect(e.funding[0].adjustedBudget).toBe('6539.06')

    const en = cli(['evaluate', LIWAN, '--locale', 'en'])
    expect(en.stdout).toContain('Budget completion rate  89.31%')
    expect(en.stdout).toContain('Main tasks and their indicators')

    const narrow = cli(['evaluate', LIWAN, '-w', '72'])
    for (const line of narrow.stdout.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(72)
  })

  it('--out writes the report to a file and prints nothing', () => {
    const out = join(dir, 'liwan.html')
    const r = cli(['evaluate', LIWAN, '--format', 'html', '--out', out])
    expect(r.status).toBe(0)
    expect(r.stdout).toBe('')
    expect(readFileSync(out, 'utf8')).toContain('广州市荔湾区机关事务管理局(部门)')
    expectUsageError(
      cli(['evaluate', LIWAN, '--out', join(dir, 'no-such-dir', 'x.txt')]),
      /^perf-eval: cannot write .*x\.txt: no such file or directory\n$/,
    )
  })

  it('reads a form from standard input with -', () => {
    const r = cli(['evaluate', '-', '--format', 'json'], readFileSync(join(ROOT, LIWAN), 'utf8'))
    expect(r.status).toBe(0)
    expect(evaluationIn(r.stdout).summary.completionRate).toBe('89.31%')
    expectUsageError(cli(['evaluate', '-', '-']), "standard input ('-') can be read only once")
  })

  it('a folder or several files give one report each and a summary table', () => {
    const forms = join(dir, 'forms')
    mkdirSync(forms)
    writeFileSync(join(forms, 'a-liwan.json'), readFileSync(join(ROOT, LIWAN)))
    writeFileSync(join(forms, 'b-chizhou.json'), JSON.stringify(toInput(publicForms.chizhou!)))
    writeFileSync(join(forms, 'notes.txt'), 'not a form')
    const r = cli(['evaluate', 'forms'], '', dir)
    expect(r.status).toBe(0)
    expect(r.stdout).toContain(
      `==> ${join('forms', 'a-liwan.json')} <==\n荔湾区部门整体支出绩效自评表`,
    )
    expect(r.stdout).toContain(
      `==> ${join('forms', 'b-chizhou.json')} <==\n项目支出绩效自评表(2022年度)— 委托业务项目`,
    )
    // The summary comes first (issue 15); at 100 columns each form is a record.
    expect(r.stdout.startsWith('汇总\n共 2 份表单\n')).toBe(true)
    const summary = r.stdout.slice(0, r.stdout.indexOf('==> '))
    expect(summary).toMatch(/a-liwan\.json\n +部门（单位） +广州市荔湾区机关事务管理局\(部门\)\n/)
    expect(summary).toMatch(/\n +完成率 +89\.31%\n/)
    expect(summary).toMatch(/b-chizhou\.json\n +部门（单位） +池州市贵池区棠溪镇人民政府/)
    expect(summary).toMatch(/\n +得分 +80\.00\n/)
    expect(summary).toMatch(/\n +发现 错误\/警告\/提示 +3\/2\/7\n/)

    const json = JSON.parse(
      cli(['evaluate', join(forms, 'a-liwan.json'), join(forms, 'b-chizhou.json'), '-f', 'json'])
        .stdout,
    ) as { files: { summary: { grade: string | null } }[]; summary: { forms: number } }
    // 池州's execution item (0/0) is unscorable: its 80.00 is a partial total, so no grade.
    expect(json.files.map((f) => f.summary.grade)).toEqual([null, null])
    expect(json.summary.forms).toBe(2)

    const html = cli(['evaluate', forms, '-f', 'html']).stdout
    expect(html.match(/<!DOCTYPE html>/g)).toHaveLength(1)
    expect(html.match(/<svg /g)).toHaveLength(6)
    expect(html).toContain('<a href="#r1-report">')
    expect(html).toContain('id="r1-funding-0"')
    expect(html).toContain('id="r2-funding-0"')

    const md = cli(['evaluate', forms, '-f', 'markdown']).stdout
    expect(md.startsWith('# 汇总\n')).toBe(true)
    expect(md).toContain(
      '| 表单 | 部门（单位） | 项目名称 | 年度 | 类型 | 全年预算 | 实际支出 | 完成率 |',
    )
  })

  it('a missing file, an empty folder and invalid JSON are status 2 with where and what', () => {
    expectUsageError(
      cli(['evaluate', 'no/such.json']),
      'perf-eval: evaluate: cannot read no/such.json: no such file or directory\n',
    )
    const empty = join(dir, 'empty')
    mkdirSync(empty)
    expectUsageError(
      cli(['evaluate', empty]),
      `perf-eval: evaluate: no .json, .xlsx, .xls, .ods files in ${empty}\n`,
    )
    const bad = tmp('bad.json', '{\n  "kind": "project",\n  "department": x\n}\n')
    expectUsageError(
      cli(['evaluate', bad]),
      `perf-eval: evaluate: ${bad}:3:17: invalid JSON: unexpected 'x', expected a value\n`,
    )
    const trailing = tmp('trailing.json', '{"a": [1, 2,]}')
    expectUsageError(
      cli(['evaluate', trailing]),
      `${trailing}:1:13: invalid JSON: unexpected ']', expected a value`,
    )
    const cut = tmp('cut.json', '{"a": "b')
    expectUsageError(cli(['evaluate', cut]), `${cut}:1:7: invalid JSON: unterminated string`)
    const stdin = cli(['evaluate', '-'], '[1,\n2,\n')
    expectUsageError(stdin, '<stdin>:3:1: invalid JSON: unexpected end of input, expected a value')
    // Every unreadable input is named, not just the first.
    const both = cli(['evaluate', bad, 'no/such.json'])
    expect(both.stderr.split('\n').filter((l) => l.startsWith('perf-eval: '))).toHaveLength(2)
  })

  it('JSON that is not a form still gets a report: its findings', () => {
    const r = cli(['evaluate', tmp('not-a-form.json', '{"kind":"project"}')])
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('输入不是绩效自评表，无法评价；以下列出发现的问题。')
    expect(r.stdout).toContain('INPUT_NOT_A_FORM')
  })

  it('bad option values are status 2 and name the option', () => {
    expectUsageError(
      cli(['evaluate', LIWAN, '--format', 'pdf']),
      "perf-eval: evaluate: --format must be one of text, markdown, html, json, csv, xlsx (got 'pdf')",
    )
    expectUsageError(
      cli(['evaluate', LIWAN, '--locale', 'fr']),
      "perf-eval: evaluate: --locale must be one of zh-CN, en (got 'fr')",
    )
    expectUsageError(
      cli(['evaluate', LIWAN, '--width', '10']),
      'perf-eval: evaluate: --width must be a whole number of columns, at least 40',
    )
    expectUsageError(
      cli(['evaluate', LIWAN, '--out']),
      'perf-eval: evaluate: option --out needs a value',
    )
    const unknown = cli(['evaluate', LIWAN, '--colour'])
    expectUsageError(unknown, 'perf-eval: evaluate: unknown option --colour\n')
    expect(unknown.stderr).toContain("Run 'perf-eval evaluate --help' for usage.")
    expectUsageError(
      cli(['evaluate']),
      "perf-eval: evaluate: no input; give a form file, a folder, a glob or '-'",
    )
  })

  it('--scheme takes a built-in name or a scheme file, and rejects anything else', () => {
    const hubei = cli(['evaluate', LIWAN, '--scheme', 'hubei-department', '-f', 'json'])
    expect(hubei.status).toBe(0)
    expect(evaluationIn(hubei.stdout).scheme.id).toBe('hubei-department')
    const file = tmp(
      'scheme.json',
      JSON.stringify({ ...schemes['liwan-2021-department'], id: 'my-scheme' }),
    )
    const custom = cli(['evaluate', LIWAN, '-s', file, '-f', 'json'])
    expect(custom.status).toBe(0)
    expect(evaluationIn(custom.stdout).scheme.id).toBe('my-scheme')
    expectUsageError(
      cli(['validate', LIWAN, '--scheme', 'hubei']),
      "perf-eval: validate: unknown scheme 'hubei'; built-in schemes: mof-2020-project, hubei-department",
    )
    expectUsageError(
      cli(['evaluate', LIWAN, '--scheme', 'guangdong']),
      "perf-eval: evaluate: unknown scheme 'guangdong'; built-in schemes: mof-2020-project, hubei-department, liwan-2021-department",
    )
    expectUsageError(
      cli(['evaluate', LIWAN, '--scheme', 'missing.json']),
      'perf-eval: evaluate: cannot read scheme missing.json: no such file or directory',
    )
    const badJson = tmp('bad-scheme.json', '{"id": }')
    expectUsageError(
      cli(['evaluate', LIWAN, '--scheme', badJson]),
      `${badJson}:1:8: invalid JSON: unexpected '}', expected a value`,
    )
    const wrong = tmp('wrong-scheme.json', '{"id": "x"}')
    expectUsageError(
      cli(['evaluate', LIWAN, '--scheme', wrong]),
      `perf-eval: evaluate: ${wrong} is not a valid scoring scheme:\n`,
    )
  })
})

describe('perf-eval validate', { timeout: 60_000 }, () => {
  it('prints the findings of a clean form and exits 0', () => {
    const r = cli(['validate', LIWAN])
    expect(r.status).toBe(0)
    expect(r.stdout.split('\n')[0]).toBe(`${LIWAN}: 0 errors, 4 warnings, 13 infos`)
    expect(r.stdout).toContain('  warning  BUDGET_COMPLETION_LOW')
    expect(r.stdout).toContain('funding[0]: 预算完成率 89.31% 低于 90.00%，应说明原因')
  })

  it('exits 1 when any form has an error finding', () => {
    const chizhou = tmp('chizhou.json', JSON.stringify(toInput(publicForms.chizhou!)))
    const r = cli(['validate', LIWAN, chizhou])
    expect(r.status).toBe(1)
    expect(r.stdout).toContain(`${chizhou}: 3 errors, 2 warnings`)
    expect(r.stdout).toMatch(
      /\n {2}error +FUNDING_TOTAL_MISMATCH +funding\[0\]\.actual: 合计行“全年执行数”为 0，各资金来源之和为 89\.974\n/,
    )
    const notForm = cli(['validate', '-'], '{"kind": "project"}')
    expect(notForm.status).toBe(1)
    expect(notForm.stdout).toContain('<stdin>: 1 error')
    expect(notForm.stdout).toContain('INPUT_NOT_A_FORM')
  })

  it('--format json, --locale en; bad input is status 2', () => {
    const r = cli(['validate', LIWAN, '--format', 'json', '--locale', 'en'])
    expect(r.status).toBe(0)
    const [result] = JSON.parse(r.stdout).files
    expect(result.file).toBe(LIWAN)
    expect(result.findings[0].code).toBe('BUDGET_COMPLETION_LOW')
    expect(result.findings[0].message).toContain('89.31%')
    expectUsageError(
      cli(['validate', LIWAN, '--format', 'html']),
      "--format must be one of text, json (got 'html')",
    )
    expectUsageError(cli(['validate']), 'perf-eval: validate: no input')
    expectUsageError(
      cli(['validate', 'nope.json']),
      'perf-eval: validate: cannot read nope.json: no such file or directory',
    )
  })
})

describe('perf-eval schema, rules, example', { timeout: 60_000 }, () => {
  it('schema prints the JSON Schema', () => {
    const r = cli(['schema'])
    expect(r.status).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual(selfEvaluationJsonSchema())
    const out = join(dir, 'schema.json')
    expect(cli(['schema', '-o', out]).stdout).toBe('')
    expect(JSON.parse(readFileSync(out, 'utf8')).required).toEqual(['kind'])
    expectUsageError(cli(['schema', 'extra']), 'perf-eval: schema: unexpected argument extra')
  })

  it('rules prints the catalogue: every code, in text, Markdown and JSON', () => {
    const text = cli(['rules'])
    expect(text.status).toBe(0)
    const lines = text.stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(rules.length)
    expect(text.stdout).toMatch(/^FUNDING_TOTAL_MISMATCH +error +form +/m)
    for (const rule of rules) expect(text.stdout).toContain(rule.code)
    expect(JSON.parse(cli(['rules', '-f', 'json']).stdout)).toEqual(rules)
    const md = cli(['rules', '--format', 'markdown', '--locale', 'en']).stdout
    expect(md.split('\n')[0]).toBe('| code | severity | area | description |')
    expect(md).toContain('| REPORTED_RATE_MISMATCH | ')
    expectUsageError(
      cli(['rules', '--format', 'html']),
      "perf-eval: rules: --format must be one of text, markdown, json (got 'html')",
    )
  })

  it('example prints the embedded Liwan form, the same as examples/liwan-2021.json', () => {
    const r = cli(['example'])
    expect(r.status).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(readFileSync(join(ROOT, LIWAN), 'utf8')))
    // And it evaluates: example | evaluate -
    const e = cli(['evaluate', '-', '-f', 'json'], r.stdout)
    expect(evaluationIn(e.stdout).summary.completionRate).toBe('89.31%')
  })
})

describe('run(argv, io): the command without a process', () => {
  /** An in-memory I/O: files in a map, output collected. */
  function memory(files: Record<string, string>, overrides: Partial<CliIo> = {}) {
    const out: string[] = []
    const err: string[] = []
    const written = new Map<string, string>()
    const io: CliIo = {
      stdout: (t) => out.push(t),
      stderr: (t) => err.push(t),
      readFile: (path) => {
        const text = files[path]
        if (text === undefined)
          throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' })
        return text
      },
      readStdin: () => Promise.resolve(files['-'] ?? ''),
      writeFile: (path, text) => written.set(path, text),
      isDirectory: (path) => path === 'forms',
      readDir: () =>
        Object.keys(files)
          .filter((f) => f.startsWith('forms/'))
          .map((f) => f.slice(6)),
      join: (dir, name) => `${dir}/${name}`,
      ...overrides,
    }
    return { io, out, err, written }
  }
  const liwanText = readFileSync(join(ROOT, LIWAN), 'utf8')

  it('evaluates files, folders and standard input given by the I/O', async () => {
    const m = memory({ 'forms/a.json': liwanText, 'forms/b.txt': 'x', '-': liwanText })
    expect(await run(['evaluate', 'forms', '-f', 'json'], m.io)).toBe(0)
    expect(evaluationIn(m.out.join('')).summary.completionRate).toBe('89.31%')
    expect(await run(['evaluate', '-', '--out', 'r.md', '-f', 'markdown'], m.io)).toBe(0)
    expect(m.written.get('r.md')?.startsWith('# 荔湾区部门整体支出绩效自评表')).toBe(true)
    expect(m.err).toEqual([])
  })

  it('uses the terminal width when standard output is a terminal', async () => {
    const m = memory({ 'f.json': liwanText }, { columns: 64 })
    expect(await run(['evaluate', 'f.json'], m.io)).toBe(0)
    for (const line of m.out.join('').split('\n'))
      expect(displayWidth(line)).toBeLessThanOrEqual(64)
  })

  it('reports a permission problem by name, and a bug as an internal error (status 3)', async () => {
    const denied = memory(
      {},
      {
        readFile: (path) => {
          // No config file in the working folder; the form cannot be read.
          const code = path === 'x.json' ? 'EACCES' : 'ENOENT'
          throw Object.assign(new Error(code), { code })
        },
      },
    )
    expect(await run(['validate', 'x.json'], denied.io)).toBe(2)
    expect(denied.err.join('')).toBe('perf-eval: validate: cannot read x.json: permission denied\n')
    const broken = memory(
      { 'f.json': liwanText },
      {
        stdout: () => {
          throw new Error('disk on fire')
        },
      },
    )
    expect(await run(['evaluate', 'f.json'], broken.io)).toBe(3)
    expect(broken.err.join('')).toBe(
      'perf-eval: internal error: disk on fire\nPlease report it with the input that caused it.\n',
    )
  })

  it('an option the library refuses is status 2 with its message, not an internal error', async () => {
    const refused = memory(
      { 'f.json': liwanText },
      {
        stdout: () => {
          throw new OptionError('renderReport', 'width', 3, 'an integer from 40 to 1000')
        },
      },
    )
    expect(await run(['evaluate', 'f.json'], refused.io)).toBe(2)
    expect(refused.err.join('')).toBe(
      'perf-eval: renderReport: option "width" must be an integer from 40 to 1000; received 3\n',
    )
  })
})

describe('perf-eval: rule settings from a config file', { timeout: 60_000 }, () => {
  let work = ''
  const liwan = () => readFileSync(join(ROOT, LIWAN), 'utf8')
  /** A working folder with the Liwan form and, when given, a perf-eval.config.json. */
  function folder(name: string, config?: unknown): string {
    const path = join(work, name)
    mkdirSync(path, { recursive: true })
    writeFileSync(join(path, 'liwan.json'), liwan())
    if (config !== undefined) {
      const text = typeof config === 'string' ? config : JSON.stringify(config)
      writeFileSync(join(path, 'perf-eval.config.json'), text)
    }
    return path
  }

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'perf-eval-config-'))
  })
  afterAll(() => {
    rmSync(work, { recursive: true, force: true })
  })

  it('runs with the defaults when the working folder has no config', () => {
    const r = cli(['validate', 'liwan.json'], undefined, folder('none'))
    expect(r.status).toBe(0)
    expect(r.stdout.split('\n')[0]).toBe('liwan.json: 0 errors, 4 warnings, 13 infos')
  })

  it('reads perf-eval.config.json of the working folder: off drops, error fails validate', () => {
    const off = cli(
      ['validate', 'liwan.json'],
      undefined,
      folder('off', { rules: { EVIDENCE_MISSING: 'off' } }),
    )
    expect(off.status).toBe(0)
    expect(off.stdout.split('\n')[0]).toBe('liwan.json: 0 errors, 4 warnings, 4 infos')
    expect(off.stdout).not.toContain('EVIDENCE_MISSING')
    const error = folder('error', { rules: { EVIDENCE_MISSING: 'error' } })
    const r = cli(['validate', 'liwan.json', '-f', 'json'], undefined, error)
    expect(r.status).toBe(1)
    const [result] = (
      JSON.parse(r.stdout) as { files: { valid: boolean; findings: { severity: string }[] }[] }
    ).files as [{ valid: boolean; findings: { severity: string }[] }]
    expect(result.valid).toBe(false)
    expect(
      result.findings.filter((f: { severity: string }) => f.severity === 'error'),
    ).toHaveLength(9)
    const e = cli(['evaluate', 'liwan.json', '-f', 'json'], undefined, error)
    expect(e.status).toBe(0)
    expect(evaluationIn(e.stdout).summary.errors).toBe(9)
  })

  it('reads the file --config names, and the command line wins over it', () => {
    const dir = folder('named')
    writeFileSync(
      join(dir, 'team.json'),
      JSON.stringify({ locale: 'en', rules: { TEXT_GARBLED: 'off' } }),
    )
    const r = cli(['validate', 'liwan.json', '--config', 'team.json'], undefined, dir)
    expect(r.status).toBe(0)
    expect(r.stdout.split('\n')[0]).toBe('liwan.json: 0 errors, 4 warnings, 9 infos')
    expect(r.stdout).toContain('Budget completion rate 89.31% is below 90.00%')
    const zh = cli(['validate', 'liwan.json', '-c', 'team.json', '-l', 'zh-CN'], undefined, dir)
    expect(zh.stdout).toContain('预算完成率 89.31% 低于 90.00%')
  })

  it('takes a scheme by name, from a file beside the config, or inline', () => {
    const dir = folder('scheme')
    mkdirSync(join(dir, 'conf'))
    const scheme = {
      ...schemes['mof-2020-project'],
      id: 'strict',
      thresholds: { ...schemes['mof-2020-project'].thresholds, completionFloor: '0.95' },
    }
    writeFileSync(join(dir, 'conf', 'strict.json'), JSON.stringify(scheme))
    writeFileSync(join(dir, 'conf', 'a.json'), JSON.stringify({ scheme: 'strict.json' }))
    writeFileSync(join(dir, 'conf', 'b.json'), JSON.stringify({ scheme }))
    writeFileSync(join(dir, 'conf', 'c.json'), JSON.stringify({ scheme: 'hubei-department' }))
    for (const config of ['conf/a.json', 'conf/b.json']) {
      const r = cli(['evaluate', 'liwan.json', '-f', 'json', '-c', config], undefined, dir)
      expect(r.status).toBe(0)
      const { findings } = evaluationIn(r.stdout) as {
        findings: { code: string; params: { threshold: string } }[]
      }
      const low = findings.find((f) => f.code === 'BUDGET_COMPLETION_LOW')
      expect(low?.params.threshold).toBe('95.00%')
    }
    const c = cli(['evaluate', 'liwan.json', '-f', 'json', '-c', 'conf/c.json'], undefined, dir)
    expect(evaluationIn(c.stdout).scheme.id).toBe('hubei-department')
  })

  it('stops at a bad config with status 2 and the key at fault', () => {
    const cases: [unknown, string][] = [
      [
        { rules: { EVIDENCE_MISING: 'off' } },
        'option "rules.EVIDENCE_MISING" must be a rule code of the catalogue (did you mean "EVIDENCE_MISSING"?)',
      ],
      [
        { rules: { EVIDENCE_MISSING: 'warn' } },
        'option "rules.EVIDENCE_MISSING" must be one of "off", "info", "warning", "error"; received "warn"',
      ],
      [{ rule: {} }, "perf-eval.config.json: unknown key 'rule' (did you mean 'rules'?)"],
      [{ locale: 'fr' }, 'perf-eval.config.json: locale must be one of zh-CN, en (got "fr")'],
      [{ scheme: 'nope' }, "unknown scheme 'nope'"],
      [{ scheme: { id: 1 } }, 'perf-eval.config.json: scheme is not a valid scoring scheme'],
      [[], 'perf-eval.config.json: a config is a JSON object with rules, scheme, locale'],
      ['{ "rules": ', 'perf-eval.config.json:1:'],
    ]
    cases.forEach(([config, message], i) => {
      const r = cli(['validate', 'liwan.json'], undefined, folder(`bad-${i}`, config))
      expectUsageError(r, message)
    })
    expectUsageError(
      cli(['evaluate', 'liwan.json', '--config', 'missing.json'], undefined, folder('missing')),
      'evaluate: cannot read config missing.json: no such file or directory',
    )
  })

  it('works in-process through the injected I/O', async () => {
    const out: string[] = []
    const files: Record<string, string> = {
      'f.json': liwan(),
      'perf-eval.config.json': JSON.stringify({ rules: { BUDGET_COMPLETION_LOW: 'error' } }),
    }
    const io: CliIo = {
      stdout: (t) => out.push(t),
      stderr: (t) => out.push(t),
      readFile: (path) => {
        const text = files[path]
        if (text === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' })
        return text
      },
      readStdin: () => Promise.resolve(''),
      writeFile: () => undefined,
      isDirectory: () => false,
      readDir: () => [],
      join: (dir, name) => `${dir}/${name}`,
    }
    expect(await run(['validate', 'f.json'], io)).toBe(1)
    expect(out.join('').split('\n')[0]).toBe('f.json: 1 error, 3 warnings, 13 infos')
  })
})

describe('workbooks: import, and evaluate on .xlsx', () => {
  /** The seed's sheet, as a department's Excel file holds it. */
  function liwanWorkbook(name: string): string {
    const g = liwanGrid()
    const wb = XLSX.utils.book_new()
    const ws = XLSX.utils.aoa_to_sheet(g.rows.map((r) => [...(r ?? [])]) as unknown[][])
    ws['!merges'] = (g.merges ?? []).map((m) => XLSX.utils.decode_range(m))
    XLSX.utils.book_append_sheet(wb, ws, g.name)
    const path = join(dir, name)
    writeFileSync(
      path,
      new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer),
    )
    return path
  }

  it('import prints the form of a workbook as JSON, which evaluate reads back', () => {
    const xlsx = liwanWorkbook('liwan.xlsx')
    const r = cli(['import', xlsx])
    expect(r.status).toBe(0)
    const form = JSON.parse(r.stdout) as { kind: string; funding: { actual: string }[] }
    expect([form.kind, form.funding[0]?.actual]).toEqual(['department-overall', '5840. 18'])
    const json = tmp('imported.json', r.stdout)
    expect(cli(['evaluate', json, '--format', 'json']).stdout).toContain(
      '"completionRate": "89.31%"',
    )
  })

  it('evaluate and validate read a workbook directly, one form per sheet', () => {
    const xlsx = liwanWorkbook('direct.xlsx')
    const r = cli(['evaluate', xlsx, '--format', 'json'])
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('"completionRate": "89.31%"')
    expect(cli(['validate', xlsx]).status).toBe(0)
  })

  it('findings of a workbook form carry the cell to fix, in JSON and in validate', () => {
    const xlsx = liwanWorkbook('cells.xlsx')
    const e = evaluationIn(cli(['evaluate', xlsx, '--format', 'json']).stdout) as {
      findings: { code: string; cell?: string }[]
    }
    const low = e.findings.find((f) => f.code === 'BUDGET_COMPLETION_LOW')
    expect(low?.cell).toBe('荔湾区!B5')
    expect(e.findings.every((f) => typeof f.cell === 'string')).toBe(true)
    expect(cli(['validate', xlsx]).stdout).toMatch(
      /BUDGET_COMPLETION_LOW +荔湾区!B5 funding\[0\]:/u,
    )
    expect(cli(['evaluate', xlsx]).stdout).toContain('荔湾区!B5 · funding[0]')
  })

  it('--format xlsx writes the review workbook to --out; --format csv prints a review table', () => {
    const xlsx = liwanWorkbook('review-in.xlsx')
    const out = join(dir, 'review.xlsx')
    const r = cli(['evaluate', xlsx, '--format', 'xlsx', '--out', out])
    expect([r.status, r.stdout]).toEqual([0, ''])
    const wb = XLSX.read(readFileSync(out))
    expect(wb.SheetNames).toEqual(['汇总', '发现', '指标'])
    const summary = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets.汇总!, {
      header: 1,
    })
    expect(summary[1]?.[7]).toBeCloseTo(0.8931, 4)
    const findings = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets.发现!, {
      header: 1,
    })
    expect(findings.find((row) => row[3] === 'BUDGET_COMPLETION_LOW')?.[1]).toBe('荔湾区!B5')

    const csv = cli(['evaluate', xlsx, '--format', 'csv', '--table', 'findings', '--locale', 'en'])
    expect(csv.status).toBe(0)
    expect(csv.stdout.split('\r\n')[0]).toBe('\uFEFFForm,Cell,Location,Code,Severity,Message')
    expect(csv.stdout).toMatch(
      /荔湾区!B5,合计,BUDGET_COMPLETION_LOW,warning,Budget completion rate 89\.31%/u,
    )
  })

  it('--format xlsx without --out, and --table without csv, are usage errors', () => {
    expectUsageError(cli(['evaluate', LIWAN, '--format', 'xlsx']), /give --out review\.xlsx/u)
    expectUsageError(
      cli(['evaluate', LIWAN, '--table', 'findings']),
      /--table chooses the CSV table/u,
    )
  })

  it('a file named .xlsx that is not a workbook is a usage error naming it', () => {
    const fake = tmp('fake.xlsx', '资金来源,年初预算数\n合计,100')
    expectUsageError(cli(['import', fake]), /fake\.xlsx: no form found/u)
    expectUsageError(cli(['evaluate', fake]), /fake\.xlsx: no form found/u)
  })
})
