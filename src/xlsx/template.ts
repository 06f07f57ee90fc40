import { oneOf } from '../options/index'
import type { FormKind } from '../schema/index'
import { type SheetCell, type SheetSpec, sheetsToXlsx } from './sheet-xml'

type Row = SheetCell[]
const h = (value: string): SheetCell => ({ value, style: 'header' })

/** The department-overall layout of the seed (广州 荔湾 2021): funding, goal, tasks, problems. */
function departmentSheet(): SheetSpec {
  const rows: Row[] = [
    ['部门整体支出绩效自评表'],
    ['(    年度)'],
    ['部门名称:', '', '', '', '', '单位:万元'],
    [
      '',
      h('资金来源'),
      h('年初预算数'),
      h('预算调整数'),
      h('实际支出数'),
      h('预算完成率'),
      h('预算调整率'),
    ],
    ['部门资金情况', '合计'],
    ['', '一般公共预算'],
    ['', '政府性基金预算'],
    ['', '其他资金'],
    ['', h('部门整体支出的预期目标'), '', '', h('部门整体支出的目标完成情况')],
    ['年度目标'],
    [
      h('主要任务'),
      h('年初预期目标'),
      h('目标完成情况'),
      h('关键指标'),
      h('计算公式或指标内容'),
      h('预期实现值'),
      h('指标完成情况'),
      h('任务涉及资金'),
    ],
    ...Array.from({ length: 30 }, (): Row => []),
    ['存在问题'],
    ['改进措施'],
  ]
  const last = rows.length
  return {
    name: '部门整体支出绩效自评表',
    rows,
    merges: [
      'A1:H1',
      'A2:H2',
      'A3:E3',
      'A5:A8',
      'B9:D9',
      'E9:H9',
      'B10:D10',
      'E10:H10',
      `B${last - 1}:H${last - 1}`,
      `B${last}:H${last}`,
    ],
    widths: [12, 28, 24, 18, 22, 14, 24, 12],
  }
}

/** The national project layout (财预〔2020〕10号 附件): funding with 分值/得分, goal, three-level KPIs. */
function projectSheet(): SheetSpec {
  const kpis: [string, string][] = [
    ['产出指标', '数量指标'],
    ['产出指标', '质量指标'],
    ['产出指标', '时效指标'],
    ['产出指标', '成本指标'],
    ['效益指标', '经济效益指标'],
    ['效益指标', '社会效益指标'],
    ['效益指标', '生态效益指标'],
    ['效益指标', '可持续影响指标'],
    ['满意度指标', '服务对象满意度指标'],
  ]
  const rows: Row[] = [
    ['项目支出绩效自评表'],
    ['(    年度)'],
    ['项目名称', ''],
    ['主管部门', '', '', '', '实施单位'],
    [
      h('项目资金(万元)'),
      '',
      h('年初预算数'),
      h('全年预算数'),
      h('全年执行数'),
      h('分值'),
      h('执行率'),
      h('得分'),
    ],
    ['', '年度资金总额', '', '', '', '10'],
    ['', '其中:本年财政拨款'],
    ['', '上年结转资金'],
    ['', '其他资金'],
    [h('年度总体目标'), h('预期目标'), '', '', h('实际完成情况')],
    ['', '', '', '', ''],
    [
      '',
      h('一级指标'),
      h('二级指标'),
      h('三级指标'),
      h('年度指标值'),
      h('实际完成值'),
      h('分值'),
      h('得分'),
      h('偏差原因分析及改进措施'),
    ],
    ...kpis.map(([l1, l2]): Row => ['', l1, l2]),
    ['总分', '', '', '', '', '', '100'],
  ]
  const kpiStart = 13
  const kpiEnd = kpiStart + kpis.length - 1
  return {
    name: '项目支出绩效自评表',
    rows,
    merges: [
      'A1:I1',
      'A2:I2',
      'B3:I3',
      'B4:D4',
      'A5:B5',
      'A6:A9',
      'A10:A11',
      'B10:D10',
      'E10:I10',
      'B11:D11',
      'E11:I11',
      `A12:A${kpiEnd}`,
    ],
    widths: [10, 14, 18, 28, 16, 16, 8, 8, 28],
  }
}

/**
 * The blank printed layout of a form kind as an .xlsx workbook, for staff to fill in Excel:
 * `department-overall` is the seed's layout (资金来源 / 年初预算数 / 预算调整数 / 实际支出数, 年度目标, 主要任务
 * with 关键指标 and 预期实现值, 存在问题, 改进措施); `project` is the national project table of
 * 财预〔2020〕10号 (年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分, 一级/二级/三级指标). A filled
 * template reads back with `readWorkbook`.
 *
 * @example
 * ```ts
 * import { writeFormTemplate } from '@lw/perf-eval/xlsx'
 * writeFormTemplate('department-overall').length > 1000 // true
 * ```
 */
export function writeFormTemplate(kind: FormKind): Uint8Array {
  const k = oneOf('writeFormTemplate', 'kind', kind, ['department-overall', 'project'], 'project')
  return sheetsToXlsx([k === 'project' ? projectSheet() : departmentSheet()])
}
