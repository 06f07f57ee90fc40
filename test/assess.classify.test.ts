import { describe, expect, it } from 'vitest'
import { classifyIndicator } from '../src/index'
import chizhou from './fixtures/public-forms/01-chizhou-tangxi-weituo-2022.json'
import lincang from './fixtures/public-forms/20-lincang-linxiang-maluken-shourongsuo-2023.json'

describe('classifyIndicator from the name', () => {
  it.each([
    // The seed's indicators (the Liwan form prints no 一级/二级 columns).
    ['任务完成率', 'output', 'quantity', '完成率'],
    ['市民和花市档位档主的满意度', 'satisfaction', 'service-recipient', '满意度'],
    ['对荔湾文化的宣传力度', 'effect', 'social', '宣传'],
    ['市民对花市的气氛宣传装饰设计,牌楼设计满意度', 'satisfaction', 'service-recipient', '满意度'],
    ['垃圾分类率', 'effect', 'ecological', '垃圾'],
    ['服务达标率', 'output', 'quality', '达标率'],
    ['机关办公效率及服务质量', 'output', 'quality', '质量'],
    ['干部职工满意度', 'satisfaction', 'service-recipient', '满意度'],
    ['资金及时支付率', 'output', 'timeliness', '及时'],
    ['购置新能源车数量', 'output', 'quantity', '数量'],
    ['改造会议室数量', 'output', 'quantity', '数量'],
    ['综合调度指挥平台场地改造面积', 'output', 'quantity', '面积'],
    ['维修项目质量合格率', 'output', 'quality', '合格率'],
    ['物业管理服务满意度指标', 'satisfaction', 'service-recipient', '满意度'],
    // Names from the public forms.
    ['经费支出合规性', 'output', 'quality', '合规'],
    ['提交报告及时性', 'output', 'timeliness', '及时性'],
    ['项目总成本', 'output', 'cost', '成本'],
    ['办公所需成本', 'output', 'cost', '成本'],
    ['项目竣工验收率', 'output', 'quality', '验收'],
    ['务工人员年人均增收', 'effect', 'economic', '增收'],
    ['项目建成后可持续影响年限', 'effect', 'sustainable', '年限'],
    ['指标1:完成美丽宜居自然村庄验收时间', 'output', 'timeliness', '时间'],
    ['对维护基建市场公平的影响程度', 'effect', null, '影响'],
  ] as const)('%s → %s/%s', (name, level1, level2, matched) => {
    expect(classifyIndicator(name)).toEqual({ level1, level2, inferred: true, matched })
  })

  it.each(['法律顾问参与工作率', '花市档位出租率', '项目目标完整性', '', '可行性'])(
    'is null when unsure: %j',
    (name) => {
      expect(classifyIndicator(name)).toBeNull()
    },
  )
})

describe('classifyIndicator from printed levels', () => {
  it('trusts the printed 一级/二级 of the public forms', () => {
    for (const k of [...chizhou.kpis, ...lincang.kpis]) {
      const c = classifyIndicator(k.name, { level1: k.level1, level2: k.level2 })
      expect(c?.inferred).toBe(false)
    }
    expect(classifyIndicator('野生动物收容所', { level1: '产出指标', level2: '数量指标' })).toEqual(
      {
        level1: 'output',
        level2: 'quantity',
        inferred: false,
        matched: '数量指标',
      },
    )
    expect(classifyIndicator('x', { level1: '效益指标', level2: '生态效益指标' })).toMatchObject({
      level1: 'effect',
      level2: 'ecological',
    })
  })

  it('lets the 二级 decide when a template files satisfaction under 效益', () => {
    expect(
      classifyIndicator('学生满意度', { level1: '项目效益', level2: '服务对象满意度指标' }),
    ).toMatchObject({
      level1: 'satisfaction',
      level2: 'service-recipient',
      inferred: false,
    })
  })

  it('takes the 一级 alone, and falls back to the name when the levels say nothing', () => {
    expect(classifyIndicator('x', { level1: '产出指标' })).toEqual({
      level1: 'output',
      level2: null,
      inferred: false,
      matched: '产出指标',
    })
    expect(classifyIndicator('保障人数', { level1: '项目决策', level2: '项目目标' })).toMatchObject(
      {
        level2: 'quantity',
        inferred: true,
      },
    )
  })
})
