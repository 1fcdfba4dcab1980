// The safetensors format (as written by the `safetensors` Python package): an 8-byte
// little-endian header length N, N bytes of JSON header `{ name: { dtype, shape, data_offsets:
// [begin, end] }, "__metadata__"?: {...} }`, then the data, offsets relative to its start.
// Sharded checkpoints add `model.safetensors.index.json` with `weight_map: { name: file }`.
// Only the header and the one tensor asked for are read, so multi-GiB checkpoints are cheap.
import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Result } from '../ir/index.js';
import { closest, wlError } from './diagnostics.js';

export const SAFETENSORS_DTYPES = ['I8', 'U8', 'I16', 'U16', 'I32', 'F16', 'BF16', 'F32'] as const;
export type SafetensorsDtype = (typeof SAFETENSORS_DTYPES)[number];
export const DTYPE_BYTES: Record<SafetensorsDtype, number> = { I8: 1, U8: 1, I16: 2, U16: 2, I32: 4, F16: 2, BF16: 2, F32: 4 };

export interface SafetensorsEntry {
  readonly name: string;
  /** The dtype as the file states it (unsupported ones are kept for messages). */
  readonly dtype: string;
  readonly shape: readonly number[];
  /** Absolute byte range in `file`. */
  readonly begin: number;
  readonly end: number;
  /** The .safetensors file holding it (a shard of an index). */
  readonly file: string;
}

const MAX_HEADER = 100 * 2 ** 20; // the reference implementation's limit

/** Reads the header of one .safetensors file; `shown` names it in messages. */
export function readSafetensorsHeader(path: string, shown = path): Result<SafetensorsEntry[]> {
  const bad = (why: string, hint?: string): Result<SafetensorsEntry[]> => ({
    diagnostics: [
      wlError('T0103', `${shown}: ${why}`, {
        expected: 'a .safetensors file (8-byte header length, JSON header, data)',
        ...(hint ? { hint } : {}),
      }),
    ],
  });
  if (!existsSync(path)) return { diagnostics: [wlError('T0104', `${shown}: no such file`, { hint: 'check the path' })] };
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    return bad(`cannot open (${(e as Error).message})`);
  }
  try {
    const size = fstatSync(fd).size;
    if (size < 8) return bad(`${size} bytes, too short for a header`);
    const lenBuf = Buffer.alloc(8);
    readSync(fd, lenBuf, 0, 8, 0);
    const n = Number(lenBuf.readBigUInt64LE(0));
    if (n < 2 || n > MAX_HEADER || 8 + n > size)
      return bad(`header length ${n} does not fit the file (${size} bytes)`, 'the file is truncated or not safetensors');
    const hb = Buffer.alloc(n);
    readSync(fd, hb, 0, n, 8);
    let header: unknown;
    try {
      header = JSON.parse(hb.toString('utf8'));
    } catch (e) {
      return bad(`header is not JSON (${(e as Error).message})`);
    }
    if (typeof header !== 'object' || header === null || Array.isArray(header)) return bad('header is not a JSON object');
    const dataStart = 8 + n;
    const out: SafetensorsEntry[] = [];
    for (const [name, v] of Object.entries(header as Record<string, unknown>)) {
      if (name === '__metadata__') continue;
      const e = v as { dtype?: unknown; shape?: unknown; data_offsets?: unknown };
      if (
        typeof e !== 'object' ||
        e === null ||
        typeof e.dtype !== 'string' ||
        !Array.isArray(e.shape) ||
        !Array.isArray(e.data_offsets) ||
        e.data_offsets.length !== 2
      ) {
        return bad(`entry '${name}' needs dtype, shape and data_offsets [begin, end]`);
      }
      const shape = e.shape as unknown[];
      const [b, en] = e.data_offsets as unknown[];
      if (
        !shape.every((d) => Number.isSafeInteger(d) && (d as number) >= 0) ||
        !Number.isSafeInteger(b) ||
        !Number.isSafeInteger(en) ||
        (b as number) < 0 ||
        (en as number) < (b as number)
      ) {
        return bad(`entry '${name}' has a bad shape or data_offsets`);
      }
      const begin = dataStart + (b as number),
        end = dataStart + (en as number);
      if (end > size) return bad(`entry '${name}' ends at byte ${end}, past the end of the file (${size})`, 'the file is truncated');
      const count = (shape as number[]).reduce((x, y) => x * y, 1);
      const w = DTYPE_BYTES[e.dtype as SafetensorsDtype];
      if (w !== undefined && count * w !== end - begin)
        return bad(`entry '${name}': ${count} x ${e.dtype} needs ${count * w} bytes, data_offsets give ${end - begin}`);
      out.push({ name, dtype: e.dtype, shape: shape as number[], begin, end, file: path });
    }
    out.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
    return { value: out, diagnostics: [] };
  } finally {
    closeSync(fd);
  }
}

/**
 * Every tensor of a checkpoint: one .safetensors file, or a sharded one through its
 * `*.safetensors.index.json` (weight_map name -> shard file, relative to the index).
 */
export function listSafetensors(path: string, shown = path): Result<SafetensorsEntry[]> {
  if (!path.endsWith('.json')) return readSafetensorsHeader(path, shown);
  let idx: unknown;
  try {
    idx = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    return {
      diagnostics: [
        wlError(
          existsSync(path) ? 'T0103' : 'T0104',
          `${shown}: ${existsSync(path) ? `not JSON (${(e as Error).message})` : 'no such file'}`,
          { expected: 'a safetensors index (model.safetensors.index.json) with a weight_map' },
        ),
      ],
    };
  }
  const map = (idx as { weight_map?: unknown })?.weight_map;
  if (typeof map !== 'object' || map === null || Array.isArray(map))
    return {
      diagnostics: [
        wlError('T0103', `${shown}: no "weight_map" object`, {
          expected: 'a safetensors index (model.safetensors.index.json) with a weight_map',
        }),
      ],
    };
  const shards = [...new Set(Object.values(map as Record<string, unknown>))];
  if (shards.some((s) => typeof s !== 'string' || s.includes('..')))
    return { diagnostics: [wlError('T0103', `${shown}: weight_map values must be shard file names beside the index`)] };
  const all = new Map<string, SafetensorsEntry>();
  for (const s of (shards as string[]).sort()) {
    const r = readSafetensorsHeader(join(dirname(path), s), join(dirname(shown), s));
    if (!r.value) return r;
    for (const e of r.value) all.set(e.name, e);
  }
  const out: SafetensorsEntry[] = [];
  for (const [name, file] of Object.entries(map as Record<string, string>)) {
    const e = all.get(name);
    if (!e) return { diagnostics: [wlError('T0103', `${shown}: '${name}' is mapped to ${file} but that shard does not hold it`)] };
    out.push(e);
  }
  out.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  return { value: out, diagnostics: [] };
}

/** The entry called `name` (with "did you mean" when absent). */
export function findEntry(entries: readonly SafetensorsEntry[], name: string, shown: string): Result<SafetensorsEntry> {
  const e = entries.find((x) => x.name === name);
  if (e) return { value: e, diagnostics: [] };
  const guess = closest(
    name,
    entries.map((x) => x.name),
  );
  const few = entries
    .slice(0, 5)
    .map((x) => x.name)
    .join(', ');
  return {
    diagnostics: [
      wlError('T0104', `${shown}: no tensor '${name}'`, {
        expected: `one of its ${entries.length} tensors (${few}${entries.length > 5 ? ', ...' : ''})`,
        hint: guess ? `did you mean '${guess}'?` : 'list them with listSafetensors / `tpe import --list`',
      }),
    ],
  };
}

/** The raw bytes of one entry. */
export function readEntryBytes(e: SafetensorsEntry): Uint8Array {
  const fd = openSync(e.file, 'r');
  try {
    const buf = Buffer.alloc(e.end - e.begin);
    let off = 0;
    while (off < buf.length) {
      const n = readSync(fd, buf, off, buf.length - off, e.begin + off);
      if (n <= 0) break;
      off += n;
    }
    return buf;
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes a .safetensors file (tests and tools; the header is padded with spaces to a multiple
 * of 8 bytes as the reference writer does). Tensors are written in the order given.
 */
export function encodeSafetensors(
  tensors: readonly { name: string; dtype: SafetensorsDtype | (string & {}); shape: readonly number[]; data: Uint8Array }[],
  metadata?: Record<string, string>,
): Uint8Array {
  const header: Record<string, unknown> = {};
  if (metadata) header.__metadata__ = metadata;
  let off = 0;
  for (const t of tensors) {
    header[t.name] = { dtype: t.dtype, shape: t.shape, data_offsets: [off, off + t.data.length] };
    off += t.data.length;
  }
  let json = JSON.stringify(header);
  json += ' '.repeat((8 - (Buffer.byteLength(json) % 8)) % 8);
  const hb = Buffer.from(json, 'utf8');
  const len = Buffer.alloc(8);
  len.writeBigUInt64LE(BigInt(hb.length));
  return Buffer.concat([len, hb, ...tensors.map((t) => Buffer.from(t.data.buffer, t.data.byteOffset, t.data.byteLength))]);
}
