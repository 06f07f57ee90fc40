// The `perf-eval` command, as a function of its arguments and an injected I/O: no global state,
// no process access here, so every command, exit code and message can be tested in-process too.
import { parseArgs } from 'node:util'
import pkg from '../../package.json'
import { type BatchSummary, batchSummaryBuilder } from '../batch/index'
import { checkRuleSettings, type RuleSettings } from '../findings/index'
import { nearest } from '../findings/nearest'
import {
  type EvaluationPair,
  type FormComparison,
  formatPath,
  LOCALES,
  type Locale,
  type LocatedFinding,
  liwan2021Form,
  OptionError,
  pairEvaluations,
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
import type { ReportFormat } from '../report/render'
import { renderBatch, renderBatchSummary } from '../report/summary'
import { displayWidth, pad } from '../report/text-width'
import { readWorkbook, type WorkbookForm, writeReviewWorkbook } from '../xlsx/index'
import {
  type BatchSettings,
  type FileEntry,
  type FileReader,
  isWorkbook,
  reasonOf,
  unreadableEntry,
} from './batch'
import {
  COMPARE_HELP,
  EVALUATE_HELP,
  EXAMPLE_HELP,
  IMPORT_HELP,
  RULES_HELP,
  SCHEMA_HELP,
  TOP_HELP,
  VALIDATE_HELP,
} from './help'
import { DEFAULT_EXTENSIONS, expandInputs } from './inputs'
import { parseJson } from './json-error'
import { progressReporter, runFiles, type WorkerPool } from './runner'

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
  /** A file's size in bytes (undefined when unknown), to refuse a huge file before reading it. */
  readonly fileSize?: ((path: string) => number | undefined) | undefined
  /** The canonical path of a folder, so that a symlink loop is walked once. */
  readonly realPath?: ((path: string) => string) | undefined
  /** The config file that applies here: perf-eval.config.json in this folder or the nearest above. */
  readonly findConfig?: (() => string | undefined) | undefined
  /** How many files to evaluate at once by default (the machine's available parallelism). */
  readonly parallelism?: number | undefined
  /** A pool of `jobs` worker threads for --jobs; absent, files are evaluated one by one here. */
  readonly createPool?: ((jobs: number) => WorkerPool) | undefined
  /** Writes a progress line (standard error, when it is a terminal). */
  readonly progress?: ((text: string) => void) | undefined
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
  const words = reasonOf(code)
  // A code reasonOf does not know is shown with the error's own message.
  return words === code || code === '' ? (err instanceof Error ? err.message : String(err)) : words
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
    const near =
      code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
        ? nearest(option.replace(/^-+/u, ''), Object.keys(options ?? {}))
        : null
    const text =
      code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
        ? `unknown option ${cleanText(option)}${near === null ? '' : ` (did you mean --${near}?)`}`
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
  const file = given ?? io.findConfig?.() ?? CONFIG_FILE
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

/** The options `evaluate` and `validate` share: what to read, how to judge it, what to show. */
const BATCH_OPTIONS = {
  locale: { type: 'string', short: 'l' },
  scheme: { type: 'string', short: 's' },
  config: { type: 'string', short: 'c' },
  out: { type: 'string', short: 'o' },
  jobs: { type: 'string', short: 'j' },
  ext: { type: 'string' },
  summary: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  'max-warnings': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const

/** --ext ".json,.xlsx" (dots optional) as lower-case extensions with their dot. */
function extensions(command: string, value: string | undefined): readonly string[] {
  if (value === undefined) return DEFAULT_EXTENSIONS
  const list = value
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e !== '')
    .map((e) => (e.startsWith('.') ? e : `.${e}`))
  if (list.length === 0) throw new UsageError(`${command}: --ext needs at least one extension`)
  return list
}

function count(command: string, name: string, value: string | undefined, min: number) {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isInteger(n) || n < min || n > 1_000_000) {
    throw new UsageError(
      `${command}: --${name} must be a whole number from ${min} (got '${cleanText(value)}')`,
    )
  }
  return n
}

/** A batch's entries kept for output, and the summary built as they came. */
interface BatchRun {
  readonly entries: FileEntry[]
  readonly summary: BatchSummary
  readonly readable: number
  readonly total: number
}

/**
 * Reads and evaluates every input, each on its own: an unreadable file is an entry with its
 * INPUT_UNREADABLE finding and a line on stderr, and the batch goes on. `each` sees every entry
 * as it comes (in input order); only those `keep` accepts are held for the output.
 */
async function runBatch(
  command: string,
  paths: readonly string[],
  settings: BatchSettings,
  io: CliIo,
  options: {
    jobs: number
    extensions: readonly string[]
    keep: boolean
    each?: ((entry: FileEntry) => void) | undefined
    /** Whether an unreadable file also gets a line on stderr (not when the output lists it). */
    announce: boolean
  },
): Promise<BatchRun> {
  if (paths.length === 0) {
    throw new UsageError(
      `${command}: no input; give a form file, a folder, a glob or '-'`,
      `Run 'perf-eval ${command} --help' for usage.`,
    )
  }
  const { items } = expandInputs(paths, options.extensions, io)
  if (items.filter((i) => i.file === '-').length > 1) {
    throw new UsageError(`${command}: standard input ('-') can be read only once`)
  }
  if (items.length === 0) {
    throw new UsageError(
      `${command}: no ${options.extensions.join(', ')} files in ${paths.join(', ')}`,
    )
  }
  const fs: FileReader = {
    readText: io.readFile,
    readBytes: io.readBytes,
    size: io.fileSize,
    readStdin: io.readStdin,
  }
  const files = items.filter((i) => i.code === undefined)
  const pool = options.jobs > 1 && files.length > 1 ? (io.createPool?.(options.jobs) ?? null) : null
  const builder = batchSummaryBuilder()
  const entries: FileEntry[] = []
  const progress = progressReporter(io.progress, items.length)
  let readable = 0
  let done = 0
  const deliver = (entry: FileEntry) => {
    if (entry.problem !== undefined && options.announce)
      io.stderr(`perf-eval: ${command}: ${entry.problem}\n`)
    options.each?.(entry)
    if (options.keep) entries.push(entry)
  }
  // Unreadable files before the first readable one wait: if none can be read, the command is a
  // usage error with nothing on standard output.
  const held: FileEntry[] = []
  const take = (entry: FileEntry) => {
    builder.add(entry.row, entry.tally)
    if (entry.problem === undefined) {
      readable++
      for (const h of held.splice(0)) deliver(h)
      deliver(entry)
    } else if (readable === 0) held.push(entry)
    else deliver(entry)
  }
  const failed = (file: string, err: unknown) => [
    unreadableEntry(
      file,
      'internal',
      err instanceof Error ? err.message : String(err),
      settings.locale,
    ),
  ]
  try {
    for await (const list of runFiles(items, settings, fs, pool, options.jobs, failed)) {
      for (const entry of list) take(entry)
      progress.tick(++done)
    }
  } finally {
    progress.end()
    await pool?.destroy()
  }
  for (const h of held) io.stderr(`perf-eval: ${command}: ${h.problem ?? h.file}\n`)
  return { entries, summary: builder.result(), readable, total: items.length }
}

/** A finding line of `validate`: severity, code, cell and path, message. */
function findingLines(findings: readonly LocatedFinding[]): string[] {
  const severityWidth = findings.reduce((n, f) => Math.max(n, f.severity.length), 0)
  const codeWidth = findings.reduce((n, f) => Math.max(n, f.code.length), 0)
  return findings.map((f) => {
    const cell = f.cell === undefined ? '' : `${f.cell} `
    const where = cleanText(`${cell}${f.path.length === 0 ? '(form)' : formatPath(f.path)}`)
    const message = cleanText(f.message).replace(/\n/g, ' ')
    return `  ${pad(f.severity, severityWidth)}  ${pad(f.code, codeWidth)}  ${where}: ${message}`
  })
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/** The one line of a batch's totals, after the per-file lines of validate. */
function totalsLine(s: BatchSummary): string {
  const f = s.findings
  return `${plural(s.forms, 'form')} (${s.invalid} with errors, ${s.unreadable} unreadable): ${plural(f.error, 'error')}, ${plural(f.warning, 'warning')}, ${plural(f.info, 'info')}`
}

/** A JSON entry of a file: what it is, whether valid, its summary and findings (and evaluation). */
function jsonEntry(entry: FileEntry, quiet: boolean) {
  const findings = quiet ? entry.findings.filter((f) => f.severity === 'error') : entry.findings
  return {
    file: entry.file,
    valid: entry.valid,
    summary: entry.summary,
    findings,
    ...(entry.evaluation === undefined ? {} : { evaluation: entry.evaluation }),
  }
}

/**
 * Writes the batch as JSON, `{ "files": [...], "summary": {...} }` (the shape of
 * docs/batch-result.schema.json), one entry at a time to standard output so that memory stays
 * flat, or to --out at the end.
 */
function jsonWriter(io: CliIo, out: string | undefined, quiet: boolean) {
  const chunks: string[] = []
  const write = (text: string) => {
    if (out === undefined) io.stdout(text)
    else chunks.push(text)
  }
  let first = true
  return {
    entry(entry: FileEntry) {
      const body = JSON.stringify(jsonEntry(entry, quiet), null, 2).replace(/\n/g, '\n    ')
      write(`${first ? '{\n  "files": [\n' : ',\n'}    ${body}`)
      first = false
    },
    end(summary: BatchSummary) {
      const body = JSON.stringify(summary, null, 2).replace(/\n/g, '\n  ')
      write(`${first ? '{\n  "files": [' : '\n  '}],\n  "summary": ${body}\n}\n`)
      if (out !== undefined) output(io, chunks.join(''), out)
    },
  }
}

/** The exit status of a batch: 2 when nothing could be read, 1 for errors or too many warnings. */
function batchStatus(
  run: BatchRun,
  maxWarnings: number | undefined,
  findingsCount: boolean,
): number {
  if (run.readable === 0) return EXIT.usage
  if (!findingsCount) return EXIT.ok
  if (run.summary.findings.error > 0) return EXIT.findings
  if (maxWarnings !== undefined && run.summary.findings.warning > maxWarnings) return EXIT.findings
  return EXIT.ok
}

/** The settings both batch commands read from the config and the options. */
function batchSettings(command: string, values: Record<string, unknown>, io: CliIo) {
  const str = (k: string) => (typeof values[k] === 'string' ? values[k] : undefined)
  const config = readConfig(command, str('config'), io)
  const locale = choice(command, 'locale', str('locale'), LOCALES, config.locale ?? 'zh-CN')
  const scheme = readScheme(command, str('scheme'), io) ?? config.scheme
  return {
    locale,
    scheme,
    rules: config.rules,
    jobs: count(command, 'jobs', str('jobs'), 1) ?? io.parallelism ?? 1,
    extensions: extensions(command, str('ext')),
    maxWarnings: count(command, 'max-warnings', str('max-warnings'), 0),
  }
}

async function evaluateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(
    'evaluate',
    args,
    {
      ...BATCH_OPTIONS,
      format: { type: 'string', short: 'f' },
      width: { type: 'string', short: 'w' },
      table: { type: 'string', short: 't' },
    },
    true,
  )
  if (values.help === true) {
    io.stdout(EVALUATE_HELP.replace('{schemes}', Object.keys(schemes).join(', ')))
    return EXIT.ok
  }
  const format = choice('evaluate', 'format', values.format, FORMATS, 'text')
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
  const o = batchSettings('evaluate', values, io)
  const width = textWidth('evaluate', values.width, io)
  const summaryOnly = values.summary === true
  const quiet = values.quiet === true
  const settings: BatchSettings = {
    locale: o.locale,
    scheme: o.scheme,
    rules: o.rules,
    keep: summaryOnly ? 'row' : 'evaluation',
  }
  // JSON streams entry by entry; every other format needs the batch whole.
  const json = format === 'json' && !summaryOnly ? jsonWriter(io, values.out, quiet) : null
  const run = await runBatch('evaluate', positionals, settings, io, {
    jobs: o.jobs,
    extensions: o.extensions,
    keep: json === null && !summaryOnly,
    each:
      json === null
        ? undefined
        : (e) => {
            json.entry(e)
          },
    announce: true,
  })
  if (run.readable === 0) return EXIT.usage
  json?.end(run.summary)
  if (json === null)
    writeEvaluateOutput(io, run, {
      format,
      table,
      width,
      summaryOnly,
      locale: o.locale,
      out: values.out,
    })
  return batchStatus(run, o.maxWarnings, o.maxWarnings !== undefined)
}

function writeEvaluateOutput(
  io: CliIo,
  run: BatchRun,
  o: {
    format: (typeof FORMATS)[number]
    table: (typeof TABLES)[number]
    width: number
    summaryOnly: boolean
    locale: Locale
    out: string | undefined
  },
): void {
  if (run.readable === 0) return
  if (o.summaryOnly) {
    const text =
      o.format === 'json'
        ? `${JSON.stringify({ summary: run.summary }, null, 2)}\n`
        : o.format === 'text' || o.format === 'markdown' || o.format === 'html'
          ? renderBatchSummary(run.summary, null, {
              format: o.format,
              locale: o.locale,
              width: o.width,
            })
          : `${summaryText(run.summary)}\n`
    output(io, text, o.out)
    return
  }
  const evaluated = run.entries.flatMap((e) =>
    e.evaluation === undefined ? [] : [{ name: e.file, evaluation: e.evaluation, cells: e.cells }],
  )
  if (o.format === 'xlsx') {
    writeOut(io, writeReviewWorkbook(evaluated, { locale: o.locale }), o.out)
    return
  }
  let text: string
  if (o.format === 'csv') text = reviewCsv(evaluated, { table: o.table, locale: o.locale })
  else if (evaluated.length === 1 && run.total === 1 && evaluated[0] !== undefined) {
    text = renderReport(evaluated[0].evaluation, {
      format: o.format as ReportFormat,
      locale: o.locale,
      width: o.width,
    })
  } else {
    text = renderBatch(evaluated, {
      format: o.format as ReportFormat,
      locale: o.locale,
      width: o.width,
      summary: run.summary,
    })
  }
  output(io, text, o.out)
}

/** The batch summary as a few lines of text (totals, medians, findings by rule). */
function summaryText(s: BatchSummary): string {
  const lines = [totalsLine(s)]
  const t = s.totals
  if (t.budget !== null) {
    lines.push(
      `money (${plural(t.forms, 'form')}, 万元): budget ${t.budget}, actual ${t.actual ?? '—'}, completion ${t.completionRate ?? '—'}`,
    )
  }
  lines.push(
    `medians: completion rate ${s.medians.completionRate ?? '—'}, score ${s.medians.score ?? '—'}`,
  )
  const st = s.statusCounts
  lines.push(
    `indicators: ${st.met} met, ${st['partially-met']} partly met, ${st['not-met']} not met, ${st['not-carried-out']} not carried out, ${st.unknown} unknown`,
  )
  const rules = Object.entries(s.byRule).sort(([, a], [, b]) => b - a)
  if (rules.length > 0) {
    const w = rules.reduce((n, [c]) => Math.max(n, c.length), 0)
    lines.push('findings by rule:')
    for (const [code, n] of rules) lines.push(`  ${pad(code, w)}  ${n}`)
  }
  return lines.join('\n')
}

async function validateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(
    'validate',
    args,
    { ...BATCH_OPTIONS, format: { type: 'string', short: 'f' } },
    true,
  )
  if (values.help === true) {
    io.stdout(VALIDATE_HELP.replace('{schemes}', Object.keys(schemes).join(', ')))
    return EXIT.ok
  }
  const format = choice('validate', 'format', values.format, ['text', 'json'] as const, 'text')
  const o = batchSettings('validate', values, io)
  const summaryOnly = values.summary === true
  const quiet = values.quiet === true
  const settings: BatchSettings = {
    locale: o.locale,
    scheme: o.scheme,
    rules: o.rules,
    keep: summaryOnly ? 'row' : 'findings',
  }
  const json = format === 'json' && !summaryOnly ? jsonWriter(io, values.out, quiet) : null
  const lines: string[] = []
  const textLine = (text: string) => {
    if (values.out === undefined) io.stdout(`${text}\n`)
    else lines.push(text)
  }
  const run = await runBatch('validate', positionals, settings, io, {
    jobs: o.jobs,
    extensions: o.extensions,
    keep: false,
    announce: format !== 'text' || summaryOnly,
    each: (entry) => {
      if (json !== null) json.entry(entry)
      else if (!summaryOnly && format === 'text') {
        const s = entry.summary
        const shown = quiet ? entry.findings.filter((f) => f.severity === 'error') : entry.findings
        if (quiet && shown.length === 0) return
        textLine(
          `${cleanText(entry.file)}: ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.infos, 'info')}`,
        )
        for (const l of findingLines(shown)) textLine(l)
      }
    },
  })
  if (run.readable === 0) return EXIT.usage
  json?.end(run.summary)
  if (summaryOnly) {
    textLine(
      format === 'json'
        ? JSON.stringify({ summary: run.summary }, null, 2)
        : summaryText(run.summary),
    )
  } else if (format === 'text' && run.total > 1) textLine(totalsLine(run.summary))
  if (values.out !== undefined && json === null) output(io, `${lines.join('\n')}\n`, values.out)
  return batchStatus(run, o.maxWarnings, true)
}
/** A change as text: "6539.06 → 6300 (-239.06, -3.66%)". */
function changeText(
  c: { before: string | null; after: string | null; change: string | null },
  extra = '',
): string {
  const signed = c.change === null ? '' : c.change.startsWith('-') ? c.change : `+${c.change}`
  const tail = signed === '' ? '' : ` (${signed}${extra})`
  return `${c.before ?? '—'} → ${c.after ?? '—'}${tail}`
}

/** One pair of a comparison as lines of text. */
function comparisonLines(pair: EvaluationPair, names: readonly string[]): string[] {
  const c = pair.comparison
  const y = c.fiscalYear
  const amount = (a: FormComparison['budget']) =>
    changeText(a, a.display === null ? '' : `, ${a.display}`)
  const lines = [
    `${cleanText(pair.key)}: ${cleanText(names[pair.before] ?? '')} (${y.before ?? '?'}) → ${cleanText(names[pair.after] ?? '')} (${y.after ?? '?'})`,
    `  budget (${c.unit})        ${amount(c.budget)}`,
    `  actual (${c.unit})        ${amount(c.actual)}`,
    `  completion rate      ${changeText(c.completionRate, ' points')}`,
    `  adjustment rate      ${changeText(c.adjustmentRate, ' points')}`,
    `  score                ${changeText(c.score)}; grade ${c.grade.before ?? '—'} → ${c.grade.after ?? '—'}`,
  ]
  const i = c.indicators
  lines.push(
    `  indicators: ${i.appeared.length} appeared, ${i.disappeared.length} disappeared, ${i.changed.length} changed, ${i.unchanged} unchanged`,
    ...i.appeared.map((x) => `    + ${cleanText(x.name)} (${cleanText(x.target.after ?? '—')})`),
    ...i.disappeared.map(
      (x) => `    - ${cleanText(x.name)} (${cleanText(x.target.before ?? '—')})`,
    ),
    ...i.changed.map((x) => {
      const parts = x.changes.map((k) =>
        k === 'target'
          ? `target ${cleanText(x.target.before ?? '—')} → ${cleanText(x.target.after ?? '—')}`
          : `status ${x.status.before ?? '—'} → ${x.status.after ?? '—'}`,
      )
      return `    ~ ${cleanText(x.name)}: ${parts.join('; ')}`
    }),
  )
  return lines
}

async function compareCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(
    'compare',
    args,
    { ...BATCH_OPTIONS, format: { type: 'string', short: 'f' } },
    true,
  )
  if (values.help === true) {
    io.stdout(COMPARE_HELP.replace('{schemes}', Object.keys(schemes).join(', ')))
    return EXIT.ok
  }
  const format = choice('compare', 'format', values.format, ['text', 'json'] as const, 'text')
  const o = batchSettings('compare', values, io)
  const settings: BatchSettings = {
    locale: o.locale,
    scheme: o.scheme,
    rules: o.rules,
    keep: 'evaluation',
  }
  const run = await runBatch('compare', positionals, settings, io, {
    jobs: o.jobs,
    extensions: o.extensions,
    keep: true,
    announce: true,
  })
  if (run.readable === 0) return EXIT.usage
  const forms = run.entries.flatMap((e) =>
    e.evaluation === undefined ? [] : [{ name: e.file, evaluation: e.evaluation }],
  )
  const names = forms.map((e) => e.name)
  const { pairs, unpaired } = pairEvaluations(forms, { locale: o.locale })
  let text: string
  if (format === 'json') {
    const body = {
      pairs: pairs.map((p) => ({ beforeFile: names[p.before], afterFile: names[p.after], ...p })),
      unpaired: unpaired.map((i) => names[i]),
    }
    text = `${JSON.stringify(body, null, 2)}\n`
  } else {
    const blocks = pairs.map((p) => comparisonLines(p, names).join('\n'))
    if (unpaired.length > 0) {
      blocks.push(
        `not paired (no other year of the same department or project): ${unpaired.map((i) => cleanText(names[i] ?? '')).join(', ')}`,
      )
    }
    if (pairs.length === 0)
      blocks.unshift('no pairs: give forms of the same department or project in different years')
    text = `${blocks.join('\n\n')}\n`
  }
  output(io, text, values.out)
  return EXIT.ok
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
  const codeWidth = rules.reduce((n, r) => Math.max(n, displayWidth(r.code)), 0)
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
  compare: COMPARE_HELP,
  import: IMPORT_HELP,
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
      `unknown command '${cleanText(topic)}'${didYouMean(topic, COMMANDS)}`,
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
    case 'compare':
      return compareCommand(rest, io)
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
          : `unknown command '${cleanText(command)}'${didYouMean(command, COMMANDS)}`,
        "Run 'perf-eval --help' for the commands.",
      )
  }
}

const COMMANDS = [
  'evaluate',
  'validate',
  'compare',
  'import',
  'schema',
  'rules',
  'example',
  'help',
] as const

function didYouMean(word: string, among: readonly string[]): string {
  const near = nearest(word, among)
  return near === null ? '' : ` (did you mean '${near}'?)`
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
