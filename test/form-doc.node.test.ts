/**
 * Every JSON example of docs/form.md after the first (the minimal form, which
 * test/json-schema.node.test.ts checks on its own) is a complete form that passes the strict
 * reading and evaluates: the JSON in the docs can never drift from the schema.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { evaluate, parseSelfEvaluation } from '../src/index'

interface Block {
  readonly line: number
  readonly heading: string
  readonly json: string
}

function jsonBlocks(text: string): Block[] {
  const blocks: Block[] = []
  const fence = /^```json\n([\s\S]*?)\n```$/gm
  for (let m = fence.exec(text); m !== null; m = fence.exec(text)) {
    const before = text.slice(0, m.index)
    const headings = before.match(/^#{2,3} .*$/gm) ?? []
    blocks.push({
      line: before.split('\n').length,
      heading: headings[headings.length - 1] ?? '',
      json: m[1] ?? '',
    })
  }
  return blocks
}

const text = readFileSync(new URL('../docs/form.md', import.meta.url), 'utf8')
const blocks = jsonBlocks(text).slice(1)

describe('docs/form.md JSON examples', () => {
  it('has an example for every printed layout', () => {
    const layouts = text.match(/^### \([a-j]\) /gm) ?? []
    expect(layouts).toHaveLength(10)
    expect(blocks.length).toBeGreaterThanOrEqual(layouts.length)
  })

  it.each(blocks.map((b) => [`line ${b.line} (${b.heading})`, b] as const))(
    '%s passes the strict reading and evaluates',
    (_, block) => {
      const input: unknown = JSON.parse(block.json)
      const parsed = parseSelfEvaluation(input, { mode: 'strict' })
      expect(parsed.success ? [] : parsed.findings.map((f) => f.message)).toEqual([])
      expect(parsed.success).toBe(true)
      const evaluation = evaluate(input)
      expect(evaluation.outcome).toBe('evaluated')
      // Read exactly as written: nothing dropped, coerced or left out by the tolerant reading.
      const reading = evaluation.findings.filter((f) =>
        ['UNKNOWN_FIELD', 'VALUE_COERCED', 'FORM_KIND_INFERRED', 'SCHEMA_INVALID'].includes(f.code),
      )
      expect(reading).toEqual([])
    },
  )
})
