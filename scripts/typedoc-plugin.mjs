// A small typedoc plugin for the API reference (`npm run docs`), loaded from typedoc.json.
//
// 1. Categories from folders. Every export of src/index.ts is put in the category of the src/
//    folder that declares it (src/targets → "Targets and assessment", …), so that grouping is one
//    table here instead of an @category tag in a few hundred comments. An export whose folder is
//    not in the table is a warning, and typedoc.json makes warnings errors: a new folder must be
//    given a category. An explicit @category in a comment still wins. The guides (docs/*.md)
//    are titled by their first heading and put under "Guides".
//
// 2. Source links that need neither git nor a remote. When package.json names a `repository`,
//    "Defined in" links to the file at the tag of this version (v0.1.0) on that repository;
//    otherwise (today: the package has no public repository yet) it links to the file in the
//    checkout the reference was built from, relative to the page (every page that shows a source
//    sits one folder below docs/api/). Either way typedoc never asks git for a remote, so the
//    build works offline, in a git worktree and in a copy without .git.
import { readFileSync } from 'node:fs'
import { Application, Comment, CommentTag, Converter, ReflectionKind } from 'typedoc'

/** src/ folder → category. Keep in step with typedoc.json `categoryOrder`. */
export const CATEGORY_BY_FOLDER = {
  evaluate: 'Evaluate',
  schema: 'Form schema',
  money: 'Money and rates',
  rates: 'Money and rates',
  targets: 'Targets and assessment',
  assess: 'Targets and assessment',
  formula: 'Formulas',
  score: 'Scoring',
  pefa: 'PEFA',
  findings: 'Findings and rules',
  rules: 'Findings and rules',
  report: 'Reports',
  review: 'Reports',
  compare: 'Reports',
  batch: 'Reports',
  grid: 'Spreadsheets',
  xlsx: 'Spreadsheets',
  options: 'Options and locales',
  i18n: 'Options and locales',
  examples: 'Examples',
}

/** The src/ folder of a file path, or undefined for a file outside src/<folder>/. */
export function sourceFolder(fileName) {
  return /\/src\/([^/]+)\//.exec(fileName.replaceAll('\\', '/'))?.[1]
}

/** The https URL of package.json's `repository`, or undefined when it names none. */
function repositoryUrl(pkg) {
  const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url
  if (typeof repo !== 'string' || repo === '') return undefined
  return repo
    .replace(/^git\+/, '')
    .replace(/^git@([^:]+):/, 'https://$1/')
    .replace(/\.git$/, '')
}

/** @param {Application} app */
export function load(app) {
  app.on(Application.EVENT_BOOTSTRAP_END, () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
    const repo = repositoryUrl(pkg)
    app.options.setValue('disableGit', true)
    app.options.setValue('gitRevision', `v${pkg.version}`)
    if (!app.options.isSet('sourceLinkTemplate')) {
      app.options.setValue(
        'sourceLinkTemplate',
        repo === undefined
          ? '../../../{path}#L{line}'
          : `${repo}/blob/{gitRevision}/{path}#L{line}`,
      )
    }
  })

  // Guides (docs/*.md, listed with @document in src/index.ts): titled by their first heading and
  // grouped under "Guides" rather than typedoc's file names under "Other".
  app.converter.on(Converter.EVENT_CREATE_DOCUMENT, (_context, document) => {
    const text = document.content.map((part) => part.text).join('')
    const heading = /^#\s+(.+)$/m.exec(text)?.[1]
    if (heading !== undefined && document.frontmatter.title === undefined) document.name = heading
    document.frontmatter.category ??= 'Guides'
  })

  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    // Top-level exports only: children of the entry module (merged into the project later).
    if (reflection.kindOf(ReflectionKind.SomeModule)) return
    if (!reflection.parent?.kindOf(ReflectionKind.SomeModule | ReflectionKind.Project)) return
    if (reflection.comment?.getTag('@category') !== undefined) return
    const file = context.getSymbolFromReflection(reflection)?.declarations?.[0]?.getSourceFile()
    const folder = file === undefined ? undefined : sourceFolder(file.fileName)
    const category = folder === undefined ? undefined : CATEGORY_BY_FOLDER[folder]
    if (category === undefined) {
      app.logger.warn(
        `${reflection.name} (${ReflectionKind[reflection.kind]}): no category for src/${folder ?? '?'}/ (scripts/typedoc-plugin.mjs)`,
      )
      return
    }
    reflection.comment ??= new Comment()
    reflection.comment.blockTags.push(
      new CommentTag('@category', [{ kind: 'text', text: category }]),
    )
  })
}
