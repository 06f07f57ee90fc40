import { describe, expect, it } from 'vitest'
import { normalizeTargetText, parseTarget, type Target, targetFindings } from '../src/index'
import chizhou from './fixtures/public-forms/01-chizhou-tangxi-weituo-2022.json'
import hengshan from './fixtures/public-forms/05-hengyang-hengshan-chubeiliang-2020.json'
import luan from './fixtures/public-forms/10-luan-jinzhai-chagu-meili-dept-2023.json'
import yinchuan from './fixtures/public-forms/12-yinchuan-liuzhong-gongyong-2021.json'
import lincang from './fixtures/public-forms/20-lincang-linxiang-maluken-shourongsuo-2023.json'
import beijing from './fixtures/public-forms/22-beijing-haidian-xueyuanlu-baojie-2016.json'

type Expected = Partial<Record<string, unknown>> & { kind: Target['kind'] }

interface Row {
  readonly source: string
  readonly text: string
  readonly name?: string
  readonly expected: Expected
}

const ge = (value: string, unit: string | null): Expected => ({
  kind: 'quantitative',
  comparator: '>=',
  value,
  unit,
  comparatorInferred: false,
})
const le = (value: string, unit: string | null): Expected => ({
  kind: 'quantitative',
  comparator: '<=',
  value,
  unit,
  comparatorInferred: false,
})
const inferred = (
  comparator: string,
  value: string,
  unit: string | null,
  from: string,
): Expected => ({
  kind: 'quantitative',
  comparator,
  value,
  unit,
  comparatorInferred: true,
  inferredFrom: from,
})
const qualitative = (trend?: 'increase' | 'decrease'): Expected =>
  trend === undefined ? { kind: 'qualitative' } : { kind: 'qualitative', trend }

/** Every target of the seed (荔湾区 2021), as the PDF text prints it (OCR spaces kept). */
const SEED: readonly Row[] = [
  {
    source: 'seed',
    text: '100%',
    name: '任务完成率',
    expected: inferred('>=', '100', '%', 'default'),
  },
  {
    source: 'seed',
    text: '0起',
    name: '花市安全事故数',
    expected: inferred('=', '0', '起', 'zero-target'),
  },
  {
    source: 'seed',
    text: '95%',
    name: '市民和花市档位档主的满意度',
    expected: inferred('>=', '95', '%', 'default'),
  },
  { source: 'seed', text: '提升', name: '对荔湾文化的宣传力度', expected: qualitative('increase') },
  { source: 'seed', text: '≥95%', name: '物业管理服务满意度指标', expected: ge('95', '%') },
  {
    source: 'seed',
    text: '2辆',
    name: '购置新能源车数量',
    expected: inferred('>=', '2', '辆', 'default'),
  },
  {
    source: 'seed',
    text: '2个',
    name: '改造会议室数量',
    expected: inferred('>=', '2', '个', 'default'),
  },
  {
    source: 'seed',
    text: '800 m²',
    name: '综合调度指挥平台场地改造面积',
    expected: inferred('>=', '800', 'm²', 'default'),
  },
]

/** Every distinct target of the public forms, with what it must parse to. */
const FIXTURES: readonly Row[] = [
  { source: 'chizhou', text: '≥50个', expected: ge('50', '个') },
  { source: 'chizhou', text: '≥100百分比', expected: ge('100', '%') },
  { source: 'chizhou', text: '严格执行相关制度规定', expected: qualitative() },
  { source: 'chizhou', text: '在项目计划完成时间内完成', expected: qualitative() },
  { source: 'chizhou', text: '≤90万元', name: '项目总成本', expected: le('90', '万元') },
  { source: 'chizhou', text: '符合相关规定', expected: qualitative() },
  { source: 'chizhou', text: '效果明显', expected: qualitative() },
  { source: 'hengshan', text: '100%', expected: inferred('>=', '100', '%', 'default') },
  {
    source: 'hengshan',
    text: '0',
    name: '县级储备粮库存粮食明显变质比例',
    expected: inferred('=', '0', null, 'zero-target'),
  },
  { source: 'hengshan', text: '高', expected: qualitative() },
  {
    source: 'hengshan',
    text: '0起',
    name: '因粮食市场波动引起的粮食安全事件发生数',
    expected: inferred('=', '0', '起', 'zero-target'),
  },
  {
    source: 'hengshan',
    text: '290%',
    name: '市民满意度调查',
    expected: {
      ...inferred('>=', '290', '%', 'default'),
      suspect: { problem: 'comparator-read-as-digit', reading: '≥90%' },
    },
  },
  { source: 'luan', text: '≤4', expected: le('4', null) },
  { source: 'luan', text: '≥200', expected: ge('200', null) },
  { source: 'luan', text: '≥2000', expected: ge('2000', null) },
  { source: 'luan', text: '≥10', expected: ge('10', null) },
  { source: 'luan', text: '≥95%', expected: ge('95', '%') },
  { source: 'luan', text: '9月前', expected: { kind: 'deadline', month: 9 } },
  { source: 'luan', text: '11月前', expected: { kind: 'deadline', month: 11 } },
  { source: 'yinchuan', text: '一', expected: { kind: 'none' } },
  { source: 'yinchuan', text: '-', expected: { kind: 'none' } },
  { source: 'yinchuan', text: '2370人', expected: inferred('>=', '2370', '人', 'default') },
  { source: 'yinchuan', text: '符合相关文件要求', expected: qualitative() },
  {
    source: 'yinchuan',
    text: '2021年12月完成',
    expected: { kind: 'deadline', year: 2021, month: 12 },
  },
  {
    source: 'yinchuan',
    text: '15万元',
    name: '办公所需成本',
    expected: inferred('<=', '15', '万元', 'lower-is-better-name'),
  },
  {
    source: 'yinchuan',
    text: '35万元',
    name: '维修(维护)所需成本',
    expected: inferred('<=', '35', '万元', 'lower-is-better-name'),
  },
  {
    source: 'yinchuan',
    text: 'M.8万元',
    name: '绿化、水电费等成本',
    expected: { kind: 'unreadable', problem: 'ocr-damage', fragment: 'M.8' },
  },
  { source: 'yinchuan', text: '改善学校的办学条件', expected: qualitative('increase') },
  { source: 'yinchuan', text: '社会认可的办学环境.', expected: qualitative() },
  { source: 'lincang', text: '≥200平方米', expected: ge('200', 'm²') },
  // Metric units are canonical in their SI symbol since issue 12 (米 and m were two units before).
  { source: 'lincang', text: '≥120米', expected: ge('120', 'm') },
  { source: 'lincang', text: '2023年12月', expected: { kind: 'deadline', year: 2023, month: 12 } },
  { source: 'lincang', text: '100%', expected: inferred('>=', '100', '%', 'default') },
  { source: 'lincang', text: '≥8400元', expected: ge('8400', '元') },
  { source: 'lincang', text: '≥5个', expected: ge('5', '个') },
  { source: 'lincang', text: '≥15年', expected: ge('15', '年') },
]

const g = (text: string, value: string, unit: string | null, name?: string): Row => ({
  source: 'pattern',
  text,
  ...(name !== undefined ? { name } : {}),
  expected: ge(value, unit),
})
const l = (text: string, value: string, unit: string | null, name?: string): Row => ({
  source: 'pattern',
  text,
  ...(name !== undefined ? { name } : {}),
  expected: le(value, unit),
})
const p = (text: string, expected: Expected, name?: string): Row => ({
  source: 'pattern',
  text,
  ...(name !== undefined ? { name } : {}),
  expected,
})

/** The patterns the grammar must read (issue #4 and docs/targets.md). */
const PATTERNS: readonly Row[] = [
  // Units: percent, areas, money, counters.
  p('95百分比', inferred('>=', '95', '%', 'default')),
  p('800㎡', inferred('>=', '800', 'm²', 'default')),
  p('800平方米', inferred('>=', '800', 'm²', 'default')),
  p('800m2', inferred('>=', '800', 'm²', 'default')),
  p('800 M²', inferred('>=', '800', 'm²', 'default')),
  p('1.5亿元', inferred('>=', '1.5', '亿元', 'default')),
  p('3000元', inferred('>=', '3000', '元', 'default')),
  ...['个', '辆', '起', '次', '人', '人次', '种', '篇', '台套', '户', '场'].map((u) =>
    p(`12${u}`, inferred('>=', '12', u, 'default')),
  ),
  p('4', inferred('>=', '4', null, 'default')),
  p('3个月', inferred('>=', '3', '个月', 'default')),
  // Comparator glyphs, compatibility forms and look-alikes.
  ...['≥', '≧', '⩾', '≽', '≮', '>=', '＞＝', '=>'].map((c) => g(`${c}95%`, '95', '%')),
  ...['≤', '≦', '⩽', '≼', '≯', '<=', '＜＝', '=<'].map((c) => l(`${c}5%`, '5', '%')),
  ...['＞', '>', '﹥', '›'].map((c) =>
    p(`${c}90%`, { kind: 'quantitative', comparator: '>', value: '90', comparatorInferred: false }),
  ),
  ...['＜', '<', '﹤', '‹'].map((c) =>
    p(`${c}3次`, { kind: 'quantitative', comparator: '<', value: '3', unit: '次' }),
  ),
  ...['＝', '﹦', '=', '꞊', '〓', '⁼'].map((c) =>
    p(`${c}100%`, {
      kind: 'quantitative',
      comparator: '=',
      value: '100',
      unit: '%',
      comparatorInferred: false,
    }),
  ),
  // Full-width digits, spaces inside numbers and between number and unit.
  g('≥９５％', '95', '%'),
  g('≥ 9 5 . 5 %', '95.5', '%'),
  g('＞＝ 2,370 人', '2370', '人'),
  p('6211. 89万元', inferred('>=', '6211.89', '万元', 'default')),
  // Chinese comparator phrases, before or after the number.
  ...['不低于', '不少于', '至少', '达到', '大于等于', '大于或等于', '不小于', '最低'].map((w) =>
    g(`${w}90%`, '90', '%'),
  ),
  g('90%以上', '90', '%'),
  g('90%及以上', '90', '%'),
  g('500人次以上(含)', '500', '人次'),
  ...['不高于', '不超过', '至多', '小于等于', '最多', '不多于'].map((w) =>
    l(`${w}10次`, '10', '次'),
  ),
  l('5%以内', '5', '%'),
  l('5%以下', '5', '%'),
  l('控制在5%以内', '5', '%'),
  l('控制在90万元', '90', '万元'),
  p('超过100人', { kind: 'quantitative', comparator: '>', value: '100', unit: '人' }),
  p('低于3%', { kind: 'quantitative', comparator: '<', value: '3', unit: '%' }),
  // Ranges.
  ...['90%-100%', '90%~100%', '90%～100%', '90%—100%', '90-100%', '90%至100%'].map((t) =>
    p(t, {
      kind: 'quantitative',
      comparator: 'between',
      value: '90',
      upper: '100',
      unit: '%',
      comparatorInferred: false,
    }),
  ),
  p('90至100', {
    kind: 'quantitative',
    comparator: 'between',
    value: '90',
    upper: '100',
    unit: null,
  }),
  p('-5%~-1%', {
    kind: 'quantitative',
    comparator: 'between',
    value: '-5',
    upper: '-1',
    unit: '%',
  }),
  l('≤-5%', '-5', '%'),
  // Labels before a figure.
  p('满意度≥95%', { ...ge('95', '%'), label: '满意度' }),
  p('完成率达100%', { ...ge('100', '%'), label: '完成率' }),
  // Inference: ≥ by default, = for zero, ≤ for lower-is-better names.
  p('0次', inferred('=', '0', '次', 'zero-target'), '投诉次数'),
  ...[
    '安全事故数',
    '群众投诉件数',
    '账务差错数',
    '单位成本',
    '会议费用',
    '预算调整率',
    '结余率',
    '三公经费变动率',
    '火灾发生率',
    '林业有害生物受害率',
  ].map((name) => p('3%', inferred('<=', '3', '%', 'lower-is-better-name'), name)),
  ...['利息费用保障率', '县级储备粮库存成本核算率', '成本节约额', '投诉处理满意度'].map((name) =>
    p('3%', inferred('>=', '3', '%', 'default'), name),
  ),
  // Deadlines.
  p('9月前', { kind: 'deadline', month: 9 }),
  p('九月前', { kind: 'deadline', month: 9 }),
  p('2023年12月', { kind: 'deadline', year: 2023, month: 12 }),
  p('2021年12月完成', { kind: 'deadline', year: 2021, month: 12 }),
  p('12月底之前', { kind: 'deadline', month: 12 }),
  p('12月31日前', { kind: 'deadline', month: 12, day: 31 }),
  p('2023-06-30', { kind: 'deadline', year: 2023, month: 6, day: 30 }),
  p('年底前', { kind: 'deadline', month: 12 }),
  p('2022年底前', { kind: 'deadline', year: 2022, month: 12 }),
  p('上半年', { kind: 'deadline', month: 6 }),
  p('第三季度', { kind: 'deadline', month: 9 }),
  p('1-12月', { kind: 'deadline', fromMonth: 1, month: 12 }),
  p('6月至9月', { kind: 'deadline', fromMonth: 6, month: 9 }),
  p('9月前完成验收', { kind: 'deadline', month: 9 }),
  // "…完成100%" is the whole work by the date (29: "11月底完成100%"); any other share is a milestone.
  p('11月底完成100%', { kind: 'deadline', month: 11 }),
  p('2022年6月30日前支付100%', { kind: 'deadline', year: 2022, month: 6, day: 30 }),
  p('年底前资金拨付100%', { kind: 'deadline', month: 12 }),
  p('6月底前完成50%', qualitative()),
  p('11月底100%', qualitative()),
  // Qualitative, with and without a trend.
  p('提升', qualitative('increase')),
  p('有效提升', qualitative('increase')),
  p('显著提升', qualitative('increase')),
  p('逐步提高', qualitative('increase')),
  p('降低', qualitative('decrease')),
  p('有所减少', qualitative('decrease')),
  p('不降低', qualitative()),
  p('提升效率，降低成本', qualitative()),
  p('效果明显', qualitative()),
  p('符合相关规定', qualitative()),
  p('按质按量完成', qualitative()),
  p('按时', qualitative()),
  p('通过ISO9001认证', qualitative()),
  p('完成5000吨稻谷、500吨成品粮储备', qualitative()),
  // Placeholders.
  ...['', ' ', '-', '—', '——', '－', '一', '无', '/', '　'].map((t) => p(t, { kind: 'none' })),
  // Damaged or contradictory: never guessed.
  p('IO', { kind: 'unreadable', problem: 'ocr-damage', fragment: 'IO' }),
  p('1O0%', { kind: 'unreadable', problem: 'ocr-damage', fragment: '1O0' }),
  p('9.5.%', { kind: 'unreadable', problem: 'ocr-damage' }),
  p('至少90%以下', { kind: 'unreadable', problem: 'conflicting-comparators' }),
  p('13月前', { kind: 'unreadable', problem: 'bad-date', fragment: '13月' }),
  // A day past the end of its month is no date; 29 February only in a leap year, or with no year.
  p('2023年2月30日前', { kind: 'unreadable', problem: 'bad-date', fragment: '2023年2月30日' }),
  p('2023年2月29日前', { kind: 'unreadable', problem: 'bad-date', fragment: '2023年2月29日' }),
  p('2023-02-29', { kind: 'unreadable', problem: 'bad-date', fragment: '2023-02-29' }),
  p('4月31日前', { kind: 'unreadable', problem: 'bad-date', fragment: '4月31日' }),
  p('2024年2月29日前', { kind: 'deadline', year: 2024, month: 2, day: 29 }),
  p('2000年2月29日前', { kind: 'deadline', year: 2000, month: 2, day: 29 }),
  p('2100年2月29日前', { kind: 'unreadable', problem: 'bad-date', fragment: '2100年2月29日' }),
  p('2月29日前', { kind: 'deadline', month: 2, day: 29 }),
  p('2023年6月30日前', { kind: 'deadline', year: 2023, month: 6, day: 30 }),
  p('2023年12月31日前', { kind: 'deadline', year: 2023, month: 12, day: 31 }),
  // "年度内" after a year: within that fiscal year, like "2023年内" and "年度内" alone.
  p('2023年度内完成', { kind: 'deadline', year: 2023, month: 12 }),
  p('2023年度内', { kind: 'deadline', year: 2023, month: 12 }),
  p('2023年内完成', { kind: 'deadline', year: 2023, month: 12 }),
  p('年度内完成', { kind: 'deadline', month: 12 }),
  // Dates written with dots, as forms print them; a dot that cannot be a date stays a decimal point.
  p('2022.12.31前', { kind: 'deadline', year: 2022, month: 12, day: 31 }),
  p('2022.12.31', { kind: 'deadline', year: 2022, month: 12, day: 31 }),
  p('2022.12前', { kind: 'deadline', year: 2022, month: 12 }),
  p('2022.12', { kind: 'deadline', year: 2022, month: 12 }),
  p('2022.6月前', { kind: 'deadline', year: 2022, month: 6 }),
  p('2023.5前', { kind: 'deadline', year: 2023, month: 5 }),
  p('2022.02.29前', { kind: 'unreadable', problem: 'bad-date', fragment: '2022.02.29' }),
  p('2023.5', { kind: 'quantitative', value: '2023.5', unit: null }),
  p('2050.00', { kind: 'quantitative', value: '2050', unit: null }),
  p('2023.13', { kind: 'quantitative', value: '2023.13', unit: null }),
  p('2023.12万元', { kind: 'quantitative', value: '2023.12', unit: '万元' }),
  p('≥2022.12', { kind: 'quantitative', comparator: '>=', value: '2022.12' }),
  // A unit in brackets after the figure, as forms print it.
  p('5(万元)', { kind: 'quantitative', value: '5', unit: '万元' }),
  p('≥500(平方米)', { kind: 'quantitative', comparator: '>=', value: '500', unit: 'm²' }),
  p('5(m2)', { kind: 'quantitative', value: '5', unit: 'm²' }),
  p('5（个）', { kind: 'quantitative', value: '5', unit: '个' }),
  p('≥95(%)', { kind: 'quantitative', comparator: '>=', value: '95', unit: '%' }),
  p('5-10(人)', {
    kind: 'quantitative',
    comparator: 'between',
    value: '5',
    upper: '10',
    unit: '人',
  }),
  p('5(含)', { kind: 'quantitative', value: '5', unit: null }),
  // A comparator word in brackets, likewise.
  p('100(以上)', {
    kind: 'quantitative',
    comparator: '>=',
    value: '100',
    comparatorInferred: false,
  }),
  p('5(以内)', { kind: 'quantitative', comparator: '<=', value: '5', comparatorInferred: false }),
  p('95%(以上)', { kind: 'quantitative', comparator: '>=', value: '95', unit: '%' }),
  p('2100%', { ...inferred('>=', '2100', '%', 'default'), suspect: { reading: '≥100%' } }),
]

const ALL = [...SEED, ...FIXTURES, ...PATTERNS]

describe('parseTarget', () => {
  it.each(ALL.map((r) => [`${r.source}: ${JSON.stringify(r.text)}`, r] as const))(
    '%s',
    (_label, row) => {
      const t = parseTarget(row.text, { indicatorName: row.name })
      expect(t).toMatchObject(row.expected)
      expect(t.raw).toBe(row.text)
      expect(t.normalized).toBe(normalizeTargetText(row.text))
    },
  )

  it('infers a comparator only when none is written', () => {
    const written = parseTarget('≥95%')
    const implied = parseTarget('95%')
    expect(written).not.toHaveProperty('inferredFrom')
    expect(implied).toMatchObject({ comparatorInferred: true, inferredFrom: 'default' })
  })

  it('does not flag 290% on a growth indicator, nor an explicit ≥290%', () => {
    expect(parseTarget('250%', { indicatorName: '销售收入增长率' })).not.toHaveProperty('suspect')
    expect(parseTarget('≥290%')).not.toHaveProperty('suspect')
    expect(parseTarget('120%')).not.toHaveProperty('suspect')
  })

  it('never returns binary floats: values are canonical decimal strings', () => {
    const t = parseTarget('≥0.10%')
    expect(t).toMatchObject({ value: '0.1' })
    expect(parseTarget('1000000000000000000000.000000000000000000001')).toMatchObject({
      value: '1000000000000000000000.000000000000000000001',
    })
  })

  it('accepts a non-string from plain JavaScript without throwing', () => {
    expect(parseTarget(95 as unknown as string)).toMatchObject({
      kind: 'quantitative',
      value: '95',
    })
    expect(parseTarget(null as unknown as string)).toMatchObject({ kind: 'none', raw: '' })
    expect(parseTarget(Number.NaN as unknown as string)).toMatchObject({ kind: 'none' })
  })
})

describe('the table covers every real target', () => {
  const forms = { chizhou, hengshan, luan, yinchuan, lincang, beijing }
  const covered = new Set(FIXTURES.map((r) => `${r.source}|${r.text}`))
  const targets = Object.entries(forms).flatMap(([source, form]) =>
    form.kpis.flatMap((k) =>
      'target' in k && typeof k.target === 'string' ? [`${source}|${k.target}`] : [],
    ),
  )

  it.each(targets)('%s is in the table', (key) => {
    expect(covered.has(key)).toBe(true)
  })

  it('holds all 54 target cells of the public forms', () => {
    expect(targets).toHaveLength(54)
  })
})

describe('normalizeTargetText', () => {
  it.each([
    ['≧ 9 5 ％', '≥95%'],
    ['≦５％', '≤5%'],
    ['> = 90%', '≥90%'],
    ['6211. 89 万元', '6211.89万元'],
    ['800 ㎡', '800m²'],
    ['2,370人', '2370人'],
    ['1,000,000元', '1000000元'],
    ['12,34', '12,34'],
    ['90%～100%', '90%~100%'],
    ['90%—100%', '90%-100%'],
    ['Wi Fi 覆盖', 'Wi Fi覆盖'],
    ['﹦100%', '=100%'],
    ['⩾95%', '≥95%'],
  ])('%j → %j', (input, output) => {
    expect(normalizeTargetText(input)).toBe(output)
  })
})

describe('targetFindings', () => {
  const codes = (text: string | undefined, name: string, level2?: string) =>
    targetFindings(text, { indicatorName: name, level2 }).map((f) => f.code)

  it('reports a missing target, and a placeholder only when asked', () => {
    expect(codes(undefined, '可行性')).toEqual(['TARGET_MISSING'])
    expect(codes('', '可行性')).toEqual(['TARGET_MISSING'])
    expect(codes('一', '项目目标完整性')).toEqual([])
    const strict = targetFindings('一', {
      indicatorName: '项目目标完整性',
      placeholderIsMissing: true,
    })
    expect(strict.map((f) => f.code)).toEqual(['TARGET_MISSING'])
  })

  it('reports the Yinchuan "M.8万元" as unparseable, with its path and reason', () => {
    const [f] = targetFindings('M.8万元', {
      indicatorName: '绿化、水电费等成本',
      path: ['indicators', 13, 'target'],
    })
    expect(f).toMatchObject({
      code: 'TARGET_UNPARSEABLE',
      severity: 'warning',
      path: ['indicators', 13, 'target'],
      params: {
        indicator: '绿化、水电费等成本',
        text: 'M.8万元',
        problem: 'ocr-damage',
        fragment: 'M.8',
      },
    })
    expect(f?.message).toBe(
      '指标“绿化、水电费等成本”的预期实现值“M.8万元”无法识别：数字中混有字母，疑似 OCR 损坏',
    )
  })

  it('reports the Hengshan "290%" as a suspected misreading of "≥90%"', () => {
    const [f] = targetFindings('290%', { indicatorName: '市民满意度调查', locale: 'en' })
    expect(f).toMatchObject({ code: 'TARGET_OCR_SUSPECT', params: { reading: '≥90%' } })
    expect(f?.message).toContain('"≥90%"')
  })

  it('notes the Luan "≤4" upper bound on an output quantity', () => {
    expect(codes('≤4', '指标1:开展精品示范村建设数量', '数量指标')).toEqual([
      'TARGET_COMPARATOR_UNUSUAL',
    ])
    expect(codes('≥200', '指标2:建设美丽宜居自然村庄数量', '数量指标')).toEqual([])
    expect(codes('≤90万元', '项目总成本', '成本指标')).toEqual([])
    expect(codes('≥3起', '安全事故数')).toEqual(['TARGET_COMPARATOR_UNUSUAL'])
  })

  it('accepts an already parsed target', () => {
    const t = parseTarget('13月前')
    expect(targetFindings(t, { indicatorName: '完成时间' }).map((f) => f.code)).toEqual([
      'TARGET_UNPARSEABLE',
    ])
  })
})

describe('spans of time, rate units and figures that end in punctuation', () => {
  it('reads working days, with or without 个, and "within" as at most', () => {
    for (const text of ['3个工作日内', '≤3个工作日', '3工作日以内']) {
      expect(parseTarget(text)).toMatchObject({
        kind: 'quantitative',
        comparator: '<=',
        value: '3',
        unit: '工作日',
      })
    }
    expect(parseTarget('30天内')).toMatchObject({ comparator: '<=', value: '30', unit: '天' })
  })

  it('reads a rate unit as one unit', () => {
    expect(parseTarget('≤10000元/人')).toMatchObject({
      comparator: '<=',
      value: '10000',
      unit: '元/人',
    })
    expect(parseTarget('≥2万人次/年')).toMatchObject({ value: '2', unit: '万人次/年' })
  })

  it('treats a damaged figure followed by punctuation like one at the end ("I0," as "I0")', () => {
    expect(parseTarget('I0,')).toMatchObject({ kind: 'unreadable', problem: 'ocr-damage' })
    expect(parseTarget('O0(含)')).toMatchObject({ kind: 'unreadable', problem: 'ocr-damage' })
    expect(parseTarget('≥95%，')).toMatchObject({ kind: 'quantitative', value: '95', unit: '%' })
  })
})
