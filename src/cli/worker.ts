// A worker thread of `perf-eval … --jobs N`: reads and evaluates one file per task, with the
// same code the main thread runs for --jobs 1 (batch.ts), and sends the entries back.
import { readFileSync, statSync } from 'node:fs'
import { type BatchSettings, type FileEntry, processFile } from './batch'

const fs = {
  readText: (path: string) => readFileSync(path, 'utf8'),
  readBytes: (path: string) => new Uint8Array(readFileSync(path)),
  size: (path: string) => {
    try {
      return statSync(path).size
    } catch {
      return undefined
    }
  },
}

/** One task: a file and how to evaluate it. */
export default function task({
  file,
  settings,
}: {
  file: string
  settings: BatchSettings
}): Promise<FileEntry[]> {
  return processFile(file, settings, fs)
}
