/**
 * Partial evaluation: a form is evaluated as far as it can be read. One unreadable cell costs only
 * what depends on it — the other funding rows, every other indicator, the scores that can be
 * checked are still computed.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluate, liwan2021Form, parseSelfEvaluation } from '../src/index'
import { publicForms, toInput } from './helpers/public-forms'
import { batch2, toInput2 } from './helpers/public-forms-batch2'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Form = any
type Path = (string | number)[]

const liwan = (): Form => structuredClone(liwan2021Form)
const assessed = (e: ReturnType<typeof evaluate>) =>
  e.indicators.filter((i) => i.status !== 'unknown').length

describe('one bad cell costs only what depends on it', () => {
  it('an amount OCR-damaged into letters: the other rows and every indicator are still evaluated', () => {
    const form = liwan()
    form.funding[1].actual = 'M.8'
    const e = evaluate(form)
    expect(e.outcome).toBe('evaluated')
    expect(e.valid).toBe(false) // the unreadable cell is an error
    expect(e.unreadable).toEqual([['funding', 1, 'actual']])
    expect(e.findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.path])).toEqual([
      ['AMOUNT_UNPARSEABLE', ['funding', 1, 'actual']],
    ])
    // The headline row (合计) is untouched: 5840.18 / 6539.06 = 89.31%, as on the clean form.
    expect(e.summary.completionRate).toBe('89.31%')
    expect(e.indicators).toHaveLength(21)
    expect(assessed(e)).toBe(assessed(evaluate(liwan())))
    expect(e.funding[1]?.actual).toBeNull()
  })

  it('a misspelt key is a warning with a did-you-mean, and the rest is read', () => {
    const form = liwan()
    const indicator = form.tasks[0].indicators[0]
    indicator.targt = indicator.target
    delete indicator.target
    const e = evaluate(form)
    expect(e.outcome).toBe('evaluated')
    const f = e.findings.find((x) => x.code === 'UNKNOWN_FIELD')
    expect(f).toMatchObject({
      severity: 'warning',
      path: ['tasks', 0, 'indicators', 0, 'targt'],
      params: { suggestion: 'target' },
    })
    expect(f?.message).toContain('是否应为“target”')
    expect(e.indicators).toHaveLength(21)
  })

  it('a year written as text is read, with an info finding', () => {
    const e = evaluate({ ...liwan(), fiscalYear: '2021' })
    expect(e.valid).toBe(true)
    expect(e.form?.fiscalYear).toBe(2021)
    expect(e.findings.find((f) => f.code === 'VALUE_COERCED')).toMatchObject({
      severity: 'info',
      path: ['fiscalYear'],
    })
  })

  it('strict reading stays all-or-nothing for callers that want it', () => {
    const form = { ...liwan(), fiscalYear: '2021' }
    expect(parseSelfEvaluation(form).success).toBe(false)
    expect(evaluate(form, { read: 'strict' }).outcome).toBe('not-a-form')
    expect(parseSelfEvaluation(form, { mode: 'tolerant' }).success).toBe(true)
  })

  it('only input that is not a form is rejected', () => {
    for (const input of [null, 42, 'form', [], {}, { kind: 'project', department: '某局' }]) {
      const e = evaluate(input)
      expect(e.outcome).toBe('not-a-form')
      expect(e.findings.map((f) => f.code)).toEqual(['INPUT_NOT_A_FORM'])
    }
  })

  it('the input is never changed by the repairs', () => {
    const form = { ...liwan(), fiscalYear: '2021', extra: 1 }
    const copy = structuredClone(form)
    evaluate(form)
    expect(form).toEqual(copy)
  })
})

describe('blank is not zero', () => {
  it('a blank component cell is not summed as 0 into the total check', () => {
    // 池州-like: the total row prints its actual, one component leaves it blank.
    const form = {
      kind: 'project',
      department: '某局',
      fiscalYear: 2022,
      unit: '万元',
      funding: [
        { source: 'total', adjustedBudget: '100', actual: '90' },
        { source: 'general-public-budget', adjustedBudget: '60', actual: '55' },
        { source: 'other', adjustedBudget: '40', actual: '' },
      ],
      indicators: [{ name: '提供务工岗位', target: '≥5个', actual: '5个' }],
    }
    const codes = evaluate(form).findings.map((f) => f.code)
    expect(codes).not.toContain('FUNDING_TOTAL_MISMATCH')
  })
})

/** Every path to a primitive value of a JSON tree. */
function leaves(tree: unknown, path: Path = [], out: Path[] = []): Path[] {
  if (tree === null || typeof tree !== 'object') {
    out.push(path)
    return out
  }
  for (const [k, v] of Object.entries(tree)) {
    leaves(v, [...path, Array.isArray(tree) ? Number(k) : k], out)
  }
  return out
}

function withCell(tree: Form, path: Path, value: unknown): Form {
  const copy = structuredClone(tree)
  let at = copy
  for (const key of path.slice(0, -1)) at = at[key]
  const last = path[path.length - 1] ?? ''
  if (value === undefined && !Array.isArray(at)) Reflect.deleteProperty(at as object, last)
  else at[last] = value ?? null
  return copy
}

const startsWith = (a: readonly unknown[], b: readonly unknown[]) =>
  b.length <= a.length && b.every((x, i) => a[i] === x)

/** The indicators a cell can affect: its own row, the rows it sits in, and their parent or sub-rows. */
function dependents(e: ReturnType<typeof evaluate>, cell: Path): Set<number> {
  const rows = e.indicators
  const own = new Set<number>()
  rows.forEach((ind, i) => {
    if (startsWith(cell, ind.path) || startsWith(ind.path, cell)) own.add(i)
    // Deadline targets are read against the year.
    if (cell.length === 1 && cell[0] === 'fiscalYear' && ind.target.kind === 'deadline') own.add(i)
  })
  const names = new Set([...own].map((i) => e.form?.indicators[i]?.name))
  rows.forEach((_, i) => {
    const ind = e.form?.indicators[i]
    if (ind?.parent !== undefined && (names.has(ind.parent) || own.has(i))) {
      own.add(i)
      rows.forEach((__, j) => {
        if (e.form?.indicators[j]?.name === ind.parent) own.add(j)
      })
    }
  })
  return own
}

const fixtures: readonly [string, Form][] = [
  ['liwan', liwan()],
  ...Object.entries(publicForms).map(([name, form]): [string, Form] => [name, toInput(form)]),
  ...Object.entries(batch2).map(([name, form]): [string, Form] => [name, toInput2(form)]),
]

describe('property: deleting or garbling any one cell', () => {
  it('never drops the assessed indicators by more than the ones that depend on that cell', () => {
    const cases = fixtures.map(([name, form]) => ({
      name,
      form,
      cells: leaves(form),
      base: evaluate(form),
    }))
    fc.assert(
      fc.property(
        fc.nat(),
        fc.nat(),
        fc.constantFrom(undefined, '', 'M.8', '#N/A', 7, true, { x: 1 }),
        (f, c, value) => {
          const fixture = cases[f % cases.length]
          if (fixture === undefined) return
          const cell = fixture.cells[c % fixture.cells.length] ?? []
          const e = evaluate(withCell(fixture.form, cell, value))
          expect(e.outcome, `${fixture.name} ${cell.join('.')}`).toBe('evaluated')
          const allowed = dependents(fixture.base, cell).size
          expect(
            assessed(e),
            `${fixture.name} ${cell.join('.')} = ${JSON.stringify(value)}`,
          ).toBeGreaterThanOrEqual(assessed(fixture.base) - allowed)
        },
      ),
      { numRuns: 300 },
    )
  }, 60_000)
})
