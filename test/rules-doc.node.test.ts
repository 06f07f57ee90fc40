/**
 * docs/rules.md is generated from the rule catalogue. This test fails when the two differ;
 * `npm run docs:rules` rewrites the file. So are the finding types (src/findings/codes.generated.ts,
 * `npm run gen:findings`).
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { RULES_DOCS, type RuleDefinition, ruleDocsUrl, rules, schemes } from '../src/index'

const ROOT = join(import.meta.dirname, '..')

const AREA_TITLES: Readonly<Record<string, string>> = {
  input: 'Input',
  money: 'Money',
  rates: 'Budget rates',
  targets: 'Targets',
  formula: 'Formulas',
  assessment: 'Indicator assessment',
  score: 'Scores and weights',
  form: 'The form as a whole',
  evidence: 'Evidence',
}

const cell = (s: string) => s.replaceAll('|', '\\|').replaceAll('\n', ' ')

function renderRules(all: readonly RuleDefinition[]): string {
  const lines = [
    '# Rule catalogue',
    '',
    '<!-- Generated from `rules` (src/findings/catalogue/) by test/rules-doc.node.test.ts;',
    '     run `npm run docs:rules` after changing the catalogue. -->',
    '',
    'Every finding the library emits has a stable code listed here, a default severity, a one-line',
    'description and message templates in zh-CN (the default) and English. `{name}` placeholders are',
    "filled from the finding's `params`; the params of each rule are listed with their types (a",
    'name ending in `?` is carried by some of its findings only). Thresholds name the keys of a',
    "scheme's `thresholds` (see `schemes`) that the rule reads; their defaults under",
    '`mof-2020-project` are given. A finding links its section here in `docs`.',
    '',
    `${all.length} rules.`,
    '',
  ]
  const thresholds = schemes['mof-2020-project'].thresholds as Record<string, unknown>
  const areas = [...new Set(all.map((r) => r.area))]
  for (const area of areas) {
    lines.push(`## ${AREA_TITLES[area] ?? area}`, '')
    lines.push('| code | severity | description | thresholds |', '|---|---|---|---|')
    for (const r of all.filter((x) => x.area === area)) {
      const th = r.thresholds
        .map((t) => {
          const v = thresholds[t]
          return v === undefined
            ? `\`${t}\``
            : `\`${t}\` = ${typeof v === 'string' ? v : JSON.stringify(v)}`
        })
        .join(', ')
      lines.push(
        `| \`${r.code}\` | ${r.severity} | ${cell(r.description.en)}<br>${cell(r.description['zh-CN'])} | ${cell(th || '—')} |`,
      )
    }
    lines.push('')
    for (const r of all.filter((x) => x.area === area)) {
      const params = Object.entries(r.params).map(([name, type]) => `\`${name}\` ${type}`)
      lines.push(
        `### ${r.code}`,
        '',
        `- zh-CN: ${r.message['zh-CN']}`,
        `- en: ${r.message.en}`,
        `- params: ${params.join(', ') || '—'}`,
        '',
      )
    }
  }
  return `${lines.join('\n').trimEnd()}\n`
}

describe('docs/rules.md', () => {
  it('matches the catalogue', async () => {
    await expect(renderRules(rules)).toMatchFileSnapshot('../docs/rules.md')
  })

  it('has the section every finding links to (GitHub anchors: the heading in lower case)', () => {
    const text = readFileSync(join(ROOT, RULES_DOCS), 'utf8')
    const anchors = new Set(
      [...text.matchAll(/^#+ (.+)$/gm)].map((m) =>
        (m[1] ?? '')
          .toLowerCase()
          .replace(/[^\p{L}\p{N}\s_-]/gu, '')
          .replace(/\s/g, '-'),
      ),
    )
    for (const r of rules) expect(anchors, r.code).toContain(ruleDocsUrl(r.code).split('#')[1])
  })

  it('has finding types generated from the current catalogue', () => {
    const check = spawnSync(process.execPath, ['scripts/gen-finding-types.mjs', '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
    })
    expect(check.stderr).toBe('')
    expect(check.status).toBe(0)
  })

  it('has unique codes, both messages and a description for every rule', () => {
    const codes = rules.map((r) => r.code)
    expect(new Set(codes).size).toBe(codes.length)
    for (const r of rules) {
      expect(r.code).toMatch(/^[A-Z][A-Z0-9_]+$/)
      expect(r.message['zh-CN'].length).toBeGreaterThan(0)
      expect(r.message.en.length).toBeGreaterThan(0)
      expect(r.description['zh-CN'].length).toBeGreaterThan(0)
      expect(r.description.en.length).toBeGreaterThan(0)
      // Every placeholder of one locale is in the other, so params serve both.
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
      expect(names(r.message.en)).toEqual(names(r.message['zh-CN']))
    }
  })

  it('holds every code of the public contract', () => {
    const contract = [
      'FUNDING_TOTAL_MISMATCH',
      'REPORTED_RATE_MISMATCH',
      'BUDGET_COMPLETION_LOW',
      'BUDGET_OVERSPENT',
      'BUDGET_ADJUSTMENT_HIGH',
      'RATE_UNDEFINED',
      'TASK_FUNDS_EXCEED_BUDGET',
      'TARGET_UNPARSEABLE',
      'TARGET_MISSING',
      'FORMULA_UNPARSEABLE',
      'FORMULA_INVERTED_RATIO',
      'TARGET_FORMULA_UNIT_MISMATCH',
      'INDICATOR_NOT_MET_WITHOUT_REASON',
      'INDICATOR_ACTUAL_MISSING',
      'INDICATOR_OVER_TARGET',
      'SCORE_EXCEEDS_WEIGHT',
      'SCORE_OUT_OF_BAND',
      'SCORE_TOTAL_MISMATCH',
      'WEIGHTS_NOT_100',
      'PROBLEM_WITHOUT_IMPROVEMENT',
      'AMOUNT_UNIT_SUSPECT',
      'EVIDENCE_MISSING',
      'EVIDENCE_DATE_OUTSIDE_PERIOD',
    ]
    const codes = new Set(rules.map((r) => r.code))
    for (const code of contract) expect(codes, code).toContain(code)
  })
})
