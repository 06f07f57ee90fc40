/**
 * `locate(form, path)` says where a path points in words of the locale, and is the `location` of
 * every finding `evaluate` returns. It reads any JSON value: the raw input, the normalised form,
 * or something that is not a form at all.
 */
import { describe, expect, it } from 'vitest'
import { evaluate, liwan2021Form, locate, OptionError } from '../src/index'
import { fieldLabel, sourceLabel } from '../src/report/labels'

describe('locate on the Liwan 2021 form', () => {
  const at = (path: (string | number)[], locale?: 'en') =>
    locate(liwan2021Form, path, locale === undefined ? {} : { locale })

  it('names the task, the indicator and the field', () => {
    expect(at(['tasks', 1, 'indicators', 1, 'target'])).toBe('任务2 › 垃圾分类率 › 预期实现值')
    expect(at(['tasks', 1, 'indicators', 1, 'target'], 'en')).toBe('Task 2 › 垃圾分类率 › target')
    expect(at(['tasks', 3, 'indicators', 4])).toBe('任务4 › 物业管理服务满意度指标')
    expect(at(['tasks', 2, 'achievement'], 'en')).toBe('Task 3 › achievement')
  })

  it('names funding rows by label, their actual as spending', () => {
    expect(at(['funding', 0, 'actual'])).toBe('合计 › 实际支出数')
    // The row's printed label is data, kept as printed.
    expect(at(['funding', 0, 'printed', 'completionRate'], 'en')).toBe(
      '合计 › printed › completion rate',
    )
  })

  it('names problems and improvements by their ids, and the form as a whole', () => {
    expect(at(['problems', 1])).toBe('存在问题 2')
    expect(at(['improvements', 0, 'answers', 0], 'en')).toBe('Improvements 1 › answers › #1')
    expect(at([])).toBe('表单')
    expect(at([], 'en')).toBe('form')
    expect(at(['unit'])).toBe('金额单位')
  })

  it('shows a key it has no word for as written, an index counted from 1', () => {
    expect(at(['tasks', 0, 'indicators', 2, 'evidence', 0, 'date'])).toBe(
      '任务1 › 花市档位出租率 › 佐证材料 › #1 › 日期',
    )
    expect(at(['extensions', 'reviewNote'])).toBe('extensions › reviewNote')
  })
})

describe('locate on other inputs', () => {
  it('adds a task name that says more than its number', () => {
    const form = { tasks: [{ name: '机关后勤保障', indicators: [{ name: '' }] }] }
    expect(locate(form, ['tasks', 0, 'indicators', 0, 'actual'])).toBe(
      '任务1（机关后勤保障） › 指标1 › 完成情况',
    )
    expect(locate(form, ['tasks', 0, 'name'], { locale: 'en' })).toBe(
      'Task 1 (机关后勤保障) › name',
    )
  })

  it('reads what is not a form, and paths that leave it', () => {
    expect(locate(null, ['tasks', 4, 'indicators', 0])).toBe('任务5 › 指标1')
    expect(locate('text', ['funding', 2, 'actual'], { locale: 'en' })).toBe(
      'Funding row 3 › actual spending',
    )
    expect(locate({ funding: [{ source: 'carry-over' }] }, ['funding', 0])).toBe('上年结转')
    expect(locate({ indicators: [{ name: 42 }] }, ['indicators', 0, 'weight'])).toBe('42 › 分值')
    expect(locate({ problems: [{}] }, ['problems', 0, 'text'])).toBe('存在问题 1 › 内容')
  })

  it('throws OptionError for a locale it does not ship; ignores keys it does not read', () => {
    expect(() => locate({}, [], { locale: 'fr' as never })).toThrow(OptionError)
    expect(locate({}, [], { local: 'en' } as never)).toBe('表单')
  })
})

describe('location of findings', () => {
  it('is locate of the finding path, in the evaluation locale', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const e = evaluate(liwan2021Form, { locale })
      for (const f of e.findings) expect(f.location).toBe(locate(e.form, f.path, { locale }))
    }
    const low = evaluate(liwan2021Form).findings.find((f) => f.code === 'BUDGET_COMPLETION_LOW')
    expect([low?.pointer, low?.location]).toEqual(['/funding/0', '合计'])
  })

  it('locates the findings of an input that is not a form in the input itself', () => {
    const input = { kind: 'department-overall', tasks: [{ name: '任务1', indicators: 'none' }] }
    const e = evaluate(input, { locale: 'en', read: 'strict' })
    expect(e.outcome).toBe('not-a-form')
    expect(e.findings.map((f) => [f.pointer, f.location])).toContainEqual([
      '/tasks/0/indicators',
      'Task 1 › indicators',
    ])
    expect(evaluate(42).findings.map((f) => f.location)).toEqual(['表单'])
  })
})

describe('the report and locate share their words', () => {
  it('labels fields and sources from the same table', () => {
    expect(fieldLabel('zh-CN', 'target')).toBe('预期实现值')
    expect(fieldLabel('en', 'deviationReason')).toBe('deviation reason')
    expect(fieldLabel('en', 'nothing')).toBeNull()
    expect(sourceLabel('zh-CN', 'general-public-budget')).toBe('一般公共预算')
  })
})
