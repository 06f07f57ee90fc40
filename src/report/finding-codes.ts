/** The catalogue's codes, generated from it in the findings layer (src/findings/codes.generated.ts). */
export type { FindingCode } from '../findings/index'
