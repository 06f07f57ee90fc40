// The `perf-eval` command, as a function of its arguments and an injected I/O: no global state,
// no process access here, so every command, exit code and message can be tested in-process too.
import { parseArgs } from 'node:util'
import pkg from '../../package.json'
import { checkRuleSettings, type RuleSettings } from '../findings/index'
import { nearest } from '../findings/nearest'
import {
  type CellMap,
  type Evaluation,
  evaluate,
  type Finding,
  formatPath,
  LOCALES,
  type Locale,
  liwan2021Form,
  OptionError,
  type ReviewTableName,
  renderReport,
  reviewCsv,
  rules,
  type SchemeName,
  type ScoringScheme,
  ScoringSchemeSchema,
  schemes,
  selfEvaluationJsonSchema,
} from '../index'
import { cleanText, escapeMarkdown } from '../report/escape'
import { renderBatch } from '../report/summary'
import { displayWidth, pad } from '../report/text-width'
import { readWorkbook, type WorkbookForm, writeReviewWorkbook } from '../xlsx/index'
import {
  EVALUATE_HELP,
  EXAMPLE_HELP,
  IMPORT_HELP,
  RULES_HELP,
  SCHEMA_HELP,
  TOP_HELP,
  VALIDATE_HELP,
} from './help'
import { parseJson } from './json-error'

/** What the command reads and writes; `main.ts` wires it to Node, tests to memory. */
export interface CliIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  /** Reads a UTF-8 file; throws a Node-style error (with `code`) when it cannot. */
  readonly readFile: (path: string) => string
  /** Reads a file's bytes (workbooks); absent where only text can be read. */
  readonly readBytes?: ((path: string) => Uint8Array) | undefined
  readonly readStdin: () => Promise<string>
  /** Writes a UTF-8 file; throws a Node-style error when it cannot. */
  readonly writeFile: (path: string, text: string) => void
  /** Writes a file's bytes (review workbooks); absent where only text can be written. */
  readonly writeBytes?: ((path: string, bytes: Uint8Array) => void) | undefined
  readonly isDirectory: (path: string) => boolean
  readonly readDir: (path: string) => string[]
  /** Joins a folder and a file name the platform's way. */
  readonly join: (dir: string, name: string) => string
  /** Columns of the terminal standard output is, if it is one. */
  readonly columns?: number | undefined
}

/** Exit statuses. */
export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 } as const

/** A user mistake: reported as one message, never with a stack trace. */
class UsageError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message)
  }
}

/** The package version, printed by --version. */
const VERSION: string = pkg.version

function errorReason(err: unknown): string {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : ''
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EISDIR':
      return 'is a directory'
    case 'ENOTDIR':
      return 'a part of the path is not a directory'
    default:
      return err instanceof Error ? err.message : String(err)
  }
}

/** Parses the options of one command; unknown options and missing values are usage errors. */
function parse<T extends NonNullable<Parameters<typeof parseArgs>[0]>['options']>(
  command: string,
  args: readonly string[],
  options: T,
  positionals: boolean,
) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: positionals, strict: true })
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : ''
    const option = /'([^']+)'/.exec(message)?.[1] ?? ''
    const text =
      code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
        ? `unknown option ${option}`
        : code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL'
          ? `unexpected argument ${option}`
          : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
            ? `option ${/--[\w-]+/.exec(option)?.[0] ?? option} needs a value`
            : message
    throw new UsageError(`${command}: ${text}`, `Run 'perf-eval ${command} --help' for usage.`)
  }
}

function choice<T extends string>(
  command: string,
  name: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(
    `${command}: --${name} must be one of ${allowed.join(', ')} (got '${cleanText(value)}')`,
  )
}

interface Input {
  readonly name: string
  readonly value: unknown
  /** The cell of each value, when the form was read from a workbook. */
  readonly cells?: CellMap | undefined
}

const WORKBOOK_EXTENSIONS = ['.xlsx', '.xls', '.ods'] as const

function isWorkbook(name: string): boolean {
  const lower = name.toLowerCase()
  return WORKBOOK_EXTENSIONS.some((e) => lower.endsWith(e))
}

/** The forms of a workbook file, or why it cannot be read (a message). */
async function readWorkbookFile(
  file: string,
  io: CliIo,
): Promise<readonly WorkbookForm[] | string> {
  if (io.readBytes === undefined) return `cannot read ${file}: workbooks need a file system`
  let bytes: Uint8Array
  try {
    bytes = io.readBytes(file)
  } catch (err) {
    return `cannot read ${file}: ${errorReason(err)}`
  }
  let read: Awaited<ReturnType<typeof readWorkbook>>
  try {
    read = await readWorkbook(bytes)
  } catch (err) {
    // The optional SheetJS package is missing: the one error readWorkbook throws.
    return cleanText(err instanceof Error ? err.message : String(err))
  }
  if (read.forms.length === 0) {
    const why = read.findings.map((f) => cleanText(f.message)).join('; ')
    return `${file}: no form found${why === '' ? '' : ` (${why})`}`
  }
  return read.forms
}

/** Reads every input (files, folders, '-'); any unreadable one stops the command. */
async function readInputs(command: string, paths: readonly string[], io: CliIo): Promise<Input[]> {
  if (paths.length === 0) {
    throw new UsageError(
      `${command}: no input; give a form file, a folder or '-'`,
      `Run 'perf-eval ${command} --help' for usage.`,
    )
  }
  const files: string[] = []
  for (const path of paths) {
    if (path !== '-' && io.isDirectory(path)) {
      const names = io
        .readDir(path)
        .filter((n) => n.toLowerCase().endsWith('.json') || isWorkbook(n))
        .sort()
      if (names.length === 0)
        throw new UsageError(`${command}: no .json or workbook files in ${path}`)
      files.push(...names.map((n) => io.join(path, n)))
    } else {
      files.push(path)
    }
  }
  if (files.filter((f) => f === '-').length > 1) {
    throw new UsageError(`${command}: standard input ('-') can be read only once`)
  }
  const problems: string[] = []
  const inputs: Input[] = []
  for (const file of files) {
    if (isWorkbook(file)) {
      const read = await readWorkbookFile(file, io)
      if (typeof read === 'string') problems.push(read)
      else
        inputs.push(
          ...read.map((f) => ({ name: `${file}#${f.sheet}`, value: f.form, cells: f.cells })),
        )
      continue
    }
    let text: string
    try {
      text = file === '-' ? await io.readStdin() : io.readFile(file)
    } catch (err) {
      problems.push(`cannot read ${file}: ${errorReason(err)}`)
      continue
    }
    const name = file === '-' ? '<stdin>' : file
    const parsed = parseJson(text)
    if (!parsed.ok) {
      const { line, column, message } = parsed.error
      problems.push(`${name}:${line}:${column}: invalid JSON: ${message}`)
      continue
    }
    inputs.push({ name, value: parsed.value })
  }
  if (problems.length > 0) throw new UsageError(problems.map((p) => `${command}: ${p}`).join('\n'))
  return inputs
}

/** A built-in scheme name, or a scheme read from a JSON file and checked. */
function readScheme(
  command: string,
  value: string | undefined,
  io: CliIo,
): SchemeName | ScoringScheme | undefined {
  if (value === undefined) return undefined
  if (Object.hasOwn(schemes, value)) return value as SchemeName
  const names = Object.keys(schemes).join(', ')
  let text: string
  try {
    text = io.readFile(value)
  } catch (err) {
    const looksLikeFile = value.toLowerCase().endsWith('.json') || /[/\\]/.test(value)
    if (!looksLikeFile) {
      throw new UsageError(
        `${command}: unknown scheme '${cleanText(value)}'; built-in schemes: ${names}; or give a scheme .json file`,
      )
    }
    throw new UsageError(`${command}: cannot read scheme ${value}: ${errorReason(err)}`)
  }
  const parsed = parseJson(text)
  if (!parsed.ok) {
    const { line, column, message } = parsed.error
    throw new UsageError(`${command}: ${value}:${line}:${column}: invalid JSON: ${message}`)
  }
  const checked = ScoringSchemeSchema.safeParse(parsed.value)
  if (!checked.success) {
    const issues = checked.error.issues
      .slice(0, 10)
      .map((i) => `  ${i.path.map(String).join('.') || '(scheme)'}: ${i.message}`)
    throw new UsageError(
      `${command}: ${value} is not a valid scoring scheme:\n${issues.join('\n')}`,
    )
  }
  return checked.data
}

/** The file `evaluate` and `validate` read their settings from when no --config is given. */
export const CONFIG_FILE = 'perf-eval.config.json'

const CONFIG_KEYS = ['rules', 'scheme', 'locale'] as const

/** What a config file may set; a command-line option wins over it. */
interface Config {
  readonly rules?: RuleSettings
  readonly scheme?: SchemeName | ScoringScheme
  readonly locale?: Locale
}

/** The folder of a file path, with its separator ('' for a bare file name). */
function folderOf(file: string): string {
  const cut = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'))
  return cut < 0 ? '' : file.slice(0, cut + 1)
}

/**
 * Reads the config: the file given by --config, else perf-eval.config.json in the working folder
 * when there is one. Every key is checked here, so a bad config stops the command before any form
 * is read (status 2) with the file and the key in the message.
 */
function readConfig(command: string, given: string | undefined, io: CliIo): Config {
  const file = given ?? CONFIG_FILE
  let text: string
  try {
    text = io.readFile(file)
  } catch (err) {
    const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : ''
    if (given === undefined && code === 'ENOENT') return {}
    throw new UsageError(`${command}: cannot read config ${file}: ${errorReason(err)}`)
  }
  const parsed = parseJson(text)
  if (!parsed.ok) {
    const { line, column, message } = parsed.error
    throw new UsageError(`${command}: ${file}:${line}:${column}: invalid JSON: ${message}`)
  }
  const value = parsed.value
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new UsageError(
      `${command}: ${file}: a config is a JSON object with ${CONFIG_KEYS.join(', ')}`,
    )
  }
  const config = value as Readonly<Record<string, unknown>>
  for (const key of Object.keys(config)) {
    if ((CONFIG_KEYS as readonly string[]).includes(key)) continue
    const near = nearest(key, CONFIG_KEYS)
    const hint = near === null ? '' : ` (did you mean '${near}'?)`
    throw new UsageError(
      `${command}: ${file}: unknown key '${cleanText(key)}'${hint}; a config may set ${CONFIG_KEYS.join(', ')}`,
    )
  }
  return {
    ...configRules(command, file, config.rules),
    ...configScheme(command, file, config.scheme, io),
    ...configLocale(command, file, config.locale),
  }
}

function configRules(command: string, file: string, value: unknown): Pick<Config, 'rules'> {
  if (value === undefined) return {}
  try {
    checkRuleSettings(file, value)
  } catch (err) {
    if (err instanceof OptionError) throw new UsageError(`${command}: ${cleanText(err.message)}`)
    throw err
  }
  return { rules: value as RuleSettings }
}

function configScheme(
  command: string,
  file: string,
  value: unknown,
  io: CliIo,
): Pick<Config, 'scheme'> {
  if (value === undefined) return {}
  if (typeof value === 'string') {
    // A scheme file is found beside the config, as a path in the config reads.
    const absolute = /^([/\\]|[A-Za-z]:[/\\])/.test(value)
    const path = Object.hasOwn(schemes, value) || absolute ? value : `${folderOf(file)}${value}`
    const scheme = readScheme(command, path, io)
    return scheme === undefined ? {} : { scheme }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UsageError(
      `${command}: ${file}: scheme must be a built-in scheme's name, a scheme file or a scheme object`,
    )
  }
  const checked = ScoringSchemeSchema.safeParse(value)
  if (!checked.success) {
    const issues = checked.error.issues
      .slice(0, 10)
      .map((i) => `  scheme.${i.path.map(String).join('.')}: ${i.message}`)
    throw new UsageError(
      `${command}: ${file}: scheme is not a valid scoring scheme:\n${issues.join('\n')}`,
    )
  }
  return { scheme: checked.data }
}

function configLocale(command: string, file: string, value: unknown): Pick<Config, 'locale'> {
  if (value === undefined) return {}
  if (typeof value === 'string' && (LOCALES as readonly string[]).includes(value)) {
    return { locale: value as Locale }
  }
  throw new UsageError(
    `${command}: ${file}: locale must be one of ${LOCALES.join(', ')} (got ${cleanText(JSON.stringify(value))})`,
  )
}

function output(io: CliIo, text: string, out: string | undefined): void {
  if (out === undefined) {
    io.stdout(text)
    return
  }
  try {
    io.writeFile(out, text)
  } catch (err) {
    throw new UsageError(`cannot write ${out}: ${errorReason(err)}`)
  }
}

/** Writes bytes to the file --out names (checked present before any work was done). */
function writeOut(io: CliIo, bytes: Uint8Array, out: string | undefined): void {
  if (out === undefined || io.writeBytes === undefined) return
  try {
    io.writeBytes(out, bytes)
  } catch (err) {
    throw new UsageError(`cannot write ${out}: ${errorReason(err)}`)
  }
}

function textWidth(command: string, value: string | undefined, io: CliIo): number {
  if (value === undefined) {
    const columns = io.columns
    return columns === undefined ? 100 : Math.min(160, Math.max(60, columns))
  }
  const n = Number(value)
  if (!/^\d{1,4}$/.test(value) || n < 40) {
    throw new UsageError(
      `${command}: --width must be a whole number of columns, at least 40 (got '${cleanText(value)}')`,
    )
  }
  return n
}

const FORMATS = ['text', 'markdown', 'html', 'json', 'csv', 'xlsx'] as const
const TABLES = ['summary', 'findings', 'indicators'] as const satisfies readonly ReviewTableName[]

async function evaluateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(
    'evaluate',
    args,
    {
      format: { type: 'string', short: 'f' },
      locale: { type: 'string', short: 'l' },
      scheme: { type: 'string', short: 's' },
      out: { type: 'string', short: 'o' },
      width: { type: 'string', short: 'w' },
      table: { type: 'string', short: 't' },
      config: { type: 'string', short: 'c' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  )
  if (values.help === true) {
    io.stdout(EVALUATE_HELP.replace('{schemes}', Object.keys(schemes).join(', ')))
    return EXIT.ok
  }
  const config = readConfig('evaluate', values.config, io)
  const format = choice('evaluate', 'format', values.format, FORMATS, 'text')
  const locale = choice('evaluate', 'locale', values.locale, LOCALES, config.locale ?? 'zh-CN')
  const width = textWidth('evaluate', values.width, io)
  const table = choice('evaluate', 'table', values.table, TABLES, 'summary')
  if (values.table !== undefined && format !== 'csv') {
    throw new UsageError("evaluate: --table chooses the CSV table; use it with '--format csv'")
  }
  if (format === 'xlsx' && (values.out === undefined || io.writeBytes === undefined)) {
    throw new UsageError(
      'evaluate: a review workbook is a binary file; give --out review.xlsx',
      "Run 'perf-eval evaluate --help' for usage.",
    )
  }
  const scheme = readScheme('evaluate', values.scheme, io) ?? config.scheme
  const inputs = await readInputs('evaluate', positionals, io)
  const evaluated = inputs.map((i) => ({
    name: i.name,
    cells: i.cells,
    evaluation: evaluate(i.value, { scheme, locale, rules: config.rules, cells: i.cells }),
  }))
  const only = evaluated.length === 1 ? evaluated[0] : undefined
  let text: string
  if (format === 'xlsx') {
    writeOut(io, writeReviewWorkbook(evaluated, { locale }), values.out)
    return EXIT.ok
  }
  if (format === 'csv') {
    text = reviewCsv(evaluated, { table, locale })
  } else if (format === 'json') {
    const body =
      only !== undefined ? only.evaluation : { reports: evaluated, summary: summaryRows(evaluated) }
    text = `${JSON.stringify(body, null, 2)}\n`
  } else if (only !== undefined) {
    text = renderReport(only.evaluation, { format, locale, width })
  } else {
    text = renderBatch(evaluated, { format, locale, width })
  }
  output(io, text, values.out)
  return EXIT.ok
}

function summaryRows(list: readonly { name: string; evaluation: Evaluation }[]) {
  return list.map(({ name, evaluation: e }) => ({
    form: name,
    valid: e.valid,
    department: e.summary.department,
    completionRate: e.summary.completionRate,
    score: e.summary.score,
    grade: e.summary.grade,
    errors: e.summary.errors,
    warnings: e.summary.warnings,
    infos: e.summary.infos,
  }))
}

function pathText(path: readonly (string | number)[]): string {
  return path.length === 0 ? '(form)' : formatPath(path)
}

function findingLines(findings: readonly Finding[]): string[] {
  const severityWidth = Math.max(0, ...findings.map((f) => f.severity.length))
  const codeWidth = Math.max(0, ...findings.map((f) => f.code.length))
  return findings.map((f) => {
    const cell = 'cell' in f && typeof f.cell === 'string' ? `${f.cell} ` : ''
    const where = cleanText(`${cell}${pathText(f.path)}`)
    const message = cleanText(f.message).replace(/\n/g, ' ')
    return `  ${pad(f.severity, severityWidth)}  ${pad(f.code, codeWidth)}  ${where}: ${message}`
  })
}

async function validateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(
    'validate',
    args,
    {
      format: { type: 'string', short: 'f' },
      locale: { type: 'string', short: 'l' },
      scheme: { type: 'string', short: 's' },
      config: { type: 'string', short: 'c' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  )
  if (values.help === true) {
    io.stdout(VALIDATE_HELP.replace('{schemes}', Object.keys(schemes).join(', ')))
    return EXIT.ok
  }
  const config = readConfig('validate', values.config, io)
  const format = choice('validate', 'format', values.format, ['text', 'json'] as const, 'text')
  const locale = choice('validate', 'locale', values.locale, LOCALES, config.locale ?? 'zh-CN')
  const scheme = readScheme('validate', values.scheme, io) ?? config.scheme
  const inputs = await readInputs('validate', positionals, io)
  const results = inputs.map((i) => {
    const e = evaluate(i.value, { scheme, locale, rules: config.rules, cells: i.cells })
    return { file: i.name, valid: e.valid, summary: e.summary, findings: e.findings }
  })
  const anyError = results.some((r) => r.summary.errors > 0)
  if (format === 'json') {
    const body = results.map((r) => ({ file: r.file, valid: r.valid, findings: r.findings }))
    io.stdout(`${JSON.stringify(body, null, 2)}\n`)
  } else {
    const lines: string[] = []
    for (const r of results) {
      const s = r.summary
      lines.push(
        `${cleanText(r.file)}: ${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}, ${s.infos} info${s.infos === 1 ? '' : 's'}`,
        ...findingLines(r.findings),
      )
    }
    io.stdout(`${lines.join('\n')}\n`)
  }
  return anyError ? EXIT.findings : EXIT.ok
}

function rulesCommand(args: readonly string[], io: CliIo): number {
  const { values } = parse(
    'rules',
    args,
    {
      format: { type: 'string', short: 'f' },
      locale: { type: 'string', short: 'l' },
      help: { type: 'boolean', short: 'h' },
    },
    false,
  )
  if (values.help === true) {
    io.stdout(RULES_HELP)
    return EXIT.ok
  }
  const format = choice(
    'rules',
    'format',
    values.format,
    ['text', 'markdown', 'json'] as const,
    'text',
  )
  const locale: Locale = choice('rules', 'locale', values.locale, LOCALES, 'zh-CN')
  if (format === 'json') {
    io.stdout(`${JSON.stringify(rules, null, 2)}\n`)
    return EXIT.ok
  }
  if (format === 'markdown') {
    const rows = rules.map(
      (r) => `| ${r.code} | ${r.severity} | ${r.area} | ${escapeMarkdown(r.description[locale])} |`,
    )
    io.stdout(
      `| code | severity | area | description |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n`,
    )
    return EXIT.ok
  }
  const codeWidth = Math.max(...rules.map((r) => displayWidth(r.code)))
  const lines = rules.map(
    (r) =>
      `${pad(r.code, codeWidth)}  ${pad(r.severity, 7)}  ${pad(r.area, 10)}  ${r.description[locale]}`,
  )
  io.stdout(`${lines.join('\n')}\n`)
  return EXIT.ok
}

function printCommand(command: 'schema' | 'example', args: readonly string[], io: CliIo): number {
  const { values } = parse(
    command,
    args,
    { out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } },
    false,
  )
  if (values.help === true) {
    io.stdout(command === 'schema' ? SCHEMA_HELP : EXAMPLE_HELP)
    return EXIT.ok
  }
  const value = command === 'schema' ? selfEvaluationJsonSchema() : liwan2021Form
  output(io, `${JSON.stringify(value, null, 2)}\n`, values.out)
  return EXIT.ok
}

const HELP: Readonly<Record<string, string>> = {
  evaluate: EVALUATE_HELP,
  validate: VALIDATE_HELP,
  schema: SCHEMA_HELP,
  rules: RULES_HELP,
  example: EXAMPLE_HELP,
}

function helpCommand(args: readonly string[], io: CliIo): number {
  const topic = args[0]
  if (topic === undefined) {
    io.stdout(TOP_HELP)
    return EXIT.ok
  }
  const text = Object.hasOwn(HELP, topic) ? HELP[topic] : undefined
  if (text === undefined) {
    throw new UsageError(
      `unknown command '${cleanText(topic)}'`,
      "Run 'perf-eval --help' for the commands.",
    )
  }
  io.stdout(text.replace('{schemes}', Object.keys(schemes).join(', ')))
  return EXIT.ok
}

async function importCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(
    'import',
    args,
    {
      sheet: { type: 'string' },
      out: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  )
  if (values.help === true) {
    io.stdout(IMPORT_HELP)
    return EXIT.ok
  }
  const [file, ...more] = positionals
  if (file === undefined || more.length > 0 || !isWorkbook(file)) {
    throw new UsageError(
      'import: give one workbook file (.xlsx, .xls or .ods)',
      "Run 'perf-eval import --help' for usage.",
    )
  }
  const read = await readWorkbookFile(file, io)
  if (typeof read === 'string') throw new UsageError(`import: ${read}`)
  const chosen = values.sheet === undefined ? read : read.filter((f) => f.sheet === values.sheet)
  const [only] = chosen
  if (only === undefined || chosen.length > 1) {
    const sheets = read.map((f) => `'${cleanText(f.sheet)}'`).join(', ')
    throw new UsageError(
      values.sheet === undefined
        ? `import: ${file} holds ${read.length} forms (sheets ${sheets}); choose one with --sheet`
        : `import: no form on sheet '${cleanText(values.sheet)}' of ${file} (forms on ${sheets})`,
    )
  }
  output(io, `${JSON.stringify(only.form, null, 2)}\n`, values.out)
  for (const f of only.findings) io.stderr(`${f.severity}  ${f.code}  ${cleanText(f.message)}\n`)
  return EXIT.ok
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv
  switch (command) {
    case undefined:
      io.stderr(TOP_HELP)
      return EXIT.usage
    case '-h':
    case '--help':
      return helpCommand([], io)
    case '-v':
    case '--version':
      io.stdout(`${VERSION}\n`)
      return EXIT.ok
    case 'help':
      return helpCommand(rest, io)
    case 'evaluate':
      return evaluateCommand(rest, io)
    case 'validate':
      return validateCommand(rest, io)
    case 'rules':
      return rulesCommand(rest, io)
    case 'import':
      return importCommand(rest, io)
    case 'schema':
    case 'example':
      return printCommand(command, rest, io)
    default:
      throw new UsageError(
        command.startsWith('-')
          ? `unknown option ${cleanText(command)}`
          : `unknown command '${cleanText(command)}'`,
        "Run 'perf-eval --help' for the commands.",
      )
  }
}

/**
 * Runs `perf-eval` with its arguments (without `node` and the script) and returns the exit
 * status. User mistakes (bad options, unreadable or invalid input) are one message on stderr and
 * status 2; a bug is reported as an internal error, status 3.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io)
  } catch (err) {
    if (err instanceof UsageError) {
      // Every problem line names the program; indented lines continue the one above.
      const lines = err.message.split('\n').map((l) => (l.startsWith(' ') ? l : `perf-eval: ${l}`))
      io.stderr(`${lines.join('\n')}\n${err.hint === undefined ? '' : `${err.hint}\n`}`)
      return EXIT.usage
    }
    if (err instanceof OptionError) {
      // An option the library cannot honour is the user's mistake, even past the checks above.
      io.stderr(`perf-eval: ${cleanText(err.message)}\n`)
      return EXIT.usage
    }
    const message = err instanceof Error ? err.message : String(err)
    io.stderr(
      `perf-eval: internal error: ${message}\nPlease report it with the input that caused it.\n`,
    )
    return EXIT.internal
  }
}

export { VERSION }
