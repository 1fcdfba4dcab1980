// Loading a technology table by name ('generic', 'ihp-sg13g2') or path, validated against
// tech/schema.json. Problems are diagnostics naming what is missing, never exceptions.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import type { Diagnostic, Result } from '../../ir/index.js';
import { assetPath } from '../../util/assets.js';
import { readBounded } from '../../util/fs.js';
import type { TechTable } from './types.js';

/** The folder of the built-in tables and tech/schema.json. */
export const techDir = (): string => assetPath('tech');
export const BUILTIN_TECH = ['generic', 'ihp-sg13g2'] as const;

let validator: ReturnType<Ajv['compile']> | undefined;
function validate(doc: unknown): ErrorObject[] {
  if (!validator) {
    const schema = JSON.parse(readFileSync(resolve(techDir(), 'schema.json'), 'utf8')) as Record<string, unknown>;
    delete schema.$schema; // ajv's default meta-schema is draft-07 compatible
    validator = new Ajv({ allErrors: true, strict: false }).compile(schema);
  }
  return validator(doc) ? [] : [...(validator.errors ?? [])];
}

function describe(e: ErrorObject): string {
  const where = e.instancePath || '(top level)';
  if (e.keyword === 'required') return `${where}: missing "${(e.params as { missingProperty: string }).missingProperty}"`;
  if (e.keyword === 'additionalProperties')
    return `${where}: unexpected "${(e.params as { additionalProperty: string }).additionalProperty}"`;
  return `${where}: ${e.message ?? e.keyword}`;
}

export function checkTechTable(doc: unknown, name: string): Result<TechTable> {
  const errs = validate(doc);
  if (errs.length === 0) return { value: doc as TechTable, diagnostics: [] };
  return {
    diagnostics: [
      {
        code: 'E1012',
        severity: 'error',
        message: `technology table ${name} is invalid: ${errs.map(describe).join('; ')}`,
        expected: 'a table following tech/schema.json (every component of the cost model with area, delay, energyPerToggle, leakage)',
        hint: 'derive a complete table from a liberty with `tpe tech derive --liberty file.lib -o table.json`',
      },
    ],
  };
}

/** `spec`: a built-in name or a path to a JSON table (relative to `cwd`). */
export function loadTech(spec: string, cwd = process.cwd()): Result<TechTable> {
  const err = (code: string, message: string, hint?: string): Result<TechTable> => ({
    diagnostics: [{ code, severity: 'error', message, ...(hint ? { hint } : {}) } satisfies Diagnostic],
  });
  const builtin = (BUILTIN_TECH as readonly string[]).includes(spec);
  const isPath = !builtin && (spec.endsWith('.json') || spec.includes('/') || spec.includes('\\'));
  if (!builtin && !isPath) {
    return err(
      'E1010',
      `unknown technology "${spec}"`,
      `use one of ${BUILTIN_TECH.join(', ')}, or a path to a JSON table (tpe tech derive --liberty file.lib -o table.json)`,
    );
  }
  const path = builtin ? resolve(techDir(), `${spec}.json`) : resolve(cwd, spec);
  if (!existsSync(path))
    return err(
      'E1011',
      `technology table ${spec} not found${builtin ? ' (the toolkit install is incomplete)' : ''}`,
      'check the path, or use generic / ihp-sg13g2',
    );
  let doc: unknown;
  try {
    // Bounded: a table is a few kB, and `/dev/zero` as a path must not read forever.
    doc = JSON.parse(readBounded(path, 64 << 20, { text: true }).toString('utf8'));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code)
      return err(
        'E1011',
        `technology table ${spec} cannot be read: ${code === 'EFBIG' ? 'larger than 64 MiB' : code === 'EBINARY' ? 'it holds NUL bytes, not JSON text' : code === 'EISDIR' ? 'it is a directory' : code}`,
        'pass a JSON table made by `tpe tech derive`',
      );
    return err('E1012', `technology table ${spec} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  return checkTechTable(doc, spec);
}
