/**
 * UTF-8 through the platform's TextEncoder/TextDecoder, which Node and every browser have; the
 * library's compile target (ES2022, no DOM) does not declare them, hence the local declarations.
 * @internal
 */
declare const TextEncoder: new () => { encode(input: string): Uint8Array }
declare const TextDecoder: new () => { decode(input: Uint8Array): string }

const encoder = new TextEncoder()
const decoder = new TextDecoder()

export const utf8Encode = (text: string): Uint8Array => encoder.encode(text)
export const utf8Decode = (bytes: Uint8Array): string => decoder.decode(bytes)
