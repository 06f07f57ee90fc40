/**
 * The API reference documents every property a user can reach: each property of an exported
 * interface or object type (and of the object types nested in them) carries a TSDoc description.
 * Read with the TypeScript compiler over src/, from the exports of src/index.ts, so the test sees
 * what typedoc and an editor's hover show. Also checks the typedoc plugin's category table covers
 * every src/ folder that exports something.
 */
import { readdirSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { CATEGORY_BY_FOLDER, sourceFolder } from '../scripts/typedoc-plugin.mjs'

const root = resolve(import.meta.dirname, '..')

interface Property {
  /** Export, then the path of property names down to this one. */
  readonly where: string
  /** file:line of the declaration. */
  readonly file: string
  readonly documented: boolean
}

function program(): { checker: ts.TypeChecker; index: ts.SourceFile } {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, 'tsconfig.lib.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
  )
  if (config === undefined) throw new Error('tsconfig.lib.json does not parse')
  const p = ts.createProgram({ rootNames: [join(root, 'src/index.ts')], options: config.options })
  const index = p.getSourceFile(join(root, 'src/index.ts'))
  if (index === undefined) throw new Error('src/index.ts is not in the program')
  return { checker: p.getTypeChecker(), index }
}

function hasDoc(node: ts.Node): boolean {
  return ts
    .getJSDocCommentsAndTags(node)
    .some((d) => ts.isJSDoc(d) && ts.getTextOfJSDocComment(d.comment)?.trim())
}

/** Generic types whose object arguments are data a user reads (not filters such as Extract). */
const CONTAINERS = new Set(['Array', 'ReadonlyArray', 'Readonly', 'Partial', 'Required', 'Record'])

/** Every property declared in a type node, recursing into nested object types. */
function collectFromType(type: ts.TypeNode | undefined, where: string, out: Property[]): void {
  if (type === undefined) return
  if (ts.isTypeLiteralNode(type)) collectMembers(type.members, where, out)
  else if (ts.isUnionTypeNode(type) || ts.isIntersectionTypeNode(type)) {
    for (const t of type.types) collectFromType(t, where, out)
  } else if (ts.isArrayTypeNode(type)) collectFromType(type.elementType, where, out)
  else if (ts.isIndexedAccessTypeNode(type)) collectFromType(type.objectType, where, out)
  else if (ts.isMappedTypeNode(type)) collectFromType(type.type, where, out)
  else if (ts.isParenthesizedTypeNode(type) || ts.isTypeOperatorNode(type)) {
    collectFromType(type.type, where, out)
  } else if (ts.isTypeReferenceNode(type)) {
    // ReadonlyArray<{ … }>, Record<K, { … }>, Partial<{ … }>
    if (CONTAINERS.has(type.typeName.getText())) {
      for (const t of type.typeArguments ?? []) collectFromType(t, where, out)
    }
  }
}

function collectMembers(
  members: ts.NodeArray<ts.TypeElement | ts.ClassElement>,
  where: string,
  out: Property[],
): void {
  for (const m of members) {
    const isProperty = ts.isPropertySignature(m) || ts.isPropertyDeclaration(m)
    if (!isProperty) continue
    const modifiers = ts.canHaveModifiers(m) ? (ts.getModifiers(m) ?? []) : []
    if (modifiers.some((x) => x.kind === ts.SyntaxKind.PrivateKeyword)) continue
    const name = `${where}.${m.name.getText()}`
    out.push({
      where: name,
      file: `${relative(root, m.getSourceFile().fileName)}:${
        m.getSourceFile().getLineAndCharacterOfPosition(m.getStart()).line + 1
      }`,
      documented: hasDoc(m),
    })
    collectFromType(m.type, name, out)
  }
}

/** The properties of every exported interface, object type alias and class of src/index.ts. */
function publicProperties(): Property[] {
  const { checker, index } = program()
  const moduleSymbol = checker.getSymbolAtLocation(index)
  if (moduleSymbol === undefined) throw new Error('src/index.ts has no module symbol')
  const out: Property[] = []
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol =
      exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported
    for (const d of symbol.declarations ?? []) {
      if (ts.isInterfaceDeclaration(d) || ts.isClassDeclaration(d)) {
        collectMembers(d.members, exported.name, out)
      } else if (ts.isTypeAliasDeclaration(d)) {
        collectFromType(d.type, exported.name, out)
      }
    }
  }
  return out
}

describe('API reference', () => {
  const properties = publicProperties()

  it('describes every property of every exported interface and object type', () => {
    const missing = properties.filter((p) => !p.documented).map((p) => `${p.file} ${p.where}`)
    if (process.env.DUMP) console.log(`MISSING\n${missing.join('\n')}\nTOTAL ${properties.length}`)
    expect(missing).toEqual([])
    // The walk reaches the types a user meets first (a walk that found nothing would pass).
    const names = new Set(properties.map((p) => p.where))
    for (const p of [
      'EvaluationBase.summary',
      'Finding.params',
      'SelfEvaluation.funding',
      'FundingRow.initialBudget',
      'Indicator.targetParts.comparator',
      'EvaluateOptions.scheme',
    ]) {
      expect(names, p).toContain(p)
    }
    expect(properties.length).toBeGreaterThan(350)
  })

  it('gives every src/ folder an export comes from a category (scripts/typedoc-plugin.mjs)', () => {
    const folders = readdirSync(join(root, 'src'), { withFileTypes: true })
      .filter((e) => e.isDirectory() && e.name !== 'cli')
      .map((e) => e.name)
    expect(folders.filter((f) => CATEGORY_BY_FOLDER[f] === undefined)).toEqual([])
    expect(sourceFolder('/repo/src/targets/parse.ts')).toBe('targets')
    expect(sourceFolder('/repo/src/index.ts')).toBeUndefined()
  })
})
