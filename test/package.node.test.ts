/**
 * The package as users get it: `npm pack` of the built repository (dist/, so `npm run build` first;
 * `npm test` does), publint --strict and attw (node16 profile) on it, then a fresh project that
 * `npm install`s the tarball (its dependencies come from the npm cache or registry) and uses it
 * through ESM `import`, CJS `require`, TypeScript (`tsc --noEmit`, ESM and CJS consumers, with the
 * repository's own typescript) and every examples/*.mjs.
 */
import { execFileSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '..')
const bin = (name: string) => join(root, 'node_modules', '.bin', name)
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string
  version: string
}

let work = ''
let tarball = ''
let project = ''

function run(file: string, args: readonly string[], cwd: string): string {
  try {
    return execFileSync(file, args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' },
    })
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string }
    throw new Error(
      `${file} ${args.join(' ')} failed:\n${e.stdout ?? ''}\n${e.stderr ?? e.message}`,
      { cause: error },
    )
  }
}

const node = (args: readonly string[], cwd = project) => run(process.execPath, args, cwd)

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'index.js'))) {
    throw new Error('dist/ is missing: run `npm run build` first')
  }
  work = mkdtempSync(join(tmpdir(), 'perf-eval-package-'))
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root)) as {
    filename: string
  }[]
  tarball = join(work, packed[0]?.filename ?? '')
  project = join(work, 'consumer')
  mkdirSync(project)
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  )
  run('npm', ['install', '--prefer-offline', '--no-package-lock', tarball], project)
}, 180_000)

afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true })
})

describe('the packed tarball', () => {
  it('holds the built entries, their types and the sources, and no tests', () => {
    const listing = run('tar', ['-tzf', tarball], work).split('\n')
    for (const f of [
      'package/dist/index.js',
      'package/dist/index.cjs',
      'package/dist/index.d.ts',
      'package/dist/index.d.cts',
      'package/dist/entry-rates.js',
      'package/dist/entry-rates.cjs',
      'package/dist/entry-rates.d.ts',
      'package/dist/entry-rates.d.cts',
      'package/src/index.ts',
      'package/package.json',
    ]) {
      expect(listing).toContain(f)
    }
    expect(listing.filter((f) => f.startsWith('package/test/'))).toEqual([])
  })

  it('passes publint --strict', () => {
    expect(run(bin('publint'), ['--strict'], root)).toContain('All good!')
  }, 60_000)

  it('passes @arethetypeswrong/cli (node16 profile: node16 from CJS and ESM, bundler)', () => {
    // attw exits non-zero on a problem; the JSON also says which entry points it checked.
    const out = run(bin('attw'), [tarball, '--profile', 'node16', '--format', 'json'], root)
    const { analysis, problems } = JSON.parse(out) as {
      analysis: { entrypoints: Record<string, unknown> }
      problems: Record<string, { resolutionKind?: string }[]>
    }
    expect(Object.keys(analysis.entrypoints).sort()).toEqual(['.', './package.json', './rates'])
    // node10 ignores "exports" altogether (toolchain.md §2.9); every other mode must be clean.
    const counted = Object.values(problems)
      .flat()
      .filter((p) => p.resolutionKind !== 'node10')
    expect(counted).toEqual([])
  }, 60_000)
})

describe('installed into a fresh project', () => {
  it('is installed under its name with its dependencies', () => {
    const installed = JSON.parse(
      readFileSync(join(project, 'node_modules', '@lw', 'perf-eval', 'package.json'), 'utf8'),
    ) as { version: string }
    expect(installed.version).toBe(pkg.version)
    for (const dep of ['zod', 'decimal.js', 'date-fns']) {
      expect(existsSync(join(project, 'node_modules', dep, 'package.json'))).toBe(true)
    }
  })

  it('works through ESM import, main entry and ./rates', () => {
    writeFileSync(
      join(project, 'esm.mjs'),
      [
        "import { evaluate, liwan2021Form, SelfEvaluationSchema } from '@lw/perf-eval'",
        "import { budgetCompletionRate, formatPercent } from '@lw/perf-eval/rates'",
        'const e = evaluate(liwan2021Form)',
        "const r = budgetCompletionRate({ initialBudget: '6211.89', adjustment: '327.17', actual: '5840.18' })",
        'console.log(JSON.stringify([e.valid, e.summary.completionRate, formatPercent(r), typeof SelfEvaluationSchema.safeParse]))',
      ].join('\n'),
    )
    expect(JSON.parse(node(['esm.mjs']))).toEqual([true, '89.31%', '89.31%', 'function'])
  })

  it('works through CJS require, main entry and ./rates', () => {
    writeFileSync(
      join(project, 'cjs.cjs'),
      [
        "const { evaluate, liwan2021Form } = require('@lw/perf-eval')",
        "const { budgetAdjustmentRate, formatPercent } = require('@lw/perf-eval/rates')",
        "const r = budgetAdjustmentRate({ initialBudget: '6211.89', adjustment: '327.17' })",
        'console.log(JSON.stringify([evaluate(liwan2021Form).summary.adjustmentRate, formatPercent(r)]))',
      ].join('\n'),
    )
    expect(JSON.parse(node(['cjs.cjs']))).toEqual(['5.27%', '5.27%'])
  })

  it('type-checks for a TypeScript consumer (nodenext: an ESM and a CJS file)', () => {
    writeFileSync(
      join(project, 'consumer.ts'),
      [
        "import { evaluate, type Evaluation, type Finding, liwan2021Form } from '@lw/perf-eval'",
        "import { budgetCompletionRate, formatPercent, type RateResult } from '@lw/perf-eval/rates'",
        'const e: Evaluation = evaluate(liwan2021Form)',
        'const findings: readonly Finding[] = e.findings',
        "const rate: string | null = budgetCompletionRate({ adjustedBudget: '32.4', actual: '31.69' })",
        'const failed: RateResult | undefined = undefined',
        'export const shown: (string | null)[] = [formatPercent(rate), e.summary.completionRate]',
        'export const count: number = findings.length + (failed === undefined ? 0 : 1)',
        '// @ts-expect-error: a rate is a decimal string, never a number',
        'export const wrong: number = budgetCompletionRate({ adjustedBudget: 1, actual: 1 })',
      ].join('\n'),
    )
    writeFileSync(
      join(project, 'consumer-cjs.cts'),
      [
        "import perfEval = require('@lw/perf-eval')",
        "import rates = require('@lw/perf-eval/rates')",
        'export const r: string | null = rates.formatPercent(perfEval.evaluate(perfEval.liwan2021Form).form?.funding[0]?.printed?.completionRate ?? null)',
      ].join('\n'),
    )
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'nodenext',
          moduleResolution: 'nodenext',
          strict: true,
          exactOptionalPropertyTypes: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: ['consumer.ts', 'consumer-cjs.cts'],
      }),
    )
    // The repository's own compiler; throws with tsc's messages when the types are wrong.
    expect(
      node([join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json']),
    ).toBe('')
  }, 60_000)

  it('runs every examples/*.mjs against the installed package', () => {
    const examples = join(project, 'examples')
    mkdirSync(examples, { recursive: true })
    const files = readdirSync(join(root, 'examples'))
    for (const f of files) {
      if (f.endsWith('.mjs') || f.endsWith('.json')) {
        copyFileSync(join(root, 'examples', f), join(examples, f))
      }
    }
    const scripts = files.filter((f) => f.endsWith('.mjs'))
    expect(scripts.length).toBeGreaterThanOrEqual(2)
    for (const f of scripts) {
      // Throws with the example's output when it exits non-zero.
      expect(node([join(examples, f)]).length, f).toBeGreaterThan(0)
    }
  }, 60_000)
})
