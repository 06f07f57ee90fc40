/**
 * src/schema/form-types.generated.ts — the named interfaces users see for a parsed form
 * (`SelfEvaluation`, `FundingRow`, `Indicator`, …) — is generated here from the Zod schema (the
 * shape) and src/schema/form-docs.ts (the property comments, the same texts as the JSON Schema's).
 * This test fails when the committed file is not what the schema and the docs make
 * (`npm run docs:form-types` rewrites it), when a field has no docs or docs name no field, and when
 * the schema's output type is not exactly the interface.
 */
import { spawnSync } from 'node:child_process'
import { join, resolve } from 'node:path'
import { describe, expect, expectTypeOf, it } from 'vitest'
import type * as z from 'zod/mini'
import type { $ZodType } from 'zod/v4/core'
import { AmountField, DecimalField, IdField, PrintedField } from '../src/schema/fields'
import {
  EvidenceSchema,
  FormKindSchema,
  FundingRowSchema,
  FundingSourceSchema,
  IndicatorGroupSchema,
  IndicatorSchema,
  IndicatorStatusSchema,
  SelfEvaluationSchema,
  TaskSchema,
  YearPairSchema,
} from '../src/schema/form'
import { type FieldDoc, type FieldDocs, selfEvaluationDocs } from '../src/schema/form-docs'
import type {
  Evidence,
  FormKind,
  FundingRow,
  FundingSource,
  Indicator,
  IndicatorGroup,
  IndicatorStatus,
  SelfEvaluation,
  Task,
  YearPair,
} from '../src/schema/form-types.generated'

const root = resolve(import.meta.dirname, '..')
const target = join(root, 'src', 'schema', 'form-types.generated.ts')

/** The zod definition fields the generator reads. */
interface Def {
  readonly type: string
  readonly shape?: Record<string, $ZodType>
  readonly innerType?: $ZodType
  readonly element?: $ZodType
  readonly entries?: Record<string, string>
  readonly keyType?: $ZodType
  readonly valueType?: $ZodType
}
const def = (s: $ZodType) => s._zod.def as unknown as Def

/** Field schemas whose output a transform decides: their output type, as z.output gives it. */
const FIELD_TYPES = new Map<$ZodType, string>([
  [AmountField, 'string | undefined'],
  [DecimalField, 'string | undefined'],
  [PrintedField, 'string'],
  [IdField, 'string'],
])

interface Named {
  readonly name: string
  readonly schema: $ZodType
  readonly docs: (root: FieldDocs) => FieldDocs | undefined
  readonly summary: string
  readonly example: string
}

const fieldsOf = (doc: FieldDoc | undefined) => doc?.fields

/** The named types, in the order they are written; the rest are inline object types. */
const NAMED: readonly Named[] = [
  {
    name: 'SelfEvaluation',
    schema: SelfEvaluationSchema,
    docs: (r) => r,
    summary:
      'A parsed, normalised self-evaluation form (绩效自评表): amounts are canonical decimal strings, printed figures are strings as printed, lists are present (possibly empty). The output of `SelfEvaluationSchema`.',
    example:
      "import type { SelfEvaluation } from '@lw/perf-eval'\nconst unitOf = (form: SelfEvaluation) => form.unit",
  },
  {
    name: 'FundingRow',
    schema: FundingRowSchema,
    docs: (r) => fieldsOf(r.funding),
    summary: 'One funding row of a parsed form: budget against actual for one source (资金来源).',
    example:
      "import type { FundingRow } from '@lw/perf-eval'\nconst isTotal = (row: FundingRow) => row.source === 'total'",
  },
  {
    name: 'Task',
    schema: TaskSchema,
    docs: (r) => fieldsOf(r.tasks),
    summary: 'One main task (主要任务) of a parsed department-overall form.',
    example:
      "import type { Task } from '@lw/perf-eval'\nconst count = (t: Task) => t.indicators.length",
  },
  {
    name: 'Indicator',
    schema: IndicatorSchema,
    docs: (r) => fieldsOf(r.indicators),
    summary: 'One key performance indicator (关键指标 / 绩效指标) of a parsed form.',
    example:
      "import type { Indicator } from '@lw/perf-eval'\nconst hasTarget = (i: Indicator) => i.target !== undefined",
  },
  {
    name: 'Evidence',
    schema: EvidenceSchema,
    docs: (r) => fieldsOf(fieldsOf(r.indicators)?.evidence),
    summary: 'One piece of evidence (佐证材料) backing an indicator’s actual.',
    example:
      "import type { Evidence } from '@lw/perf-eval'\nconst dated = (e: Evidence) => e.date !== undefined",
  },
  {
    name: 'YearPair',
    schema: YearPairSchema,
    docs: (r) => fieldsOf(fieldsOf(r.basicData)?.threePublicExpenses),
    summary: 'A figure of this year beside last year’s, as basic-data tables print them.',
    example:
      "import type { YearPair } from '@lw/perf-eval'\nconst comparable = (p: YearPair) => p.current !== undefined && p.previous !== undefined",
  },
  {
    name: 'IndicatorGroup',
    schema: IndicatorGroupSchema,
    docs: (r) => fieldsOf(r.groups),
    summary: 'An indicator group that prints its points (产出指标(50分), 数量指标 15 分).',
    example:
      "import type { IndicatorGroup } from '@lw/perf-eval'\nconst output: IndicatorGroup = { level1: '产出指标', weight: '50' }",
  },
  {
    name: 'FormKind',
    schema: FormKindSchema,
    docs: () => undefined,
    summary:
      'The kind of form: `department-overall` (部门整体支出绩效自评表) or `project` (项目支出绩效自评表).',
    example: "import type { FormKind } from '@lw/perf-eval'\nconst k: FormKind = 'project'",
  },
  {
    name: 'FundingSource',
    schema: FundingSourceSchema,
    docs: () => undefined,
    summary: 'A funding source code (资金来源); see `FundingSourceSchema` for the Chinese names.',
    example:
      "import type { FundingSource } from '@lw/perf-eval'\nconst s: FundingSource = 'general-public-budget'",
  },
  {
    name: 'IndicatorStatus',
    schema: IndicatorStatusSchema,
    docs: () => undefined,
    summary: 'An indicator status written on the form (or chosen by a reviewer).',
    example:
      "import type { IndicatorStatus } from '@lw/perf-eval'\nconst s: IndicatorStatus = 'not-carried-out'",
  },
]
const NAME_OF = new Map<$ZodType, string>(NAMED.map((n) => [n.schema, n.name]))

/** Splits a line at spaces so that the comment stays within the repository's 100 columns. */
function wrap(line: string, width: number): string[] {
  const out: string[] = []
  let current = ''
  for (const word of line.split(' ')) {
    if (current !== '' && current.length + 1 + word.length > width) {
      out.push(current)
      current = word
    } else current = current === '' ? word : `${current} ${word}`
  }
  return [...out, current]
}

function comment(text: readonly string[], indent: string): string {
  const lines = text.flatMap((l) =>
    l.startsWith('```') || l.startsWith('import') || l.startsWith('const')
      ? [l]
      : wrap(l, 96 - indent.length),
  )
  return `${indent}/**\n${lines.map((l) => `${indent} *${l === '' ? '' : ` ${l}`}`).join('\n')}\n${indent} */\n`
}

function propertyComment(doc: FieldDoc, indent: string): string {
  return comment(
    [
      `**${doc.title['zh-CN']}** (${doc.title.en}): ${doc.description.en}`,
      '',
      doc.description['zh-CN'],
    ],
    indent,
  )
}

/** The output type of a schema, as TypeScript text; object types inline, with their docs. */
function typeText(
  schema: $ZodType,
  docs: FieldDocs | undefined,
  indent: string,
  at: string,
): string {
  const field = FIELD_TYPES.get(schema)
  if (field !== undefined) return field
  const named = NAME_OF.get(schema)
  if (named !== undefined) return named
  const d = def(schema)
  switch (d.type) {
    case 'string':
      return 'string'
    case 'number':
      return 'number'
    case 'boolean':
      return 'boolean'
    case 'unknown':
      return 'unknown'
    case 'enum':
      return Object.values(d.entries ?? {})
        .map((v) => `'${v}'`)
        .join(' | ')
    case 'array': {
      const element = typeText(d.element!, docs, indent, at)
      return /[|&]/.test(element) && !element.startsWith('{') ? `(${element})[]` : `${element}[]`
    }
    case 'record':
      return `Record<${typeText(d.keyType!, undefined, indent, at)}, ${typeText(d.valueType!, undefined, indent, at)}>`
    case 'object':
      return `{\n${members(d.shape ?? {}, docs, `${indent}  `, at)}${indent}}`
    default:
      throw new Error(`${at}: no TypeScript type for a zod ${d.type}`)
  }
}

/** The members of an object type: one documented property per key of the shape. */
function members(
  shape: Record<string, $ZodType>,
  docs: FieldDocs | undefined,
  indent: string,
  at: string,
): string {
  let out = ''
  for (const [key, value] of Object.entries(shape)) {
    const doc = docs?.[key]
    if (doc === undefined) throw new Error(`${at}.${key}: no docs in src/schema/form-docs.ts`)
    const d = def(value)
    const optional = d.type === 'optional'
    const inner = optional || d.type === 'default' ? d.innerType! : value
    let type = typeText(inner, doc.fields, indent, `${at}.${key}`)
    if (optional && !type.endsWith('| undefined')) type = `${type} | undefined`
    out += `${propertyComment(doc, indent)}${indent}${key}${optional ? '?' : ''}: ${type}\n`
  }
  const extra = Object.keys(docs ?? {}).filter((k) => !(k in shape))
  if (extra.length > 0)
    throw new Error(`${at}: docs for fields the schema lacks: ${extra.join(', ')}`)
  return out
}

/** The whole generated file, formatted by biome as the repository formats TypeScript. */
function generated(): string {
  const docs = selfEvaluationDocs()
  let text = `// Generated by test/form-types.node.test.ts from the Zod schema (src/schema/form.ts) and the
// field docs (src/schema/form-docs.ts): \`npm run docs:form-types\` rewrites it. Do not edit.
`
  for (const n of NAMED) {
    const doc = comment(
      [...n.summary.split('\n'), '', '@example', '```ts', ...n.example.split('\n'), '```'],
      '',
    )
    const d = def(n.schema)
    if (d.type === 'object') {
      text += `\n${doc}export interface ${n.name} {\n${members(d.shape ?? {}, n.docs(docs), '  ', n.name)}}\n`
    } else {
      const type = Object.values(d.entries ?? {})
        .map((v) => `'${v}'`)
        .join(' | ')
      text += `\n${doc}export type ${n.name} = ${type}\n`
    }
  }
  const biome = spawnSync(
    join(root, 'node_modules', '.bin', 'biome'),
    ['format', `--stdin-file-path=${target}`],
    { input: text, encoding: 'utf8' },
  )
  if (biome.status !== 0) throw new Error(`biome format failed:\n${biome.stderr}`)
  return biome.stdout
}

describe('src/schema/form-types.generated.ts', () => {
  it('is what the schema and the field docs generate (npm run docs:form-types)', async () => {
    await expect(generated()).toMatchFileSnapshot(target)
  })

  it('types exactly what the schema outputs', () => {
    expectTypeOf<SelfEvaluation>().toEqualTypeOf<z.output<typeof SelfEvaluationSchema>>()
    expectTypeOf<FundingRow>().toEqualTypeOf<z.output<typeof FundingRowSchema>>()
    expectTypeOf<Indicator>().toEqualTypeOf<z.output<typeof IndicatorSchema>>()
    expectTypeOf<Task>().toEqualTypeOf<z.output<typeof TaskSchema>>()
    expectTypeOf<Evidence>().toEqualTypeOf<z.output<typeof EvidenceSchema>>()
    expectTypeOf<YearPair>().toEqualTypeOf<z.output<typeof YearPairSchema>>()
    expectTypeOf<IndicatorGroup>().toEqualTypeOf<z.output<typeof IndicatorGroupSchema>>()
    expectTypeOf<FormKind>().toEqualTypeOf<z.output<typeof FormKindSchema>>()
    expectTypeOf<FundingSource>().toEqualTypeOf<z.output<typeof FundingSourceSchema>>()
    expectTypeOf<IndicatorStatus>().toEqualTypeOf<z.output<typeof IndicatorStatusSchema>>()
    // And a parsed form is assignable both ways (a runtime check that the types are used).
    const parsed = SelfEvaluationSchema.parse({ kind: 'project', funding: [{ source: 'total' }] })
    const form: SelfEvaluation = parsed
    expect(form.funding[0]?.source).toBe('total')
  })

  it('documents every field in both languages', () => {
    const walk = (docs: FieldDocs, at: string): string[] =>
      Object.entries(docs).flatMap(([k, d]) => [
        ...(['zh-CN', 'en'] as const).flatMap((l) =>
          d.title[l].trim() === '' || d.description[l].trim() === '' ? [`${at}.${k} (${l})`] : [],
        ),
        ...(d.fields === undefined ? [] : walk(d.fields, `${at}.${k}`)),
      ])
    expect(walk(selfEvaluationDocs(), 'SelfEvaluation')).toEqual([])
  })
})
