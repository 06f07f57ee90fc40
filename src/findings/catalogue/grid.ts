import type { RuleDoc, RuleMessage } from '../types'

/** Messages of the rules about reading a form from a sheet's cells. @internal */
export const GRID_MESSAGES: readonly RuleMessage[] = [
  {
    code: 'GRID_NO_FORM',
    severity: 'error',
    message: {
      'zh-CN': '工作表“{sheet}”中找不到自评表的表头（资金表或指标表）',
      en: 'Sheet "{sheet}" holds no self-evaluation table (no funding or indicator header)',
    },
  },
  {
    code: 'GRID_LABEL_UNKNOWN',
    severity: 'info',
    message: {
      'zh-CN': '表头单元格 {cell}“{label}”无法识别，该列未读取',
      en: 'The header cell {cell} "{label}" is not a known column; the column was not read',
    },
  },
  {
    code: 'GRID_FORMULA_NO_VALUE',
    severity: 'warning',
    message: {
      'zh-CN': '单元格 {cell} 是公式，但文件未保存其计算结果，按空白处理',
      en: 'Cell {cell} is a formula whose result the file did not save; read as blank',
    },
  },
  {
    code: 'GRID_TOO_LARGE',
    severity: 'warning',
    message: {
      'zh-CN': '工作表“{sheet}”超出读取上限，只读取了前 {rows} 行、{columns} 列',
      en: 'Sheet "{sheet}" is larger than the reader reads; only its first {rows} rows and {columns} columns were read',
    },
  },
  {
    code: 'WORKBOOK_UNREADABLE',
    severity: 'error',
    message: {
      'zh-CN': '文件无法作为工作簿读取（{detail}）',
      en: 'The file cannot be read as a workbook ({detail})',
    },
  },
]

/** Descriptions of the rules about reading a form from a sheet's cells. @internal */
export const GRID_DOCS: readonly RuleDoc[] = [
  {
    code: 'GRID_NO_FORM',
    area: 'input',
    description: {
      'zh-CN':
        '工作表中没有可识别的资金表或指标表表头（年初预算数、全年执行数、三级指标、年度指标值等）。',
      en: 'A sheet has no recognisable funding or indicator header (年初预算数, 全年执行数, 三级指标, 年度指标值 …).',
    },
    thresholds: [],
  },
  {
    code: 'GRID_LABEL_UNKNOWN',
    area: 'input',
    description: {
      'zh-CN': '表头中有读取器不认识的列名，该列不读取（可补充到标签词表）。',
      en: 'A header cell the reader does not know; its column is not read (the label lexicon may lack it).',
    },
    thresholds: [],
  },
  {
    code: 'GRID_FORMULA_NO_VALUE',
    area: 'input',
    description: {
      'zh-CN':
        '公式单元格没有缓存的计算结果（文件由不计算公式的程序生成），按空白处理，不自行计算。',
      en: 'A formula cell without a cached result (written by a program that does not calculate); read as blank, never computed here.',
    },
    thresholds: [],
  },
  {
    code: 'GRID_TOO_LARGE',
    area: 'input',
    description: {
      'zh-CN': '工作表超过读取上限（行数、列数或单元格文字长度），超出部分不读取。',
      en: 'A sheet beyond the reader’s bounds (rows, columns or cell text length); the rest is not read.',
    },
    params: { rows: 'number', columns: 'number' },
    thresholds: [],
  },
  {
    code: 'WORKBOOK_UNREADABLE',
    area: 'input',
    description: {
      'zh-CN':
        '文件不是 .xlsx/.xls/.ods 工作簿、已损坏，或解压后超出读取上限（防范压缩炸弹）；不猜测其内容。',
      en: 'The file is not an .xlsx/.xls/.ods workbook, is damaged, or would inflate beyond the reader’s bounds (a zip bomb); its content is not guessed.',
    },
    params: { reason: 'string' },
    thresholds: [],
  },
]
