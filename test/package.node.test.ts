/**
 * The package as users get it: `npm pack` of the built repository (dist/, so `npm run build` first;
 * `npm test` does), publint --strict and attw (node16 profile) on it, then a fresh project that
 * `npm install`s the tarball (its dependencies come from the npm cache or registry) and uses it
 * through ESM `import`, CJS `require`, TypeScript (`tsc --noEmit`, ESM and CJS consumers, with the
 * repository's own typescript) and every examples/*.mjs; then a consumer compiled and run with the
 * LOWEST supported TypeScript (README "Install": 5.4 with full checking, 5.0 with `skipLibCheck`)
 * under each `moduleResolution` the README names.
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

// Three TypeScript installs and a consumer project: removing them takes a while on a busy disk.
afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true })
}, 60_000)

describe('the packed tarball', () => {
  it('holds the built entries, their types and the JSON Schema; no sources, maps or tests', () => {
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
      'package/dist/cli.js',
      'package/docs/self-evaluation.schema.json',
      'package/package.json',
    ]) {
      expect(listing).toContain(f)
    }
    // dist/ is readable unminified JS: no maps, and no src/ for them to point into
    // (docs/bundle-size.md, "The tarball").
    const unwanted = listing.filter((f) => /^package\/(src|test)\//.test(f) || f.endsWith('.map'))
    expect(unwanted).toEqual([])
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
    expect(Object.keys(analysis.entrypoints).sort()).toEqual([
      '.',
      './package.json',
      './rates',
      './self-evaluation.schema.json',
      './xlsx',
    ])
    // node10 ignores "exports" altogether (toolchain.md §2.9); every other mode must be clean.
    const counted = Object.values(problems)
      .flat()
      .filter((p) => p.resolutionKind !== 'node10')
    expect(counted).toEqual([])
  }, 120_000)
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

  it('ships the JSON Schema as a subpath export', () => {
    writeFileSync(
      join(project, 'schema.cjs'),
      "console.log(require('@lw/perf-eval/self-evaluation.schema.json').$id)",
    )
    expect(node(['schema.cjs']).trim()).toBe('urn:lw:perf-eval:self-evaluation')
  })

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
  }, 120_000)
})

/**
 * The lowest TypeScript the README promises with full checking (`skipLibCheck: false`): our
 * declarations compile on 5.0, but zod's use `NoInfer`, which TypeScript 5.4 introduced.
 */
const LOWEST_TYPESCRIPT = '5.4.5'
/** The lowest TypeScript that compiles a consumer with `skipLibCheck: true` (zod's types skipped). */
const LOWEST_TYPESCRIPT_SKIPPING_LIBS = '5.0.4'

/** A consumer: evaluates, renders, narrows a finding by severity (exhaustively) and by code. */
const CONSUMER = `import { evaluate, type Evaluation, type Finding, liwan2021Form, renderReport, type SelfEvaluation } from '@lw/perf-eval'
import { budgetCompletionRate, formatPercent } from '@lw/perf-eval/rates'

const e: Evaluation = evaluate(liwan2021Form)
const form: SelfEvaluation | null = e.form
function label(f: Finding): string {
  switch (f.severity) {
    case 'error':
      return 'E ' + f.code
    case 'warning':
      return 'W ' + f.code
    case 'info':
      return 'I ' + f.code
    default: {
      const unreachable: never = f.severity
      return unreachable
    }
  }
}
// Checking the code narrows the params: \`rate\` is known to be a string here.
let rate: string | null = null
for (const f of e.findings) if (f.code === 'BUDGET_COMPLETION_LOW') rate = f.params.rate
const text: string = renderReport(e, { format: 'markdown', locale: 'en' })
const r: string | null = budgetCompletionRate({ adjustedBudget: '32.4', actual: '31.69' })
const first = e.findings[0]
console.log(JSON.stringify([first === undefined ? null : label(first), rate, form?.funding[0]?.initialBudget, formatPercent(r), text.includes('89.31%')]))
`

/** The same, as a CommonJS module (`import … = require`). */
const CONSUMER_CJS = `import perfEval = require('@lw/perf-eval')
import rates = require('@lw/perf-eval/rates')
const e = perfEval.evaluate(perfEval.liwan2021Form)
const f: perfEval.Finding | undefined = e.findings[0]
console.log(JSON.stringify([f?.severity, e.summary.completionRate, rates.formatPercent(rates.budgetAdjustmentRate({ initialBudget: '6211.89', adjustment: '327.17' }))]))
`

describe('on the lowest supported TypeScript', () => {
  const tsc = (version: string) =>
    join(work, `typescript-${version}`, 'node_modules', 'typescript', 'bin', 'tsc')

  beforeAll(() => {
    for (const version of [LOWEST_TYPESCRIPT, LOWEST_TYPESCRIPT_SKIPPING_LIBS]) {
      const dir = join(work, `typescript-${version}`)
      mkdirSync(dir)
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'ts', private: true }))
      run('npm', ['install', '--prefer-offline', '--no-package-lock', `typescript@${version}`], dir)
    }
  }, 180_000)

  /** Compiles `file` in a folder of the consumer project with these options; returns tsc's output. */
  function compile(
    version: string,
    folder: string,
    file: string,
    source: string,
    options: Record<string, unknown>,
    more: readonly string[] = [],
  ): string {
    const dir = join(project, folder)
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, file), source)
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          strict: true,
          skipLibCheck: false,
          types: [],
          outDir: 'out',
          ...options,
        },
        files: [file, ...more],
      }),
    )
    return node([tsc(version), '-p', join(dir, 'tsconfig.json')], dir)
  }

  const expected = ['W BUDGET_COMPLETION_LOW', '89.31%', '6211.89', '97.81%', true]

  it(`TypeScript ${LOWEST_TYPESCRIPT}, node16, full checking: an ESM and a CommonJS consumer compile and run`, () => {
    // One program for both files: checking zod's declarations is most of the time.
    const dir = join(project, 'ts-full')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'consumer-cjs.cts'), CONSUMER_CJS)
    const options = { module: 'node16', moduleResolution: 'node16', skipLibCheck: false }
    expect(
      compile(LOWEST_TYPESCRIPT, 'ts-full', 'consumer.ts', CONSUMER, options, ['consumer-cjs.cts']),
    ).toBe('')
    expect(JSON.parse(node([join(dir, 'out', 'consumer.js')]))).toEqual(expected)
    expect(JSON.parse(node([join(dir, 'out', 'consumer-cjs.cjs')]))).toEqual([
      'warning',
      '89.31%',
      '5.27%',
    ])
  }, 180_000)

  it.each([
    [LOWEST_TYPESCRIPT, 'bundler', { module: 'esnext', moduleResolution: 'bundler' }],
    [LOWEST_TYPESCRIPT, 'nodenext', { module: 'nodenext', moduleResolution: 'nodenext' }],
    [
      LOWEST_TYPESCRIPT_SKIPPING_LIBS,
      'nodenext',
      { module: 'nodenext', moduleResolution: 'nodenext' },
    ],
  ] as const)(
    'TypeScript %s, moduleResolution %s, skipLibCheck: compiles and runs',
    (version, name, options) => {
      const folder = `ts-${version}-${name}`
      expect(
        compile(version, folder, 'consumer.ts', CONSUMER, { ...options, skipLibCheck: true }),
      ).toBe('')
      expect(JSON.parse(node([join(project, folder, 'out', 'consumer.js')]))).toEqual(expected)
    },
    120_000,
  )

  it('moduleResolution node10 reads the main entry but not the ./rates subpath (README)', () => {
    const source =
      "import { evaluate } from '@lw/perf-eval'\nimport { formatPercent } from '@lw/perf-eval/rates'\nexport const x = [evaluate, formatPercent]\n"
    const options = { module: 'commonjs', moduleResolution: 'node10', skipLibCheck: true }
    let errors = ''
    try {
      compile(LOWEST_TYPESCRIPT, 'ts-node10', 'consumer.ts', source, options)
    } catch (error) {
      errors = (error as Error).message
    }
    const lines = errors.split('\n').filter((l) => /error TS\d+/.test(l))
    expect(lines).toEqual([
      expect.stringContaining("error TS2307: Cannot find module '@lw/perf-eval/rates'"),
    ])
  }, 120_000)
})
