/**
 * White space by code point, for scanners that walk text by char code rather than by one-character
 * strings (issue 17: a string per character was a large part of their cost).
 * @internal
 */

/**
 * What `/\s/u` matches and what `trim()` removes, by code point: the ECMAScript white space and
 * line terminators. test/rules.garbled-fast.test.ts checks it on every code point.
 * @internal
 */
export function isSpaceCode(cp: number): boolean {
  if (cp <= 0x20) return cp === 0x20 || (cp >= 0x09 && cp <= 0x0d)
  if (cp < 0xa0) return false
  return (
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000 ||
    cp === 0xfeff
  )
}
