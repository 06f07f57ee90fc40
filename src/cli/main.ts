// The `perf-eval` executable: wires `run` to the process. Nothing else belongs here.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { type CliIo, run } from './run'

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
}

process.exitCode = await run(process.argv.slice(2), io)
