// Every text that comes from a form passes through one of these before it reaches a report.

/**
 * Removes what must never reach a reader's terminal or page: control characters (a form could
 * carry terminal escape sequences) and bidirectional overrides (they reorder what is shown).
 * Tabs become spaces, CR LF and CR become LF.
 * @internal
 */
export function cleanText(text: string): string {
  let out = ''
  const normalized = text.replace(/\r\n?/g, '\n')
  for (const ch of normalized) {
    const cp = ch.codePointAt(0) ?? 0
    if (ch === '\n') out += ch
    else if (ch === '\t') out += ' '
    else if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) out += '\uFFFD'
    else if ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)) continue
    else out += ch
  }
  return out
}

const HTML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Escapes text for HTML content and attribute values (& < > " '). @internal */
export function escapeHtml(text: string): string {
  return cleanText(text).replace(/[&<>"']/g, (ch) => HTML_ENTITIES[ch] ?? ch)
}

/**
 * Escapes text for Markdown: HTML-significant characters become entities (so no renderer sees
 * a tag), Markdown punctuation is backslash-escaped, and line breaks become `<br>` so the text
 * stays in its table cell or list item. With `block`, the text starts a block of its own, so a
 * leading `#`, `-`, `+` or `1.` is escaped and leading spaces dropped: it must not open a
 * heading, a list or a code block.
 * @internal
 */
export function escapeMarkdown(text: string, options: { block?: boolean } = {}): string {
  const escaped = cleanText(text)
    .split('\n')
    .map((line) =>
      line
        .replace(/[\\`*_[\]|~]/g, (ch) => `\\${ch}`)
        .replace(/[&<>]/g, (ch) => HTML_ENTITIES[ch] ?? ch),
    )
    .join('<br>')
  if (options.block !== true) return escaped
  // Leading spaces would make an indented code block.
  return escaped
    .trimStart()
    .replace(/^([#+-])(?=\s|$|#)/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
}
