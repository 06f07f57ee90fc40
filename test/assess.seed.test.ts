import { describe, expect, it } from 'vitest'
import liwan from '../examples/liwan-2021.json'
import { type AssessmentStatus, assessIndicator } from '../src/index'

interface SeedRow {
  readonly name: string
  readonly target: string
  /** 指标完成情况 exactly as the seed's PDF text prints it, OCR line-break spaces included. */
  readonly actual: string
  readonly status: AssessmentStatus
  readonly ratio?: string | null
  readonly source?: string
  /** The reason that decided, and the words it names. */
  readonly decidedBy: string
  readonly words?: string
}

const EPIDEMIC = '受新冠疫情影响,该项工作 未开展。该项 预算及时调整'
const DELAY = '由于疫情等原 因,导致工期 延期'

/** The 21 indicators of 荔湾区部门整体支出绩效自评表 (2021), with the status a careful reader gives. */
const SEED: readonly SeedRow[] = [
  {
    name: '任务完成率',
    target: '100%',
    actual: EPIDEMIC,
    status: 'not-carried-out',
    decidedBy: 'words-not-carried-out',
    words: '未开展',
  },
  {
    name: '花市安全事故 数',
    target: '0起',
    actual: EPIDEMIC,
    status: 'not-carried-out',
    decidedBy: 'words-not-carried-out',
    words: '未开展',
  },
  {
    name: '花市档位出租 率',
    target: '100%',
    actual: EPIDEMIC,
    status: 'not-carried-out',
    decidedBy: 'words-not-carried-out',
    words: '未开展',
  },
  {
    name: '市民和花市档 位档主的满意 度',
    target: '95%',
    actual: EPIDEMIC,
    status: 'not-carried-out',
    decidedBy: 'words-not-carried-out',
    words: '未开展',
  },
  {
    name: '对荔湾文化的 宣传力度',
    target: '提升',
    actual: EPIDEMIC,
    status: 'not-carried-out',
    decidedBy: 'words-not-carried-out',
    words: '未开展',
  },
  {
    name: '市民对花市的 气氛宣传装饰 设计,牌楼设 计满意度',
    target: '100%',
    actual: EPIDEMIC,
    status: 'not-carried-out',
    decidedBy: 'words-not-carried-out',
    words: '未开展',
  },
  {
    name: '花市内各服务 保障项目使用 率',
    target: '100%',
    actual: EPIDEMIC,
    status: 'not-carried-out',
    decidedBy: 'words-not-carried-out',
    words: '未开展',
  },
  {
    name: '法律顾问参与 工作率',
    target: '100%',
    actual: '我局聘请的常 年法律顾问参 与合同审核、 产权纠纷处理 等法律服务, 参与工作率达',
    status: 'unknown',
    ratio: null,
    decidedBy: 'truncated',
    words: '参与工作率达',
  },
  {
    name: '垃圾分类率',
    target: '100%',
    actual: '垃圾分类率 100%,按垃圾 分类标准严格 执行垃圾分类 制度。',
    status: 'met',
    ratio: '1',
    source: 'text',
    decidedBy: 'actual-figure',
    words: '垃圾分类率100%',
  },
  {
    name: '服务达标率',
    target: '100%',
    actual: '项目产出质量 达到绩效目标 100%',
    status: 'met',
    ratio: '1',
    source: 'text',
    decidedBy: 'actual-figure',
    words: '项目产出质量达到绩效目标100%',
  },
  {
    name: '机关办公效率 及服务质量',
    target: '提升',
    actual: '完成绩效目标 设定的经济效 益,做好机关 后勤服务保障 工作,不断提 升后勤服务质 量',
    status: 'met',
    decidedBy: 'trend',
    words: '提升',
  },
  {
    name: '干部职工满意 度',
    target: '100%',
    actual: '机关大院干部 职工对后勤服 务质量满意, 完成服务满意 度指标',
    status: 'met',
    ratio: null,
    decidedBy: 'words-met',
    words: '完成服务满意度指标',
  },
  {
    name: '资金及时支付 率',
    target: '100%',
    actual: '由于疫情等原 因,导致工期 延期,未按计 划的时间支付 款项。',
    status: 'not-met',
    ratio: null,
    decidedBy: 'words-not-met',
    words: '延期',
  },
  {
    name: '购置新能源车 数量',
    target: '2辆',
    actual: '完成预期采购 任务',
    status: 'met',
    ratio: null,
    decidedBy: 'words-met',
    words: '完成预期',
  },
  {
    name: '改造会议室数 量',
    target: '2个',
    actual: DELAY,
    status: 'not-met',
    ratio: null,
    decidedBy: 'words-not-met',
    words: '延期',
  },
  {
    name: '综合调度指挥 平台场地改造 面积',
    target: '800 m²',
    actual: DELAY,
    status: 'not-met',
    ratio: null,
    decidedBy: 'words-not-met',
    words: '延期',
  },
  {
    name: '水电费缴交完 成率',
    target: '100%',
    actual: '5个办公场所水 电费正常运 行,没有出现 断水断电',
    status: 'met',
    ratio: null,
    decidedBy: 'words-met',
    words: '正常运行',
  },
  {
    name: '接待工作完成率',
    target: '100%',
    actual: '公务接待工作 完成率达100%',
    status: 'met',
    ratio: '1',
    source: 'text',
    decidedBy: 'actual-figure',
    words: '公务接待工作完成率达100%',
  },
  {
    name: '脱贫工作完成 率',
    target: '100%',
    actual: '承接的清远连 州市大路边镇 东联村扶贫任 务已于2021年6 月底结束,脱 贫工作完成达 到100%',
    status: 'met',
    ratio: '1',
    source: 'text',
    decidedBy: 'actual-figure',
    words: '脱贫工作完成达到100%',
  },
  {
    name: '维修项目质量 合格率',
    target: '100%',
    actual: '区机关大院等 办公场所公用 设备出现故 障,能及时维 修',
    status: 'unknown',
    ratio: null,
    decidedBy: 'no-deciding-words',
  },
  {
    name: '物业管理服务 满意度指标',
    target: '≥95%',
    actual: '机关工作人员 对物业管理的 满意程度≥95%',
    status: 'met',
    ratio: '1',
    source: 'text',
    decidedBy: 'actual-figure',
    words: '机关工作人员对物业管理的满意程度≥95%',
  },
]

describe('assessIndicator on the seed, one indicator at a time', () => {
  it.each(SEED.map((row) => [row.name.replaceAll(' ', ''), row] as const))('%s', (_name, row) => {
    const a = assessIndicator({
      name: row.name.replaceAll(' ', ''),
      target: row.target,
      actual: row.actual,
    })
    expect(a.status).toBe(row.status)
    if (row.ratio !== undefined) expect(a.ratio).toBe(row.ratio)
    expect(a.actualSource).toBe(row.source ?? 'text')
    const decisive = a.reasons.find((r) => r.code === row.decidedBy)
    expect(decisive, JSON.stringify(a.reasons)).toBeDefined()
    if (row.words !== undefined) expect(decisive?.words).toBe(row.words)
    // Every shortfall on the seed states its cause in the narrative, and every actual is given.
    expect(a.findings).toEqual([])
  })

  it('counts seven indicators not carried out because of the epidemic', () => {
    const out = SEED.filter(
      (r) =>
        assessIndicator({ name: r.name, target: r.target, actual: r.actual }).status ===
        'not-carried-out',
    )
    expect(out.map((r) => r.name.replaceAll(' ', ''))).toEqual([
      '任务完成率',
      '花市安全事故数',
      '花市档位出租率',
      '市民和花市档位档主的满意度',
      '对荔湾文化的宣传力度',
      '市民对花市的气氛宣传装饰设计,牌楼设计满意度',
      '花市内各服务保障项目使用率',
    ])
  })

  it('names both words that make 资金及时支付率 not met', () => {
    const a = assessIndicator({
      name: '资金及时支付率',
      target: '100%',
      actual: '由于疫情等原 因,导致工期 延期,未按计 划的时间支付 款项。',
    })
    expect(a.reasons[0]?.params.all).toEqual(['延期', '未按计划'])
    expect(a.reasons[0]?.message).toBe('完成情况写明“延期”，视为未达成（“导致工期延期”）')
  })

  it('reads 物业管理服务满意度指标 "≥95%" as meeting its bound', () => {
    const a = assessIndicator({ name: '物业管理服务满意度指标', target: '≥95%', actual: '≥95%' })
    expect(a).toMatchObject({
      status: 'met',
      ratio: '1',
      actualSource: 'value',
      actual: { text: '≥95%', value: '95', unit: '%', bound: '>=' },
    })
    expect(a.reasons.map((r) => r.code)).toEqual(['actual-value', 'actual-bound', 'ratio'])
  })

  it('explains in English too', () => {
    const a = assessIndicator(
      { name: '改造会议室数量', target: '2个', actual: DELAY },
      { locale: 'en' },
    )
    expect(a.reasons[0]?.message).toBe('The actual says "延期": not met ("导致工期延期")')
  })
})

describe('the Liwan example agrees with the seed reading', () => {
  const expected = new Map(SEED.map((r) => [r.name.replaceAll(' ', ''), r.status]))
  const rows = liwan.tasks.flatMap((task, t) =>
    task.indicators.map((indicator, i) => ({ indicator, path: ['tasks', t, 'indicators', i] })),
  )

  it('holds the 21 indicators of the seed', () => {
    expect(rows).toHaveLength(21)
  })

  it.each(rows.map((r) => [r.indicator.name, r] as const))('%s', (name, { indicator, path }) => {
    const a = assessIndicator(indicator, { path, fiscalYear: liwan.fiscalYear })
    expect(a.status).toBe(expected.get(name))
    for (const f of a.findings) expect(f.path.slice(0, 4)).toEqual(path)
  })
})
