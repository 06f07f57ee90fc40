/// <reference types="vite/client" />
/**
 * Maps the second batch of public-form transcriptions (forms 25–61 in test/fixtures/public-forms/,
 * format in that folder's README, "Second batch") into the library's input format, using the
 * schema's fields for what these forms print: split target columns, sub-rows, rubric rows, 折算得分,
 * 复核分, groups with points, breakdowns, 资金管理情况, 结余 and 到位数.
 *
 * Nothing is corrected: every printed figure goes in exactly as printed (OCR damage, '20%' weights,
 * '5.8万' amounts, blank cells), so the library meets the forms' real mistakes. Every judgement
 * call is a comment marked JUDGEMENT.
 */
import type { SelfEvaluationInput } from '../../src/index'
import f25 from '../fixtures/public-forms/25-huaibei-suixi-linshijiuzhu-2019.json'
import f26 from '../fixtures/public-forms/26-handan-chengan-gaolingjintie-2020.json'
import f28 from '../fixtures/public-forms/28-suzhou-xiaoxian-hexicun-zhongyang-2023.json'
import f29 from '../fixtures/public-forms/29-guyuan-yuanzhou-malingshu-2022.json'
import f31 from '../fixtures/public-forms/31-wuhan-xinzhou-chujutuan-shebei-2020.json'
import f32 from '../fixtures/public-forms/32-huangshi-tushuguan-gongxiang-2022.json'
import f34 from '../fixtures/public-forms/34-suining-anju-shipinjianguan-2021.json'
import f35 from '../fixtures/public-forms/35-suining-jingkaiqu-liangpinyixie-2021.json'
import f37 from '../fixtures/public-forms/37-yongzhou-lingling-jikong-dept-2021.json'
import f38 from '../fixtures/public-forms/38-guangzhou-huadu-zhengxie-dept-2021.json'
import f40 from '../fixtures/public-forms/40-xuancheng-dizhenju-fangzhen-2021.json'
import f41 from '../fixtures/public-forms/41-ningde-dizhenju-dept-2020.json'
import f43 from '../fixtures/public-forms/43-guangyuan-chaotian-quanminjianshen-2023.json'
import f44 from '../fixtures/public-forms/44-chongqing-pengshui-jihuashengyu-2024.json'
import f46 from '../fixtures/public-forms/46-suzhou-xiaoxian-yanglou-zhongyang-2023.json'
import f47 from '../fixtures/public-forms/47-huainan-shouxian-dept-rubric-2023.json'
import f49 from '../fixtures/public-forms/49-baoshan-shidian-xinxingzhuti-2019.json'
import f50 from '../fixtures/public-forms/50-luan-huoshan-yiliaojiuzhu-2024.json'
import f52 from '../fixtures/public-forms/52-sichuan-puhuijinrong-zhuanxiang-unknown-year.json'
import f53 from '../fixtures/public-forms/53-xuancheng-gonganju-jindu-2021.json'
import f55 from '../fixtures/public-forms/55-luan-yuan-wenwubaohu-2022.json'
import f56 from '../fixtures/public-forms/56-hengyang-nanyue-zhonglieci-dept-2020.json'
import f58 from '../fixtures/public-forms/58-suizhou-guangshui-jiaotong-xiangcundaolu-2021.json'
import f59 from '../fixtures/public-forms/59-chuzhou-tianchang-shuili-fangxun-2022.json'
import f61 from '../fixtures/public-forms/61-xuancheng-nongyenongcun-dongwufangyi-2024.json'
import kpiRowsText from '../fixtures/public-forms/kpi-rows.jsonl?raw'
import { type PublicFunding, sourceOf } from './public-forms'

/** A funding row of the second batch: the first batch's keys and what these forms add. */
interface PublicFunding2 extends PublicFunding {
  amount?: string
  arrived?: string
  balance?: string
  reported_balance_rate?: string
  raw_cells?: string
}

interface PublicKpi2 {
  level1?: string
  level2?: string
  name: string
  formula?: string
  target?: string | null
  target_parts?: { nature?: string; value?: string; unit?: string }
  actual?: string | null
  weight?: string
  score?: string | null
  deviation_reason?: string
  explanation?: string
  completion_status?: string
  converted_score?: string
  parent?: string
  evidence_required?: string
  review_score?: string
  raw_cells?: string
}

/** One transcription of the second batch, in its own format (every figure a string as printed). */
export interface PublicForm2 {
  source_url: string | null
  title: string
  locality: string
  department: string
  year: number | null
  unit: string
  form_kind: string
  excerpt_truncated?: boolean
  funding: PublicFunding2[]
  overall_goal?: string
  overall_goal_result?: string
  overall_completion_rate?: string
  overall_goal_score?: string
  overall_deviation_reason?: string
  raw_interleaved_text?: string
  fund_management?: Record<string, string>
  scoring_rules_printed?: string
  kpis: PublicKpi2[]
  total_score?: string
  problems?: string[]
  improvements?: string[]
  notes: string
}

/** The transcriptions of forms 25–61, keyed by the two-digit form number. */
export const batch2: Readonly<Record<string, PublicForm2>> = {
  '25': f25,
  '26': f26,
  '28': f28,
  '29': f29,
  '31': f31,
  '32': f32,
  '34': f34,
  '35': f35,
  '37': f37,
  '38': f38,
  '40': f40,
  '41': f41,
  '43': f43,
  '44': f44,
  '46': f46,
  '47': f47,
  '49': f49,
  '50': f50,
  '52': f52,
  '53': f53,
  '55': f55,
  '56': f56,
  '58': f58,
  '59': f59,
  '61': f61,
}

/** One line of kpi-rows.jsonl: a KPI row as transcribed, with the auditor's reading. */
export interface KpiRow {
  readonly form: string
  readonly name: string
  readonly target?: string | null
  readonly actual?: string | null
  readonly auditor: {
    readonly kind: string
    readonly comparator: string | null
    readonly value: string | null
    readonly unit: string | null
    readonly direction: string
    readonly status: 'met' | 'partially-met' | 'not-met' | 'not-carried-out' | 'unknown'
    readonly why: string
  }
}

/** kpi-rows.jsonl, line by line (177 lines; each form's lines in the order of its `kpis`). */
export const kpiRows: readonly KpiRow[] = kpiRowsText
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as KpiRow)

const TRUNCATED = '[摘录在此截断]'

/**
 * A KPI row the mapper leaves out: one the excerpt cut ('[摘录在此截断]' in any of its cells), whether
 * a bare placeholder or a row whose later cells are missing because the page text stops there —
 * its empty cells were never blank on the printed form.
 */
function isPlaceholder(k: PublicKpi2): boolean {
  return Object.values(k).some((v) => typeof v === 'string' && v.includes(TRUNCATED))
}

/**
 * For each form, the index in `toInput2(form).indicators` of each of its `kpis` (so of each of its
 * kpi-rows.jsonl lines, in order), or null for a placeholder row that is left out.
 */
export const indicatorIndex: Readonly<Record<string, readonly (number | null)[]>> =
  Object.fromEntries(
    Object.entries(batch2).map(([n, form]) => {
      let next = 0
      return [n, form.kpis.map((k) => (isPlaceholder(k) ? null : next++))]
    }),
  )

// ---------------------------------------------------------------------------------------------
// Labels
// ---------------------------------------------------------------------------------------------

/** Traditional characters that appear in these forms' funding and 资金管理 labels. */
const SIMPLIFIED: Readonly<Record<string, string>> = {
  計: '计',
  資: '资',
  撥: '拨',
  財: '财',
  總: '总',
  額: '额',
  結: '结',
  轉: '转',
  補: '补',
  劃: '划',
  學: '学',
  達: '达',
  時: '时',
  規: '规',
  範: '范',
  執: '执',
  準: '准',
  確: '确',
  業: '业',
  見: '见',
  與: '与',
  預: '预',
  費: '费',
  興: '兴',
  滿: '满',
  產: '产',
  數: '数',
  質: '质',
  標: '标',
}

/**
 * A label reduced for classification only (never given to the library): pinyin glosses
 * ("(jīng)", from the mirror sites of forms 56 and 61) removed, traditional characters simplified.
 */
function plain(label: string): string {
  return label
    .replace(/\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü?]+\)/gu, '')
    .replace(/[\u3400-\u9fff]/gu, (c) => SIMPLIFIED[c] ?? c)
}

/**
 * Which funding source a printed row label names: `sourceOf` of the first batch, extended for the
 * labels of this batch. The label is classified by its last part ('奖励扶助:其中:中央补助' →
 * '中央补助'; the transcriber prefixes a block's rows with its heading).
 */
export function sourceOf2(label: string): string {
  const parts = plain(label)
    .split(/[:：]/u)
    .map((s) => s.trim())
    .filter((s) => s !== '')
  const whole = plain(label)
  const tail = parts[parts.length - 1] ?? whole
  // Headline rows: 合计 / 小计 / 资金总额, and the rows other templates print in their place:
  // 预算执行情况 (34), 预算数(预算安排情况(调整后)) (26), 年度金额(提前下达) (52).
  if (/合\s*计|资金总额|小计|预算执行情况|预算安排情况|年度金额/u.test(tail)) return 'total'
  if (tail.includes('上年结转')) return 'carry-over'
  // JUDGEMENT: 彩票公益金 is 政府性基金预算 money (50).
  if (/彩票公益金|政府性基金/u.test(tail)) return 'government-fund-budget'
  if (/单位.*收入|单位资金/u.test(tail)) return 'unit-funds'
  // JUDGEMENT: local money (地方资金 43/50/61, 本级资金 44, 市县资金 29) is 'other': the form does
  // not say which local budget it comes from. Checked before the upper-level words below, since
  // 地方财政资金 also says 财政资金.
  if (/地方|本级|市县/u.test(tail)) return 'other'
  // Money from a higher level (中央 / 省级 / 自治区 / 市级 for a county, 补助, 转移支付).
  if (/中央|省级|市级|自治区|补助|转移支付/u.test(tail)) return 'transfer'
  // JUDGEMENT: '其中:财政资金' (26) is the fiscal appropriation.
  if (tail.endsWith('财政资金')) return 'current-appropriation'
  return sourceOf(tail)
}

/**
 * JUDGEMENT: per-row source overrides. 58's first row is the transcriber's guess ('列归属不确定;
 * 推断为 本级/合计': the cell sits under 本级 or 合计); read as the 本级 source row, so that its
 * 合计 row (the second) covers it.
 */
const SOURCE_OVERRIDES: Readonly<Record<string, Readonly<Record<number, string>>>> = {
  '58': { 0: 'other' },
}

/** A level label split into its plain text and the points printed in it ('产出指标(50分)'). */
function splitPoints(label: string | undefined): { label?: string; points?: string } {
  if (label === undefined) return {}
  const m = /^(.*?)\s*(?:[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]|(\d+(?:\.\d+)?)\s*分)\s*$/u.exec(
    label,
  )
  if (m === null) return label.trim() === '' ? {} : { label }
  const rest = (m[1] ?? '').trim()
  const points = m[2] ?? m[3]
  return { ...(rest === '' ? {} : { label: rest }), ...(points === undefined ? {} : { points }) }
}

/**
 * JUDGEMENT: level-1 labels lost in the text extraction, where only the points survive ('(50分)').
 * 59 prints the rule '一级指标分值统一设置为:产出指标50分、效益指标30分…' and its level-2 rows under
 * '(50分)' are 数量/质量/时效/成本 and under '(30分)' 经济/社会/生态/可持续, so the labels are not in
 * doubt. (40, 46 and 53 lose theirs the same way; their transcriptions already give '产出指标'.)
 */
const LOST_LEVEL1: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  '59': { '50': '产出指标', '30': '效益指标' },
}

interface Group {
  level1: string
  level2?: string
  weight?: string
  rule?: string
}

/**
 * JUDGEMENT: group points the forms print but the transcriptions keep only in `notes` (checked
 * against shared/fixtures/public-forms/raw/NN.txt): the level-1 headings '产出指标(50分)' etc. are
 * printed on the forms, so they go in as groups like those printed in the labels. 58's '项目绩效
 * 85 分' (产出 + 效益 + 满意度 together) has no group shape and stays in the notes; 32's '年度绩效目标1
 * (80分)' likewise.
 */
const PRINTED_GROUPS: Readonly<Record<string, readonly Group[]>> = {
  '25': [
    { level1: '产出指标', weight: '50' },
    { level1: '效益指标', weight: '30' },
    { level1: '满意度指标', weight: '10' },
  ],
  '28': [
    { level1: '产出指标', weight: '50' },
    { level1: '效益指标', weight: '30' },
  ],
  '29': [
    { level1: '产出指标', weight: '40' },
    { level1: '效益指标', weight: '40' },
    { level1: '满意度指标', weight: '20' },
  ],
  '32': [
    { level1: '产出指标', weight: '40' },
    { level1: '效益指标', weight: '30' },
    { level1: '满意度指标', weight: '10' },
  ],
  '40': [{ level1: '产出指标', weight: '50' }],
  '46': [{ level1: '产出指标', weight: '50' }],
  '53': [{ level1: '产出指标', weight: '50' }],
  '58': [
    { level1: '项目决策', weight: '2' },
    { level1: '项目管理', weight: '13' },
    { level1: '产出指标', weight: '40' },
    {
      level1: '产出指标',
      level2: '数量指标',
      weight: '15',
      rule: '三级指标分值按三级指标个数平均确定 (15 分÷三级指标个数) ,四舍五入保留整数。',
    },
    { level1: '产出指标', level2: '质量指标', weight: '12' },
  ],
  '59': [{ level1: '满意度指标', weight: '10' }],
}

/**
 * JUDGEMENT: a rubric row (评价要点 + 评分标准, scored against a criterion) is one whose level-1
 * heading is a rubric section — 规划 / 执行 (47), 项目决策 / 项目管理 (58), 项目预算管理 (44's
 * checklist) — rather than an 产出 / 效益 / 满意度 heading. 44's rows print a target and an actual,
 * but the 'target' is a fill-in prompt ('项目资金测算标准(文字描述)'); both are kept as printed.
 */
function isRubric(level1: string | undefined): boolean {
  if (level1 === undefined) return false
  const l = plain(level1)
  return !/产出|效益|效果|满意/u.test(l) && /决策|管理|规划|执行|过程/u.test(l)
}

/**
 * JUDGEMENT: a `formula` cell that is a scoring rule ('本指标满分6分…扣完为止' in 41, '…计 2 分,没有
 * 不得分' in 58, '(3分)' in 47) is the row's criterion, not a formula.
 */
function isScoringRule(text: string): boolean {
  return /满分|得\s*\d+(?:\.\d+)?\s*分|扣\s*\d|不得分|分÷|[（(]\s*\d+(?:\.\d+)?\s*分|\d+(?:\.\d+)?\s*分\s*[;；。]/u.test(
    text,
  )
}

/** 资金管理情况 aspect of a printed label (simplified or traditional). */
function aspectOf(
  label: string,
): 'allocation' | 'timeliness' | 'disbursement' | 'usage' | 'accuracy' | 'other' {
  const l = plain(label)
  if (l.includes('分配')) return 'allocation'
  if (l.includes('下达')) return 'timeliness'
  if (l.includes('拨付')) return 'disbursement'
  if (l.includes('使用')) return 'usage'
  if (l.includes('执行准确')) return 'accuracy'
  return 'other'
}

/**
 * JUDGEMENT: the department cell the transcriber marks as not printed (47 '单位栏空白', 52 '未印出',
 * 44 '表内未印单位名') is left out: the form prints no department (DEPARTMENT_MISSING).
 */
function printedDepartment(department: string): string | undefined {
  return /单位栏空白|未印出|未印单位名/u.test(department) ? undefined : department
}

/**
 * JUDGEMENT: the unit '萬元' (56, 61: traditional characters) is the unit 万元; '' (38, 47: the 单位
 * cell is empty) is no unit.
 */
function unitOf(unit: string): '元' | '万元' | '亿元' | undefined {
  const u = plain(unit.replace('萬', '万')).trim()
  return u === '元' || u === '万元' || u === '亿元' ? u : undefined
}

/**
 * JUDGEMENT: KPI rows that survive only as `raw_cells` (29). What is readable goes in; the raw text
 * goes in `source.notes`. The readings follow the pattern of 29's other rows, <分值><指标值><实际值><得分>:
 * - row 2 '8000亩\n8535.5亩': read in column order, target '8000亩' and actual '8535.5亩' (as the
 *   auditor does); weight and score are not recoverable.
 * - row 4 '811月底完成100%100%8': 8 | '11月底完成100%' | '100%' | 8 (one cell too many otherwise).
 * - row 7 '880%^80%8': 8 | '80%' | '^80%' | 8 (the '^' is OCR damage; kept with the actual).
 */
const RAW_READINGS: Readonly<
  Record<
    string,
    Readonly<Record<number, Partial<Pick<PublicKpi2, 'target' | 'actual' | 'weight' | 'score'>>>>
  >
> = {
  '29': {
    2: { target: '8000亩', actual: '8535.5亩' },
    4: { weight: '8', target: '11月底完成100%', actual: '100%', score: '8' },
    7: { weight: '8', target: '80%', actual: '^80%', score: '8' },
  },
}

function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T
}

function orUndefined<T>(v: T | null | undefined): T | undefined {
  return v ?? undefined
}

function fundingRow(n: string, row: PublicFunding2, r: number): Record<string, unknown> {
  const printed = defined({
    completionRate: row.reported_execution_rate,
    adjustmentRate: row.reported_adjustment_rate,
    balanceRate: row.reported_balance_rate,
    score: row.score,
  })
  return defined({
    source: SOURCE_OVERRIDES[n]?.[r] ?? sourceOf2(row.source),
    label: row.source,
    initialBudget: row.initial_budget,
    adjustment: row.adjustment,
    adjustedBudget: row.full_year_budget,
    actual: row.actual,
    arrived: row.arrived,
    balance: row.balance,
    weight: row.weight,
    printed: Object.keys(printed).length === 0 ? undefined : printed,
  })
}

/** 37's 按收入性质分 / 按支出性质分 rows (`amount`) as the two breakdowns. */
function breakdownOf(rows: readonly PublicFunding2[]): Record<string, unknown> | undefined {
  const sides = [
    ['byIncome', '按收入性质分'],
    ['byExpenditure', '按支出性质分'],
  ] as const
  const out: Record<string, unknown> = {}
  for (const [side, heading] of sides) {
    const block = rows.filter((r) => r.amount !== undefined && r.source.startsWith(heading))
    if (block.length === 0) continue
    const total = block.find((r) => r.source.includes('合计'))
    out[side] = defined({
      total: total?.amount,
      // The transcriber prefixes each row with its heading ('按收入性质分:'); the printed label is
      // the rest ('其中:一般公共预算'). Blank amounts ('') go in as printed: blank, not zero.
      items: block
        .filter((r) => r !== total)
        .map((r) =>
          defined({
            label: r.source.slice(heading.length).replace(/^[:：]/u, ''),
            amount: r.amount,
          }),
        ),
    })
  }
  return Object.keys(out).length === 0 ? undefined : out
}

function indicatorOf(
  n: string,
  k: PublicKpi2,
  i: number,
  notes: string[],
): Record<string, unknown> {
  const raw = RAW_READINGS[n]?.[i]
  if (k.raw_cells !== undefined)
    notes.push(`kpis[${i}] ${k.name}: raw_cells ${JSON.stringify(k.raw_cells)}`)
  if (k.evidence_required !== undefined)
    notes.push(`kpis[${i}] ${k.name}: 需提供的支撑材料 ${k.evidence_required}`)
  const l1 = splitPoints(k.level1)
  const l2 = splitPoints(k.level2)
  const level1 = l1.label ?? (l1.points !== undefined ? LOST_LEVEL1[n]?.[l1.points] : undefined)
  const rubric = isRubric(level1)
  const criterion = k.formula !== undefined && (rubric || isScoringRule(k.formula))
  const parts = k.target_parts
  const printed = defined({
    score: orUndefined(raw?.score ?? k.score),
    convertedScore: k.converted_score,
    status: k.completion_status,
  })
  return defined({
    name: k.name,
    kind: rubric ? 'rubric' : undefined,
    level1,
    level2: l2.label,
    formula: criterion ? undefined : k.formula,
    criterion: criterion ? k.formula : undefined,
    explanation: k.explanation,
    parent: k.parent,
    // JUDGEMENT: where the form prints 符号 / 值 / 单位 in separate columns (26), only the parts go
    // in: the transcription's joined `target` ('>= 98 %(百分比)') is not a printed cell.
    target: parts !== undefined ? undefined : orUndefined(raw?.target ?? k.target),
    targetParts:
      parts === undefined
        ? undefined
        : defined({ comparator: parts.nature, value: parts.value, unit: parts.unit }),
    actual: orUndefined(raw?.actual ?? k.actual),
    deviationReason: k.deviation_reason,
    weight: raw?.weight ?? k.weight,
    // JUDGEMENT: the printed 单项指标完成情况 is the form's own verdict: checked against the
    // library's reading (printed.status), not imposed on it (status).
    printed: Object.keys(printed).length === 0 ? undefined : printed,
    reviews: k.review_score === undefined ? undefined : [{ by: '复核分', score: k.review_score }],
  })
}

function groupsOf(n: string, form: PublicForm2): Group[] {
  const groups: Group[] = []
  const seen = new Set<string>()
  const add = (g: Group) => {
    const key = `${g.level1}|${g.level2 ?? ''}`
    if (seen.has(key)) return
    seen.add(key)
    groups.push(g)
  }
  for (const k of form.kpis) {
    const l1 = splitPoints(k.level1)
    const l2 = splitPoints(k.level2)
    const level1 = l1.label ?? (l1.points !== undefined ? LOST_LEVEL1[n]?.[l1.points] : undefined)
    if (level1 === undefined) continue
    if (l1.points !== undefined) add({ level1, weight: l1.points })
    if (l2.points !== undefined && l2.label !== undefined)
      add({ level1, level2: l2.label, weight: l2.points })
  }
  for (const g of PRINTED_GROUPS[n] ?? []) add(g)
  return groups
}

/**
 * One transcription of the second batch in the library's input format. `n` is the form number;
 * truncation placeholders (a name ending in '[摘录在此截断]' with no figures) are left out, so
 * `indicatorIndex[n]` maps each `kpis` row to its indicator.
 */
export function toInput2(form: PublicForm2): SelfEvaluationInput {
  const n = Object.entries(batch2).find(([, f]) => f === form)?.[0] ?? ''
  const notes: string[] = [form.notes]
  if (form.excerpt_truncated === true)
    notes.push('excerpt_truncated: only the beginning of the form was available')
  // JUDGEMENT: an excerpt is a partial transcription; the library then skips the checks that need
  // the whole form (weights to 100, the printed total, groups falling short).
  const partial = form.excerpt_truncated === true
  for (const row of form.funding)
    if (row.raw_cells !== undefined)
      notes.push(`funding ${row.source}: raw_cells ${JSON.stringify(row.raw_cells)}`)
  // No schema field for these; they stay readable in the notes.
  if (form.overall_completion_rate !== undefined)
    notes.push(`总体完成率 (overall_completion_rate) printed: ${form.overall_completion_rate}`)
  if (form.overall_goal_score !== undefined)
    notes.push(`年度目标完成情况得分 (overall_goal_score) printed: ${form.overall_goal_score}`)
  if (form.overall_deviation_reason !== undefined)
    notes.push(`未能完成原因 (overall_deviation_reason): ${form.overall_deviation_reason}`)
  if (form.raw_interleaved_text !== undefined)
    notes.push(`raw_interleaved_text: ${form.raw_interleaved_text}`)

  const funding = form.funding
    .map((row, r) => ({ row, r }))
    .filter(({ row }) => row.amount === undefined)
    .map(({ row, r }) => fundingRow(n, row, r))
  const indicators = form.kpis
    .map((k, i) => ({ k, i }))
    .filter(({ k }) => !isPlaceholder(k))
    .map(({ k, i }) => indicatorOf(n, k, i, notes))
  const groups = groupsOf(n, form)
  const fundManagement =
    form.fund_management === undefined
      ? undefined
      : Object.entries(form.fund_management).map(([label, text]) => {
          // "情况说明 | 存在问题和改进措施" (50, 61); 43 prints only the description.
          const [description, problems] = text.split(' | ')
          return defined({ aspect: aspectOf(label), label, description, problems })
        })
  const printed = defined({
    totalScore: form.total_score,
    scoringRules: form.scoring_rules_printed,
  })
  return defined({
    kind: form.form_kind as 'project' | 'department-overall',
    title: form.title,
    department: printedDepartment(form.department),
    locality: form.locality,
    // JUDGEMENT: year null (52 prints no year) → no fiscalYear (FISCAL_YEAR_MISSING).
    fiscalYear: orUndefined(form.year),
    unit: unitOf(form.unit),
    funding,
    fundingBreakdown: breakdownOf(form.funding),
    fundManagement,
    groups: groups.length === 0 ? undefined : groups,
    goal:
      form.overall_goal === undefined && form.overall_goal_result === undefined
        ? undefined
        : defined({ planned: form.overall_goal, achieved: form.overall_goal_result }),
    indicators,
    // 49: one problem and one improvement cell, each a run of 一是/二是/三是; kept whole.
    // JUDGEMENT: no `answers`: the form does not say which problem an improvement answers.
    problems: form.problems?.map((text, p) => ({ id: p + 1, text })),
    improvements: form.improvements?.map((text, p) => ({ id: p + 1, text })),
    printed: Object.keys(printed).length === 0 ? undefined : printed,
    source: defined({
      url: orUndefined(form.source_url),
      notes,
      partial: partial ? true : undefined,
    }),
  }) as SelfEvaluationInput
}
