/**
 * Runs every `@example` in the TSDoc of src/ against the library's source. A line of the form
 * `expression // value`, where the comment is a JavaScript literal, becomes an assertion: a wrong
 * example fails CI. Comments that are prose are left alone.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { runInNewContext } from 'node:vm'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '..')
const outDir = join(root, 'test-output', 'doc-examples')

interface Example {
  readonly file: string
  readonly line: number
  readonly code: string
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return path.endsWith('.ts') ? [path] : []
  })
}

function examplesIn(file: string): Example[] {
  const text = readFileSync(file, 'utf8')
  const found: Example[] = []
  const fence = /@example\s*\n(?:\s*\*\s*)?```ts\n([\s\S]*?)\n\s*\*\s*```/g
  for (let m = fence.exec(text); m !== null; m = fence.exec(text)) {
    const code = (m[1] ?? '')
      .split('\n')
      .map((l) => l.replace(/^\s*\* ?/, ''))
      .join('\n')
    const line = text.slice(0, m.index).split('\n').length
    found.push({ file: relative(root, file), line, code })
  }
  return found
}

const NOT_EXPRESSION =
  /^(const|let|var|import|export|if|for|while|return|type|interface|function|class|\}|\{|\/\/)/

/** Parses a comment as a JavaScript literal, or returns undefined when it is prose. */
function literal(comment: string): { value: unknown } | undefined {
  try {
    // Test-only: the comment text comes from our own source files; a fresh context keeps it apart.
    const value: unknown = runInNewContext(`(${comment})`, {}, { timeout: 100 })
    return value === undefined ? undefined : { value }
  } catch {
    return undefined
  }
}

function instrument(code: string, indexPath: string): { source: string; checks: number } {
  let checks = 0
  const lines = code.split('\n').map((line) => {
    const at = line.lastIndexOf(' // ')
    if (at < 0) return line
    const expr = line.slice(0, at).trim()
    const comment = line.slice(at + 4).trim()
    if (expr === '' || NOT_EXPRESSION.test(expr) || expr.endsWith(';')) return line
    if (!literal(comment)) return line
    checks++
    return `__check(() => (${expr}), (${comment}))`
  })
  const body = lines
    .join('\n')
    .replaceAll("'@lw/perf-eval'", JSON.stringify(indexPath))
    .replaceAll("'@lw/perf-eval/rates'", JSON.stringify(join(dirname(indexPath), 'entry-rates.ts')))
    .replaceAll("'@lw/perf-eval/xlsx'", JSON.stringify(join(dirname(indexPath), 'entry-xlsx.ts')))
  const header = [
    "import { expect as __expect } from 'vitest'",
    'function __check(actual: () => unknown, expected: unknown): void {',
    '  const value = actual()',
    "  if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) __expect(value).toMatchObject(expected as object)",
    '  else __expect(value).toEqual(expected)',
    '}',
  ].join('\n')
  return { source: `${header}\n${body}\nexport {}\n`, checks }
}

const files = sourceFiles(join(root, 'src')).filter((f) => !f.includes('src/cli/'))

/** The ```ts blocks of README.md: its usage examples are run and checked like the TSDoc ones. */
function readmeExamples(): Example[] {
  const file = join(root, 'README.md')
  const text = readFileSync(file, 'utf8')
  const found: Example[] = []
  const fence = /```ts\n([\s\S]*?)\n```/g
  for (let m = fence.exec(text); m !== null; m = fence.exec(text)) {
    const line = text.slice(0, m.index).split('\n').length
    found.push({ file: 'README.md', line, code: m[1] ?? '' })
  }
  return found
}

const examples = [...files.flatMap(examplesIn), ...readmeExamples()]

/**
 * Every name a public entry exports, with whether its declaration's TSDoc has an `@example`.
 * Read with the TypeScript compiler, so type-only exports count too.
 */
function exportsWithoutExample(entries: readonly string[]): string[] {
  const program = ts.createProgram(entries, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.Preserve,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    resolveJsonModule: true,
    noEmit: true,
  })
  const checker = program.getTypeChecker()
  const missing = new Set<string>()
  for (const entry of entries) {
    const source = program.getSourceFile(entry)
    const moduleSymbol = source && checker.getSymbolAtLocation(source)
    if (!moduleSymbol) throw new Error(`cannot read the exports of ${entry}`)
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol =
        exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported
      const documented = (symbol.declarations ?? []).some((d) =>
        ts.getJSDocTags(d).some((tag) => tag.tagName.text === 'example'),
      )
      if (!documented) missing.add(exported.name)
    }
  }
  return [...missing].sort()
}

describe('TSDoc examples', () => {
  it('exist for the public API', () => {
    expect(examples.length).toBeGreaterThan(30)
  })

  it('exist for every export of src/index.ts, src/entry-rates.ts and src/entry-xlsx.ts', () => {
    const entries = ['index.ts', 'entry-rates.ts', 'entry-xlsx.ts'].map((f) => join(root, 'src', f))
    expect(exportsWithoutExample(entries)).toEqual([])
  }, 60_000)

  it.each(examples.map((e) => [`${e.file}:${e.line}`, e] as const))(
    '%s runs',
    async (_name, ex) => {
      const name = `${ex.file.replaceAll('/', '_').replace(/\.ts$/, '')}_${ex.line}.ts`
      const path = join(outDir, name)
      mkdirSync(dirname(path), { recursive: true })
      const { source } = instrument(ex.code, join(root, 'src', 'index.ts'))
      writeFileSync(path, source)
      await import(/* @vite-ignore */ path)
    },
  )
})
