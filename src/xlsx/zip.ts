/**
 * The little of the ZIP format the spreadsheet code needs, without a dependency: listing a
 * container's entries from its central directory (to refuse a zip bomb before anything is
 * inflated), and writing a container of stored (uncompressed) entries, which every spreadsheet
 * program opens. APPNOTE.TXT 6.3.10 (PKWARE), sections 4.3.7, 4.3.12 and 4.3.16.
 * @internal
 */
import { utf8Decode, utf8Encode } from './utf8'

/** One entry as the central directory lists it. */
export interface ZipEntry {
  readonly name: string
  readonly compressedSize: number
  readonly uncompressedSize: number
}

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8)
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0

/**
 * The entries of a ZIP container, or null when the bytes are not one (no end-of-central-directory
 * record, or a directory that runs outside the bytes).
 */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  // The end record is in the last 22 + 65,535 bytes (its comment is at most 65,535 bytes).
  const stop = Math.max(0, bytes.length - 22 - 0xffff)
  let end = -1
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (u32(bytes, i) === 0x06054b50) {
      end = i
      break
    }
  }
  if (end < 0) return null
  const count = u16(bytes, end + 10)
  let at = u32(bytes, end + 16)
  const entries: ZipEntry[] = []
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) return null
    const nameLength = u16(bytes, at + 28)
    const extra = u16(bytes, at + 30)
    const comment = u16(bytes, at + 32)
    entries.push({
      name: utf8Decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      compressedSize: u32(bytes, at + 20),
      uncompressedSize: u32(bytes, at + 24),
    })
    at += 46 + nameLength + extra + comment
  }
  return entries
}

const CRC_TABLE: readonly number[] = /* @__PURE__ */ (() => {
  const table: number[] = []
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table.push(c >>> 0)
  }
  return table
})()

function crc32(data: Uint8Array): number {
  let c = 0xffffffff
  for (const byte of data) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

/** 1980-01-01, the first date the format can hold: the output does not depend on the clock. */
const DOS_DATE = 0x21

/** A ZIP container of stored entries, in the order given. */
export function storedZip(
  files: readonly { readonly name: string; readonly data: Uint8Array }[],
): Uint8Array {
  const chunks: Uint8Array[] = []
  const central: Uint8Array[] = []
  let offset = 0
  for (const file of files) {
    const name = utf8Encode(file.name)
    const crc = crc32(file.data)
    const size = file.data.length
    const local = new Uint8Array(30 + name.length)
    const lv = new DataView(local.buffer)
    lv.setUint32(0, 0x04034b50, true)
    lv.setUint16(4, 20, true) // version needed: 2.0
    lv.setUint16(6, 0x0800, true) // names in UTF-8
    lv.setUint16(8, 0, true) // stored
    lv.setUint16(12, DOS_DATE, true)
    lv.setUint32(14, crc, true)
    lv.setUint32(18, size, true)
    lv.setUint32(22, size, true)
    lv.setUint16(26, name.length, true)
    local.set(name, 30)
    const entry = new Uint8Array(46 + name.length)
    const cv = new DataView(entry.buffer)
    cv.setUint32(0, 0x02014b50, true)
    cv.setUint16(4, 20, true)
    cv.setUint16(6, 20, true)
    cv.setUint16(8, 0x0800, true)
    cv.setUint16(10, 0, true)
    cv.setUint16(14, DOS_DATE, true)
    cv.setUint32(16, crc, true)
    cv.setUint32(20, size, true)
    cv.setUint32(24, size, true)
    cv.setUint16(28, name.length, true)
    cv.setUint32(42, offset, true)
    entry.set(name, 46)
    chunks.push(local, file.data)
    central.push(entry)
    offset += local.length + size
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0)
  const end = new Uint8Array(22)
  const ev = new DataView(end.buffer)
  ev.setUint32(0, 0x06054b50, true)
  ev.setUint16(8, files.length, true)
  ev.setUint16(10, files.length, true)
  ev.setUint32(12, centralSize, true)
  ev.setUint32(16, offset, true)
  const out = new Uint8Array(offset + centralSize + 22)
  let at = 0
  for (const c of [...chunks, ...central, end]) {
    out.set(c, at)
    at += c.length
  }
  return out
}
