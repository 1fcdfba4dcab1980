// Renders an RtlModel through the Handlebars templates in rtl-templates/. Templates only loop
// and interpolate; helpers only format.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { assetPath } from '../util/assets.js';
import { TOOLKIT_VERSION } from '../util/version.js';
import type { RtlModel, RtlModule } from './model/types.js';

export { TOOLKIT_VERSION };

let hbs: typeof Handlebars | undefined;
const compiled = new Map<string, HandlebarsTemplateDelegate>();

function env(): typeof Handlebars {
  if (hbs) return hbs;
  const h = Handlebars.create();
  h.registerHelper('range', (w: number) => (w === 1 ? '' : `[${w - 1}:0] `));
  h.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  h.registerHelper('gt', (a: number, b: number) => a > b);
  const pdir = assetPath('rtl-templates', 'partials');
  for (const f of readdirSync(pdir).sort()) {
    if (f.endsWith('.hbs')) h.registerPartial(f.slice(0, -4), readFileSync(join(pdir, f), 'utf8'));
  }
  hbs = h;
  return h;
}

function template(name: string): HandlebarsTemplateDelegate {
  let t = compiled.get(name);
  if (!t) {
    t = env().compile(readFileSync(assetPath('rtl-templates', `${name}.v.hbs`), 'utf8'), { noEscape: true, strict: true });
    compiled.set(name, t);
  }
  return t;
}

/**
 * Text from outside (the design name, the source path) as it may stand in a `//` comment: line
 * breaks and other control characters escaped (`\n`, `\u2028`), so no input can end the comment
 * and put live Verilog into an emitted file. Printable text is unchanged.
 */
export function commentText(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/gu, (ch) => {
    if (ch === '\n') return '\\n';
    if (ch === '\r') return '\\r';
    if (ch === '\t') return '\\t';
    return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

export function renderModule(m: RtlModule, design: string, source: string): string {
  return template(m.template)({ m, design: commentText(design), source: commentText(source), version: TOOLKIT_VERSION });
}

export function renderModel(model: RtlModel, source: string): { name: string; text: string }[] {
  return model.modules.map((m) => ({ name: `${m.name}.v`, text: renderModule(m, model.design, source) }));
}
