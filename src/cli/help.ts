// Help texts of `perf-eval` and its commands.

const EXIT =
  'Exit status: 0 fine; 1 error findings (validate); 2 unreadable input or bad options; 3 internal error.'

export const TOP_HELP = `perf-eval — budget performance self-evaluation (预算绩效自评) forms from the command line

Usage: perf-eval <command> [options]

Commands:
  evaluate <file.json | dir | ->...  evaluate forms and print a report of each
  validate <file.json | dir | ->...  print the findings only; exit 1 when any is an error
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

const FORM_INPUTS = `Inputs:
  file.json   a form as JSON
  file.xlsx   every form in a workbook (.xlsx, .xls, .ods), one per sheet; needs @e965/xlsx
  dir         every *.json and workbook file directly in the folder, in name order
  -           a form read from standard input`

const COMMON = `  -l, --locale zh-CN|en    language of the report and messages (default zh-CN)
  -s, --scheme NAME|FILE   scoring scheme: a built-in name ({schemes})
                           or a scheme as JSON (default mof-2020-project)
  -c, --config FILE        settings file (default: perf-eval.config.json in the working
                           folder, when there is one)`

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

Findings do not change the exit status of evaluate; use validate for that.
${EXIT}
`

export const VALIDATE_HELP = `Usage: perf-eval validate <file.json | dir | ->... [options]

Prints the findings of each form (errors, warnings, infos), and exits 1 when any is an error.

${FORM_INPUTS}

Options:
  -f, --format text|json   output format (default text)
${COMMON}
  -h, --help               show this help

${CONFIG}

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
