// The `perf-eval` executable: wires `run` to the process. Nothing else belongs here.
import {
  existsSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { availableParallelism } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import Tinypool from 'tinypool'
import { type CliIo, CONFIG_FILE, run } from './run'

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Uint8Array))
  return Buffer.concat(chunks).toString('utf8')
}

// A reader that closes the pipe early (`perf-eval rules | head`) is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0)
  throw err
})

/** perf-eval.config.json in the working folder or the nearest folder above it, as eslint looks. */
function findConfig(): string | undefined {
  let dir = process.cwd()
  for (;;) {
    const file = join(dir, CONFIG_FILE)
    if (existsSync(file)) return file === join(process.cwd(), CONFIG_FILE) ? CONFIG_FILE : file
    const up = dirname(dir)
    if (up === dir) return undefined
    dir = up
  }
}

const io: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path, 'utf8'),
  readBytes: (path) => new Uint8Array(readFileSync(path)),
  readStdin,
  writeFile: (path, text) => {
    writeFileSync(path, text, 'utf8')
  },
  writeBytes: (path, bytes) => {
    writeFileSync(path, bytes)
  },
  isDirectory: (path) => statSync(path, { throwIfNoEntry: false })?.isDirectory() === true,
  readDir: (path) => readdirSync(path),
  join,
  columns: process.stdout.isTTY ? process.stdout.columns : undefined,
  fileSize: (path) => {
    try {
      return statSync(path).size
    } catch {
      return undefined
    }
  },
  realPath: (path) => realpathSync(resolve(path)),
  findConfig,
  parallelism: availableParallelism(),
  createPool: (jobs) => {
    const pool = new Tinypool({
      filename: new URL('./cli-worker.js', import.meta.url).href,
      minThreads: jobs,
      maxThreads: jobs,
    })
    return { run: (task) => pool.run(task), destroy: () => pool.destroy() }
  },
  progress: process.stderr.isTTY ? (text) => process.stderr.write(text) : undefined,
}

process.exitCode = await run(process.argv.slice(2), io)
