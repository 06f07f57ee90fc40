// Builds dist/ only when it is missing or older than what it is built from, so that `npm start`
// runs the main job at once on a fresh build (was a full rebuild, about 14 s, before every run).
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const built = join(root, 'dist', 'cli.js')

/** The newest modification time under a path (a file, or a folder walked recursively). */
function newest(path) {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let latest = stat.mtimeMs
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)))
  return latest
}

const sources = ['src', 'package.json', 'tsup.config.ts', 'tsconfig.lib.json', 'tsconfig.json']
  .map((p) => join(root, p))
  .filter((p) => existsSync(p))
const stale = !existsSync(built) || sources.some((p) => newest(p) > statSync(built).mtimeMs)
if (stale) execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' })
