// Writes src/findings/codes.generated.ts — the `FindingCode` union and the `FindingParamsMap` of
// each code's params — from the rule catalogue, so the catalogue stays the one source of codes,
// messages, docs and types. `npm run gen:findings` rewrites it; `--check` (run by
// test/findings.types.test.ts) exits 1 when the committed file is out of date.
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const catalogue = fileURLToPath(new URL('../src/findings/catalogue/index.ts', import.meta.url))
const target = fileURLToPath(new URL('../src/findings/codes.generated.ts', import.meta.url))

/** The catalogue's `rules`, bundled from source: this runs before any build of the library. */
async function loadRules() {
  const bundle = await build({
    entryPoints: [catalogue],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'silent',
  })
  const code = bundle.outputFiles[0]?.text ?? ''
  const mod = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)
  return mod.rules
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/

/** A doc comment's text: no comment terminator, one line. */
const docText = (text) => text.replace(/\*\//g, '* /').replace(/\s+/g, ' ').trim()

/** A code's params type, each param documented by where it goes (the docs test asks for it). */
function paramsType(rule) {
  const entries = Object.entries(rule.params)
  if (entries.length === 0) return 'Record<string, never>'
  const templates = `${rule.message['zh-CN']} ${rule.message.en}`
  const fields = entries.flatMap(([name, type]) => {
    // A name ending in '?' is a param that only some findings of the code carry.
    const optional = name.endsWith('?')
    const bare = optional ? name.slice(0, -1) : name
    const key = IDENTIFIER.test(bare) ? bare : JSON.stringify(bare)
    const use = templates.includes(`{${bare}}`)
      ? `Filled into the message's \`{${bare}}\`.`
      : 'Carried for tools and reports; not in the message.'
    return [
      `/** ${use}${optional ? ' Only some findings carry it.' : ''} */`,
      `readonly ${key}${optional ? '?' : ''}: ${type}`,
    ]
  })
  return `{\n${fields.map((f) => `    ${f}`).join('\n')}\n  }`
}

/** The generated module's text, formatted as biome formats it. */
export function renderFindingTypes(rules) {
  const usesParam = rules.some((r) => Object.values(r.params).includes('FindingParam'))
  const lines = [
    '// Generated from the rule catalogue (src/findings/catalogue/) by scripts/gen-finding-types.mjs;',
    '// run `npm run gen:findings` after changing the catalogue. test/findings.types.test.ts fails',
    '// when this file is out of date. Do not edit.',
  ]
  if (usesParam) lines.push("import type { FindingParam } from './types'")
  lines.push(
    '',
    '/**',
    ' * Every finding code of the rule catalogue, one string literal each: a misspelt code does not',
    ' * compile.',
    ' *',
    ' * @example',
    ' * ```ts',
    " * import type { FindingCode } from '@lw/perf-eval'",
    " * const code: FindingCode = 'BUDGET_COMPLETION_LOW'",
    ' * ```',
    ' */',
    'export type FindingCode =',
    ...rules.map((r) => `  | '${r.code}'`),
    '',
    '/**',
    " * The params of each code's findings: the placeholders of its messages and the extras the",
    ' * catalogue lists, each with its type.',
    ' *',
    ' * @example',
    ' * ```ts',
    " * import type { FindingParamsMap } from '@lw/perf-eval'",
    " * const p: FindingParamsMap['BUDGET_COMPLETION_LOW'] = { rate: '89.31%', threshold: '90.00%' }",
    ' * ```',
    ' */',
    'export interface FindingParamsMap {',
    ...rules.flatMap((r) => [
      `  /** ${docText(r.description.en)} */`,
      `  readonly ${r.code}: ${paramsType(r)}`,
    ]),
    '}',
    '',
  )
  return lines.join('\n')
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]
if (isMain) {
  const text = renderFindingTypes(await loadRules())
  if (process.argv.includes('--check')) {
    let current = ''
    try {
      current = readFileSync(target, 'utf8')
    } catch {
      // A missing file is out of date like any other.
    }
    if (current !== text) {
      console.error(
        'src/findings/codes.generated.ts is out of date; run `npm run gen:findings` and commit it.',
      )
      process.exit(1)
    }
  } else {
    writeFileSync(target, text)
  }
}
