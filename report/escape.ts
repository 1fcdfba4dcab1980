// Escaping for the two places user strings go: HTML text/attributes, and the JSON data block.

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or attribute value: every character that could start markup or end an attribute. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML[c]);
}

/**
 * JSON for a <script type="application/json"> block. `<`, `>` and `&` become \u escapes, so
 * no "</script>" or "<!--" can appear in the block, and U+2028/U+2029 are escaped as well.
 * JSON.parse reads the escapes back as the same characters.
 */
export function jsonForScript(v: unknown): string {
  return JSON.stringify(v)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A cell of a Markdown table: no pipes, newlines or raw HTML (GitHub renders inline HTML). */
export function escapeMd(s: string): string {
  return s
    .replace(/[\r\n]+/g, ' ')
    .replace(/[&<>]/g, (c) => HTML[c])
    .replace(/([\\|`*_[\]#])/g, '\\$1');
}
