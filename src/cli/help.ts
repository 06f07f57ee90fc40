// Help texts of `perf-eval` and its commands.

const EXIT = `Exit status (as eslint's): 0 fine; 1 an error finding in any form (validate; a file that
cannot be read counts as one), or more warnings than --max-warnings; 2 bad options, or no
input could be read at all; 3 internal error.`

export const TOP_HELP = `perf-eval — budget performance self-evaluation (预算绩效自评) forms from the command line

Usage: perf-eval <command> [options]

Commands:
  evaluate <file.json | dir | ->...  evaluate forms and print a report of each
  validate <file.json | dir | ->...  print the findings only; exit 1 when any is an error
  compare <files | dir>...           pair forms of one department or project across years
  import <file.xlsx> [--sheet S]     read the form in a workbook and print it as JSON
  schema                             print the JSON Schema of a form
  rules                              print the rule catalogue
  example                            print the embedded Liwan 2021 form as JSON
  help [command]                     show help

Options:
  -h, --help      show help (perf-eval <command> --help for a command's)
  -v, --version   print the version

Example:
  perf-eval example > liwan.json && perf-eval evaluate liwan.json

${EXIT}
`

const FORM_INPUTS = `Inputs (each read and evaluated on its own: a file that cannot be read is reported
as INPUT_UNREADABLE and the rest go on):
  file.json   a form as JSON
  file.xlsx   every form in a workbook (.xlsx, .xls, .ods), one per sheet; needs @e965/xlsx
  dir         every file with an --ext extension in the folder and its subfolders, in name
              order (hidden folders and node_modules skipped; symlink loops walked once)
  'glob'      a quoted pattern: forms/**/*.json, data/202?/{a,b}.xlsx
  -           a form read from standard input`

const COMMON = `  -j, --jobs N             files evaluated at once on worker threads (default: the machine's
                           available parallelism); results stay in input order
      --ext .json,.xlsx    extensions read from folders and globs (default .json,.xlsx,.xls,.ods)
      --summary            print the batch summary only (totals, medians, findings by rule)
  -q, --quiet              show error findings only
      --max-warnings N     exit 1 when the batch has more than N warnings
  -l, --locale zh-CN|en    language of the report and messages (default zh-CN)
  -s, --scheme NAME|FILE   scoring scheme: a built-in name ({schemes})
                           or a scheme as JSON (default mof-2020-project)
  -c, --config FILE        settings file (default: perf-eval.config.json in the working
                           folder or the nearest folder above it, as eslint finds its config)`

const CONFIG = `Config file (JSON; options on the command line win over it):
  { "rules": { "EVIDENCE_MISSING": "off", "BUDGET_COMPLETION_LOW": "error" },
    "scheme": "hubei-department", "locale": "en" }
  rules    severity of a rule's findings: "off", "info", "warning" or "error"
  scheme   a built-in name, a scheme file (beside the config) or a scheme object
  locale   zh-CN or en`

export const EVALUATE_HELP = `Usage: perf-eval evaluate <file.json | dir | ->... [options]

Evaluates each form: recomputes every rate, judges every indicator, scores the form when it
carries weights, runs every rule, and prints a report. Several forms give one report each and a
summary table (form, completion rate, score, grade, errors, warnings).

${FORM_INPUTS}

Options:
  -f, --format text|markdown|html|json|csv|xlsx
                           report format (default text); html is one self-contained page;
                           csv is one review table; xlsx the review workbook (Summary,
                           Findings, Indicators), written to the --out file
${COMMON}
  -o, --out FILE           write the report to FILE instead of standard output
  -t, --table summary|findings|indicators
                           csv format: which review table (default summary)
  -w, --width N            text format: widest line in columns (default: the terminal's, or 100)
  -h, --help               show this help

Forms read from a workbook point their findings at the cell to fix (Sheet1!F12).

${CONFIG}

JSON output is one shape whatever the number of files: { "files": [{ file, valid, summary,
findings, evaluation }], "summary": { forms, unreadable, valid, invalid, findings, byRule,
statusCounts, totals, medians } } (docs/batch-result.schema.json); with --summary, { "summary" }.

Findings do not change the exit status of evaluate unless --max-warnings is given; use
validate for that.
${EXIT}
`

export const VALIDATE_HELP = `Usage: perf-eval validate <file.json | dir | ->... [options]

Prints the findings of each form (errors, warnings, infos), and exits 1 when any is an error.

${FORM_INPUTS}

Options:
  -f, --format text|json   output format (default text); json is { "files", "summary" }
${COMMON}
  -o, --out FILE           write the output to FILE instead of standard output
  -h, --help               show this help

${CONFIG}

${EXIT}
`

export const COMPARE_HELP = `Usage: perf-eval compare <files | dir | glob>... [options]

Evaluates every form, pairs the forms of the same department (department-overall forms) or
the same project in consecutive years they give, and prints for each pair the change in budget,
spending, completion and adjustment rates, score and grade, and the indicators that appeared,
disappeared or changed target or status. Forms without another year are listed as not paired.

${FORM_INPUTS}

Options:
  -f, --format text|json   output format (default text)
${COMMON}
  -o, --out FILE           write the output to FILE instead of standard output
  -h, --help               show this help

${EXIT}
`

export const SCHEMA_HELP = `Usage: perf-eval schema [options]

Prints the JSON Schema (draft 2020-12) of a self-evaluation form.

Options:
  -o, --out FILE   write it to FILE instead of standard output
  -h, --help       show this help
`

export const RULES_HELP = `Usage: perf-eval rules [options]

Prints the rule catalogue: every finding code, its severity, area and description.

Options:
  -f, --format text|markdown|json   output format (default text)
  -l, --locale zh-CN|en             language of the descriptions (default zh-CN)
  -h, --help                        show this help
`

export const EXAMPLE_HELP = `Usage: perf-eval example [options]

Prints the embedded example, the Liwan District Administration Bureau's 2021 form
(荔湾区部门整体支出绩效自评表), as JSON.

Options:
  -o, --out FILE   write it to FILE instead of standard output
  -h, --help       show this help
`

export const IMPORT_HELP = `Usage: perf-eval import <file.xlsx> [options]

Reads the form printed in a workbook (.xlsx, .xls or .ods; needs the optional package
@e965/xlsx) by its printed labels and prints it as JSON, ready for 'perf-eval evaluate'.

Options:
  --sheet NAME             the sheet to read when the workbook holds several forms
  -o, --out FILE           write the JSON to FILE instead of standard output
  -h, --help               show this help

${EXIT}
`
