/**
 * A target printed in separate columns (指标性质 / 指标值 / 度量单位, or 符号 / 值 / 单位), read as one
 * target text. Notes in brackets after a unit ("%(百分比)", "个(次)") name the unit, they are not
 * part of it.
 * @internal
 */
export function targetTextFromParts(parts: {
  readonly comparator?: string | undefined
  readonly value?: string | undefined
  readonly unit?: string | undefined
}): string {
  const unit = (parts.unit ?? '').replace(/[(（][^)）]*[)）]/gu, '').trim()
  return `${(parts.comparator ?? '').trim()}${(parts.value ?? '').trim()}${unit}`
}
