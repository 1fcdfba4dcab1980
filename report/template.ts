// The layout template: `{{name}}` is replaced by escaped text, `{{{name}}}` by markup the report
// itself built (scripts, the data block, sections). Nothing in a template is evaluated; a slot
// without a value is an error, so a typo cannot silently drop a part of the page.
import { escapeHtml } from './escape.js';

export function fillTemplate(template: string, text: Record<string, string>, raw: Record<string, string>): string {
  return template.replace(
    /\{\{\{([a-zA-Z0-9]+)\}\}\}|\{\{([a-zA-Z0-9]+)\}\}/g,
    (_, rawName: string | undefined, textName: string | undefined) => {
      if (rawName !== undefined) {
        if (!(rawName in raw)) throw new Error(`report template: no value for {{{${rawName}}}}`);
        return raw[rawName];
      }
      const name = textName as string;
      if (!(name in text)) throw new Error(`report template: no value for {{${name}}}`);
      return escapeHtml(text[name]);
    },
  );
}
