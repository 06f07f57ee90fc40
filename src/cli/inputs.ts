// Which files a command reads: the paths given, folders walked recursively, globs expanded.
// Nothing here reads a file's content; a path that cannot be walked becomes a problem entry,
// never an exception, so that one bad folder does not stop a batch.

/** What walking needs of the file system (the CLI's I/O, or memory in tests). */
export interface Walker {
  readonly isDirectory: (path: string) => boolean
  readonly readDir: (path: string) => string[]
  readonly join: (dir: string, name: string) => string
  /** The canonical path of a folder, to walk each one once (symlink loops). */
  readonly realPath?: ((path: string) => string) | undefined
}

/** A file to read, or a path the walk could not use with why (a Node error code or our own). */
export interface InputItem {
  readonly file: string
  readonly code?: string
}

/** The files to read, in the order given (each folder's files sorted), with what could not be walked in its place. */
export interface Expanded {
  readonly items: InputItem[]
}

/** Extensions read from folders and globs unless --ext says otherwise. */
export const DEFAULT_EXTENSIONS = ['.json', '.xlsx', '.xls', '.ods'] as const

/** Folders never walked into: hidden ones and installed packages, as eslint skips them. */
const SKIPPED = /^(?:\.|node_modules$)/u

/** Folders deeper than this are not walked (a guard, far beyond any real tree of forms). */
const MAX_DEPTH = 64

const codeOf = (err: unknown) =>
  typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : 'EIO'

function hasExtension(name: string, extensions: readonly string[]): boolean {
  const lower = name.toLowerCase()
  return extensions.some((e) => lower.endsWith(e))
}

function isDirectorySafe(io: Walker, path: string): boolean | InputItem {
  try {
    return io.isDirectory(path)
  } catch (err) {
    return { file: path, code: codeOf(err) }
  }
}

/** Every file under a folder whose name ends with one of the extensions, sorted per folder. */
function walk(
  io: Walker,
  dir: string,
  extensions: readonly string[],
  out: Expanded,
  seen: Set<string>,
  depth: number,
  accept: (path: string) => boolean = () => true,
): void {
  let real: string
  try {
    real = io.realPath?.(dir) ?? dir
  } catch (err) {
    out.items.push({ file: dir, code: codeOf(err) })
    return
  }
  if (seen.has(real)) return
  seen.add(real)
  if (depth > MAX_DEPTH) {
    out.items.push({ file: dir, code: 'ETOODEEP' })
    return
  }
  let names: string[]
  try {
    names = io.readDir(dir).sort()
  } catch (err) {
    out.items.push({ file: dir, code: codeOf(err) })
    return
  }
  for (const name of names) {
    const path = io.join(dir, name)
    const isDir = isDirectorySafe(io, path)
    if (isDir === true) {
      if (!SKIPPED.test(name)) walk(io, path, extensions, out, seen, depth + 1, accept)
    } else if (hasExtension(name, extensions) && accept(path)) {
      // A symlink loop is not a folder (stat fails); it is listed and fails when read.
      out.items.push({ file: path })
    }
  }
}

const GLOB_CHARS = /[*?[{]/u

/** A glob ("forms/**\/*.json", "data/202?/{a,b}.xlsx") as a regular expression over '/' paths. */
export function globToRegExp(glob: string): RegExp {
  let out = ''
  let braces = 0
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] ?? ''
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // "**/" matches any number of folders, "**" at the end anything.
        const slash = glob[i + 2] === '/'
        out += slash ? '(?:[^/]*/)*' : '.*'
        i += slash ? 2 : 1
      } else out += '[^/]*'
    } else if (c === '?') out += '[^/]'
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1)
      if (end < 0) out += '\\['
      else {
        const body = glob.slice(i + 1, end).replace(/\\/gu, '\\\\')
        out += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`
        i = end
      }
    } else if (c === '{') {
      braces++
      out += '(?:'
    } else if (c === '}' && braces > 0) {
      braces--
      out += ')'
    } else if (c === ',' && braces > 0) out += '|'
    else out += c.replace(/[.+^$()|\\]/gu, '\\$&')
  }
  return new RegExp(`^${out}${')'.repeat(braces)}$`, 'u')
}

/** The folder a glob starts in: its segments before the first with a wildcard. */
function globBase(glob: string): string {
  const parts = glob.split('/')
  const fixed: string[] = []
  for (const p of parts.slice(0, -1)) {
    if (GLOB_CHARS.test(p)) break
    fixed.push(p)
  }
  return fixed.length === 0 ? '.' : fixed.join('/') || '/'
}

/**
 * The files of the paths given: a file as is (even one that does not exist: reading it tells),
 * a folder walked recursively for the extensions, a glob expanded. '-' stays '-'.
 */
export function expandInputs(
  paths: readonly string[],
  extensions: readonly string[],
  io: Walker,
): Expanded {
  const out: Expanded = { items: [] }
  for (const given of paths) {
    if (given === '-') {
      out.items.push({ file: '-' })
      continue
    }
    const isDir = isDirectorySafe(io, given)
    if (isDir === true) {
      walk(io, given, extensions, out, new Set(), 0)
      continue
    }
    if (isDir === false && GLOB_CHARS.test(given)) {
      const pattern = given.replace(/\\/gu, '/')
      const base = globBase(pattern)
      const re = globToRegExp(pattern.startsWith('./') ? pattern.slice(2) : pattern)
      const before = out.items.length
      const normal = (p: string) => p.replace(/\\/gu, '/').replace(/^\.\//u, '')
      if (isDirectorySafe(io, base) === true) {
        walk(io, base, [''], out, new Set(), 0, (p) => re.test(normal(p)))
      }
      if (out.items.length === before) out.items.push({ file: given, code: 'ENOMATCH' })
      continue
    }
    out.items.push({ file: given })
  }
  return out
}
