// A SCALE-Sim study (its .cfg and topology CSV, written here in SCALE-Sim's formats) imported,
// then swept: the spec loads, the design is the sized systolic array, the layers are GEMMs.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDesign } from '../../dsl/index.js';
import { arrayShape } from '../../ir/index.js';
import { parseScaleSimConfig, parseScaleSimTopology } from '../../sweep/scalesim.js';
import type { SweepRow } from '../../sweep/row.js';
import { lines, tempDir, tpe } from './helpers.js';

const CFG = (df: string) => `[general]
run_name = tpu_like

[architecture_presets]
ArrayHeight:    8
ArrayWidth:     16
IfmapSramSzkB:    64
FilterSramSzkB:   64
OfmapSramSzkB:    32
IfmapOffset:    0
FilterOffset:   10000000
OfmapOffset:    20000000
Dataflow : ${df}
Bandwidth : 10
MemoryBanks: 1

[run_presets]
InterfaceBandwidth: CALC
`;
const CONV = `Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels, Num Filter, Strides,
Conv1, 34, 34, 3, 3, 3, 16, 1,
Conv2, 32, 32, 3, 3, 16, 32, 2,
DP3, 16, 16, 3, 3, 32, 1, 1,
`;
const GEMM = `Layer, M, N, K,
QKV, 128, 384, 128,
FF1, 128, 512, 128,
`;

describe('SCALE-Sim import', () => {
  it('conv layers as SCALE-Sim computes their GEMMs', () => {
    const l = parseScaleSimTopology(CONV, 'net.csv').value!;
    expect(l.map((x) => [x.name, x.M, x.N, x.K, x.count])).toEqual([
      ['Conv1', 32 * 32, 16, 27, 1],
      ['Conv2', 16 * 16, 32, 144, 1],
      ['DP3', 14 * 14, 1, 9, 32],
    ]);
    expect(parseScaleSimTopology(GEMM, 'g.csv').value!.map((x) => [x.M, x.N, x.K])).toEqual([
      [128, 384, 128],
      [128, 512, 128],
    ]);
    expect(parseScaleSimTopology('Layer, M, N, K,\nX, 4, four, 4,\n', 'bad.csv').diagnostics[0]).toMatchObject({
      code: 'Y0702',
      span: { start: { line: 2 } },
    });
    expect(parseScaleSimConfig(CFG('rs'), 'x.cfg').diagnostics[0].code).toBe('Y0701');
  });

  it('tpe import writes a spec and a sized design that tpe sweep runs', () => {
    const dir = tempDir('scalesim');
    for (const [df, topo, arch, first] of [
      ['os', CONV, 'systolic-os', 'Conv1'],
      ['ws', GEMM, 'systolic-ws', 'QKV'],
      ['is', GEMM, 'systolic-ws', 'QKV'],
    ] as const) {
      writeFileSync(join(dir, `${df}.cfg`), CFG(df));
      writeFileSync(join(dir, `${df}.csv`), topo);
      const r = tpe(['import', 'scalesim', join(dir, `${df}.cfg`), join(dir, `${df}.csv`), '-o', join(dir, df)]);
      expect(r.code, r.err).toBe(0);
      const design = loadDesign(join(dir, df, `tpu_like_${df}.tpe`)).value!;
      expect(design.architecture).toBe(arch);
      expect(arrayShape(design)).toMatchObject({ rows: 8, cols: 16 });
      const spec = join(dir, df, 'tpu_like.yaml');
      expect(readFileSync(spec, 'utf8')).toContain('#   filtersramszkb = 64');
      const s = tpe(['sweep', spec, '-o', join(dir, `${df}-out`), '-q']);
      expect(s.code, s.err).toBe(0);
      const rows = lines(join(dir, `${df}-out`, 'rows.jsonl'))
        .map((l) => JSON.parse(l) as SweepRow)
        .sort((a, b) => a.index - b.index);
      expect(rows.every((x) => x.status === 'ok')).toBe(true);
      expect(rows[0].workload.gemm).toBe(first);
      // Input-stationary runs the transposed GEMM.
      if (df === 'is') expect([rows[0].workload.M, rows[0].workload.N]).toEqual([384, 128]);
    }
  }, 120_000);
});
