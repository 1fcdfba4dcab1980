// Bad-input audit of the `tpe` CLI: runs each case below as a child process (bin/tpe.js, the
// built CLI) and flags exit 0 on bad input, a JavaScript stack trace or raw Node error in stderr,
// an internal error (exit 70), no message at all, or a hang. Usage:
//   npm run build && npx tsx scripts/cli-bad-input-audit.ts [--all]
// Prints one line per flagged case (--all: every case) and exits 1 when any is flagged.
// The fixed cases are pinned in test/cli/bad-input.test.ts.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'tpe.js');
const D = mkdtempSync(join(tmpdir(), 'tpe-audit-'));
chmodSync(D, 0o755); // readable by `nobody` (the read-only cases)
const f = (name: string) => join(D, name);

// Fixtures: the bad files a user ends up with.
const good = readFileSync(join(ROOT, 'examples', 'sa_os.tpe'), 'utf8');
writeFileSync(f('empty.tpe'), '');
writeFileSync(f('bin.tpe'), new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 0xff]));
writeFileSync(f('syntax.tpe'), good.replace(/\n/, '\n@@@ oops\n'));
mkdirSync(f('dir.tpe'));
mkdirSync(f('cwd'), { mode: 0o777 }); // each case's working folder (writable by `nobody` too)
mkdirSync(f('ro'));
chmodSync(f('ro'), 0o555);
writeFileSync(f('empty.yaml'), '');
writeFileSync(f('bad.yaml'), 'name: x\ndesigns: [a.tpe\n  axes: {\n');
writeFileSync(f('badkey.yaml'), `name: x\ndesignz: [${join(ROOT, 'examples', 'sa_os.tpe')}]\nworkloads:\n  - gemms: [4x4x4]\n`);
writeFileSync(f('list.yaml'), '- 1\n- 2\n');
writeFileSync(f('empty.jsonl'), '');
// Real rows (a two-point sweep, under a second), and the same cut mid-row as a killed sweep leaves them.
writeFileSync(
  f('s.yaml'),
  `name: t\nlevel: fast\nseed: 1\ndesigns: [${join(ROOT, 'examples', 'sa_os.tpe')}]\nworkloads:\n  - gemm: 4x4x4\n  - gemm: 8x4x4\n`,
);
spawnSync(process.execPath, [BIN, 'sweep', f('s.yaml'), '-o', f('sw'), '--workers', '0', '-q']);
const rows = readFileSync(f('sw/rows.jsonl'), 'utf8');
writeFileSync(f('row.jsonl'), rows);
spawnSync(process.execPath, [BIN, 'merge', f('sw'), '-o', f('merged2.jsonl')]);
writeFileSync(f('trunc.jsonl'), rows.slice(0, rows.indexOf('\n') + 200));
writeFileSync(f('garbage.jsonl'), 'hello world\n');
writeFileSync(f('arr.jsonl'), '[1,2,3]\n');
writeFileSync(f('bad.json'), '{"a": 1,,}');
writeFileSync(f('empty.json'), '');
writeFileSync(f('bin.npy'), new Uint8Array([1, 2, 3, 4, 0, 0]));
writeFileSync(f('bad.cfg'), '[general]\nrun_name = x\n');
writeFileSync(f('good.cfg'), '[architecture_presets]\nArrayHeight: 8\nArrayWidth: 8\nDataflow: os\n');
writeFileSync(f('good.csv'), 'Layer, M, N, K,\nfc1, 16, 16, 16,\n');
writeFileSync(f('bad.csv'), 'Layer name, IFMAP Height,\nconv1, abc,\n');
writeFileSync(f('bad.lib'), 'library (x) { cell (');
writeFileSync(f('tech.json'), '{"name": "t"}');

const sa = join(ROOT, 'examples', 'sa_os.tpe');
const missing = f('nosuch.tpe');
type Case = [label: string, argv: string[], accepted?: string];
const cases: Case[] = [];
const add = (label: string, ...argv: string[]) => cases.push([label, argv]);
/** Input that looks odd but is accepted on purpose (why): only stack traces and raw errors flag it. */
const accept = (label: string, why: string, ...argv: string[]) => cases.push([label, argv, why]);

// Unknown command, flags.
add('unknown command', 'frobnicate');
add('no command args', 'estimate');
for (const c of ['check', 'fmt', 'show', 'transform', 'estimate', 'sim', 'emit', 'flow', 'compare', 'report'])
  add(`${c}: unknown flag`, c, sa, '--frob');

// Design-file commands on bad files.
const designCmds: [string, string[]][] = [
  ['check', []],
  ['fmt', []],
  ['show', []],
  ['transform', ['--apply', 'opt1']],
  ['estimate', []],
  ['compare', [sa]],
  ['sim', ['--gemm', '2x2x2']],
  ['emit', ['--list']],
  ['flow', ['--gemm', '2x2x2', '--no-verify', '-o', f('flowout')]],
  ['report', ['--format', 'md', '-o', '-']],
  ['lint', []],
  ['verify', ['--gemm', '2x2x2']],
  ['synth', []],
  ['power', ['--gemm', '2x2x2']],
  ['validate', ['--gemm', '2x2x2']],
];
for (const [c, extra] of designCmds) {
  for (const [what, file] of [
    ['missing file', missing],
    ['directory', f('dir.tpe')],
    ['empty file', f('empty.tpe')],
    ['binary file', f('bin.tpe')],
    ['syntax error', f('syntax.tpe')],
  ] as const)
    add(`${c}: ${what}`, c, file, ...extra);
}

// Option values of the wrong type.
for (const c of ['estimate', 'sim', 'compare', 'flow', 'report', 'validate', 'verify', 'power']) {
  const d = c === 'compare' ? [sa, sa] : [sa];
  for (const g of ['0x4x4', '4x4', '-1x2x3', '1e9x1e9x1e9', 'axbxc', '2x2x2x2', '1.5x2x2', ''])
    add(`${c}: --gemm ${g}`, c, ...d, '--gemm', g, ...(c === 'flow' ? ['--no-verify', '-o', f('flowout')] : []));
  add(`${c}: --gemm without value`, c, ...d, '--gemm');
  add(`${c}: --seed abc`, c, ...d, '--gemm', '2x2x2', '--seed', 'abc');
  add(`${c}: --seed -1`, c, ...d, '--gemm', '2x2x2', '--seed', '-1');
  if (c !== 'verify') add(`${c}: --dist foo`, c, ...d, '--gemm', '2x2x2', '--dist', 'foo');
  if (c !== 'verify') add(`${c}: --dist normal:0`, c, ...d, '--gemm', '2x2x2', '--dist', 'normal:0');
}
for (const c of ['estimate', 'power', 'synth']) {
  for (const v of ['abc', '0', '-5', 'Infinity', ''])
    add(`${c}: --clock ${v}`, c, sa, '--clock', v, ...(c === 'power' ? ['--gemm', '2x2x2'] : []));
}
for (const c of ['estimate', 'compare', 'report']) {
  for (const v of ['abc', '0', '-5', '1e400']) add(`${c}: --freq ${v}`, c, sa, '--freq', v, ...(c === 'compare' ? [sa] : []));
  const d = c === 'compare' ? [sa, sa] : [sa];
  add(`${c}: --tech missing`, c, ...d, '--tech', f('nosuch.json'));
  add(`${c}: --tech bad json`, c, ...d, '--tech', f('bad.json'));
  add(`${c}: --tech incomplete`, c, ...d, '--tech', f('tech.json'));
  add(`${c}: --tech dir`, c, ...d, '--tech', f('dir.tpe'));
}
add('estimate: --freq without value', 'estimate', sa, '--freq');
add('transform: --apply bogus', 'transform', sa, '--apply', 'bogus');
add('transform: --apply empty', 'transform', sa, '--apply', '');
add('transform: --lanes 0', 'transform', sa, '--apply', 'opt1', '--cpa', 'shared', '--lanes', '0');
add('transform: --lanes abc', 'transform', sa, '--apply', 'opt1', '--cpa', 'shared', '--lanes', 'abc');
add('transform: --cpa bogus', 'transform', sa, '--apply', 'opt1', '--cpa', 'bogus');
add('transform: --sparse-group 0', 'transform', join(ROOT, 'examples', 'bitslice.tpe'), '--apply', 'opt3', '--sparse-group', '0');
add('transform: --group -1', 'transform', join(ROOT, 'examples', 'bitslice.tpe'), '--apply', 'opt4e', '--group', '-1');
add('transform: -o missing dir', 'transform', sa, '--apply', 'opt1', '-o', f('nodir/x.tpe'));
add('transform: -o read-only dir', 'transform', sa, '--apply', 'opt1', '-o', f('ro/x.tpe'));
add('sim: --threads 0', 'sim', sa, '--gemm', '2x2x2', '--threads', '0');
add('sim: --threads abc', 'sim', sa, '--gemm', '2x2x2', '--threads', 'abc');
add('sim: --sample-macs -1', 'sim', sa, '--gemm', '2x2x2', '--sample-macs', '-1');
add('sim: --level bogus', 'sim', sa, '--gemm', '2x2x2', '--level', 'bogus');
add('sim: --a missing', 'sim', sa, '--a', f('nosuch.npy'), '--b', f('nosuch.npy'));
add('sim: --a binary', 'sim', sa, '--a', f('bin.npy'), '--b', f('bin.npy'));
add('sim: --a only', 'sim', sa, '--a', f('bin.npy'));
add('sim: --a dir', 'sim', sa, '--a', f('dir.tpe'), '--b', f('dir.tpe'));
add('sim: --out missing dir', 'sim', sa, '--gemm', '2x2x2', '--out', f('nodir/c.npy'));
add('sim: --out read-only dir', 'sim', sa, '--gemm', '2x2x2', '--out', f('ro/c.npy'));
add('sim: --trace missing dir', 'sim', sa, '--gemm', '2x2x2', '--trace', f('nodir/t.jsonl'));
add('sim: --trace-pe bad', 'sim', sa, '--gemm', '2x2x2', '--trace', f('t.jsonl'), '--trace-pe', 'x,y');
add('sim: --trace-pe out of range', 'sim', sa, '--gemm', '2x2x2', '--trace', f('t.jsonl'), '--trace-pe', '9,9');
add('sim: --trace-pe without --trace', 'sim', sa, '--gemm', '2x2x2', '--trace-pe', '0,0');
add('sim: no gemm', 'sim', sa);
add('emit: -o read-only', 'emit', sa, '-o', f('ro/out'));
add('emit: -o is a file', 'emit', sa, '-o', f('empty.json'));
add('flow: -o read-only', 'flow', sa, '--gemm', '2x2x2', '--no-verify', '-o', f('ro/out'));
add('flow: --sim bogus', 'flow', sa, '--gemm', '2x2x2', '--sim', 'bogus', '-o', f('flowout'));
add('flow: --report read-only', 'flow', sa, '--gemm', '2x2x2', '--no-verify', '-o', f('flowout'), '--report', f('ro/r.html'));
add('verify: --trials abc', 'verify', sa, '--gemm', '2x2x2', '--trials', 'abc');
add('verify: --trials -1', 'verify', sa, '--gemm', '2x2x2', '--trials', '-1');
add('verify: --sim bogus', 'verify', sa, '--gemm', '2x2x2', '--sim', 'bogus');
add('verify: --gemm list with bad', 'verify', sa, '--gemm', '2x2x2,0x1x1');
add('verify: --vcd-case abc', 'verify', sa, '--gemm', '2x2x2', '--vcd', f('vcd'), '--vcd-case', 'abc');
add('synth: --liberty missing', 'synth', sa, '--liberty', f('nosuch.lib'));
add('synth: --liberty bad', 'synth', sa, '--liberty', f('bad.lib'));
add('synth: --yosys bogus', 'synth', sa, '--yosys', 'bogus');
add('synth: --clock-sweep bad', 'synth', sa, '--clock-sweep', 'a,b');
add('synth: verilog missing', 'synth', f('nosuch.v'));
add('power: --activity bogus', 'power', sa, '--gemm', '2x2x2', '--activity', 'bogus');
add('estimate: --activity bogus', 'estimate', sa, '--activity', 'bogus');
add('power: --liberty missing', 'power', sa, '--gemm', '2x2x2', '--liberty', f('nosuch.lib'));
add('calibrate: --designs bogus', 'calibrate', '--designs', 'bogus');
add('calibrate: --clocks 1', 'calibrate', '--designs', 'sa_os', '--clocks', '1');
add('calibrate: --clocks abc', 'calibrate', '--designs', 'sa_os', '--clocks', 'abc');
add('calibrate: --yosys bogus', 'calibrate', '--designs', 'sa_os', '--yosys', 'bogus');
add('calibrate: --tech missing', 'calibrate', '--designs', 'sa_os', '--tech', f('nosuch.json'));
add('reproduce: --gemm 0x4x4', 'reproduce', '--gemm', '0x4x4');
add('reproduce: --pair bogus', 'reproduce', '--pair', 'bogus');
add('reproduce: --activity bogus', 'reproduce', '--synth', '--activity', 'bogus');
add('reproduce: --sample-macs abc', 'reproduce', '--sample-macs', 'abc');
add('reproduce: --tech missing', 'reproduce', '--tech', f('nosuch.json'));
add('reproduce: -o read-only', 'reproduce', '--small', '--pair', 'systolic', '-o', f('ro/r.md'));
add('validate: --ref bogus', 'validate', sa, '--gemm', '2x2x2', '--ref', 'bogus');
add('validate: --workload bogus', 'validate', sa, '--workload', 'bogus');
add('validate: --quant bogus', 'validate', sa, '--gemm', '2x2x2', '--quant', 'bogus');
add('validate: --sample-tiles 0', 'validate', sa, '--gemm', '2x2x2', '--sample-tiles', '0');
add('validate: --time-budget abc', 'validate', sa, '--gemm', '2x2x2', '--time-budget', 'abc');
add('validate: --data missing', 'validate', sa, '--data', f('nosuch.npy'));
add('validate: --m 0', 'validate', sa, '--data', f('bin.npy'), '--m', '0');
add('digits: missing', 'digits', f('nosuch.npy'));
add('digits: binary', 'digits', f('bin.npy'));
add('digits: dir', 'digits', f('dir.tpe'));
add('digits: empty', 'digits', f('empty.json'));
add('digits: --type bogus', 'digits', f('bin.npy'), '--type', 'int99');
add('digits: --group 0', 'digits', f('bin.npy'), '--group', '0');
add('digits: --encoding bogus', 'digits', f('bin.npy'), '--encoding', 'bogus');
add('lint: --cache read-only', 'lint', sa, '--cache', f('ro/cache'));

// Sweeps and their rows.
add('sweep: no spec', 'sweep');
add('sweep: missing spec', 'sweep', f('nosuch.yaml'), '--check');
add('sweep: dir spec', 'sweep', f('dir.tpe'), '--check');
add('sweep: empty spec', 'sweep', f('empty.yaml'), '--check');
add('sweep: bad yaml', 'sweep', f('bad.yaml'), '--check');
add('sweep: bad key', 'sweep', f('badkey.yaml'), '--check');
add('sweep: yaml list', 'sweep', f('list.yaml'), '--check');
add('sweep: binary spec', 'sweep', f('bin.tpe'), '--check');
const spec = join(ROOT, 'examples', 'sweeps', 'ci.yaml');
for (const s of ['0/3', '4/3', '1/0', 'a/b', '1', '-1/3', '1.5/3', '']) add(`sweep: --shard ${s}`, 'sweep', spec, '--check', '--shard', s);
for (const w of ['0x', '-1', 'abc', '1.5', '']) add(`sweep: --workers ${w}`, 'sweep', spec, '--check', '--workers', w);
for (const b of ['0', '-1', 'abc']) add(`sweep: --batch ${b}`, 'sweep', spec, '--check', '--batch', b);
add('sweep: -o read-only', 'sweep', spec, '-o', f('ro/out'), '--workers', '0', '-q');
add('sweep: -o is a file', 'sweep', spec, '-o', f('empty.json'), '--workers', '0', '-q');
for (const [what, file] of [
  ['missing', f('nosuch.jsonl')],
  ['dir', f('dir.tpe')],
  ['empty', f('empty.jsonl')],
  ['truncated', f('trunc.jsonl')],
  ['garbage', f('garbage.jsonl')],
  ['array line', f('arr.jsonl')],
  ['binary', f('bin.tpe')],
] as const) {
  add(`merge: ${what}`, 'merge', file, '-o', f('merged.jsonl'));
  add(`pareto: ${what}`, 'pareto', file, '--objectives', 'area,energy');
  add(`gate: ${what}`, 'gate', file, '--baseline', file);
  add(`report: ${what} jsonl`, 'report', file, '-o', '-', '--format', 'md');
}
add('merge: -o missing dir', 'merge', f('sw'), '-o', f('nodir/m.jsonl'));
add('merge: no -o', 'merge', f('empty.jsonl'));
add('gate: truncated vs good', 'gate', f('trunc.jsonl'), '--baseline', f('row.jsonl'));
add('gate: good vs truncated', 'gate', f('row.jsonl'), '--baseline', f('trunc.jsonl'));
add('gate: no --baseline', 'gate', f('empty.jsonl'));
add('gate: --max-regression bogus', 'gate', f('empty.jsonl'), '--baseline', f('empty.jsonl'), '--max-regression', 'bogus');
add('gate: --max-regression area=abc', 'gate', f('empty.jsonl'), '--baseline', f('empty.jsonl'), '--max-regression', 'area=abc');
add('gate: --update-baseline bogus', 'gate', f('empty.jsonl'), '--baseline', f('empty.jsonl'), '--update-baseline', 'bogus');
add('gate: --summary read-only', 'gate', f('row.jsonl'), '--baseline', f('row.jsonl'), '--summary', f('ro/s.md'));
add('gate: --update-baseline read-only', 'gate', f('row.jsonl'), '--baseline', f('ro/base.jsonl'), '--update-baseline', 'all');
add('pareto: --objectives unknown row metric', 'pareto', f('row.jsonl'), '--objectives', 'area,nosuchmetric');
add('merge: rows without manifest', 'merge', f('trunc.jsonl'), '-o', f('m.jsonl'));
add('merge: -o read-only', 'merge', f('sw'), '-o', f('ro/m.jsonl'));
add('merge: -o into the input', 'merge', f('sw'), '-o', f('sw/rows.jsonl'));
add('merge: -o onto a rows file input', 'merge', f('merged2.jsonl'), '-o', f('merged2.jsonl'));
add('pareto: --objectives bogus', 'pareto', f('empty.jsonl'), '--objectives', 'bogus');
add('pareto: --objectives empty', 'pareto', f('empty.jsonl'), '--objectives', '');
add('report: --format bogus', 'report', sa, '--format', 'bogus');
add('report: --gate bad json', 'report', f('row.jsonl'), '--gate', f('bad.json'), '-o', '-', '--format', 'md');
add('report: --gate empty json', 'report', f('row.jsonl'), '--gate', f('empty.json'), '-o', '-', '--format', 'md');
add('report: --gate missing', 'report', f('row.jsonl'), '--gate', f('nosuch.json'), '-o', '-', '--format', 'md');
add('report: --baseline missing', 'report', f('row.jsonl'), '--baseline', f('nosuch.jsonl'), '-o', '-', '--format', 'md');
add('report: bad json input', 'report', f('bad.json'), '-o', '-', '--format', 'md');
add('report: -o read-only', 'report', sa, '-o', f('ro/r.html'));
add('report: -o missing dir', 'report', sa, '-o', f('nodir/r.html'));
add('report: mixed tpe and jsonl', 'report', sa, f('empty.jsonl'), '-o', '-');

// Sweep specs with bad values, and more option edge values.
const specOf = (name: string, body: string) => {
  writeFileSync(f(name), `name: x\ndesigns: [${join(ROOT, 'examples', 'sa_os.tpe')}]\n${body}`);
  return f(name);
};
add('sweep: axis value 0', 'sweep', specOf('ax0.yaml', 'axes:\n  rows: [0]\nworkloads:\n  - gemm: 4x4x4\n'), '--check');
add('sweep: unknown axis', 'sweep', specOf('axu.yaml', 'axes:\n  frob: [1]\nworkloads:\n  - gemm: 4x4x4\n'), '--check');
add('sweep: bad level', 'sweep', specOf('lvl.yaml', 'level: bogus\nworkloads:\n  - gemm: 4x4x4\n'), '--check');
add('sweep: bad gemm', 'sweep', specOf('gm.yaml', 'workloads:\n  - gemm: 0x4x4\n'), '--check');
add('sweep: unknown model', 'sweep', specOf('md.yaml', 'workloads:\n  - model: nosuch-model:decode\n'), '--check');
add('sweep: bad data', 'sweep', specOf('dt.yaml', 'workloads:\n  - gemm: 4x4x4\n    data: [bogus]\n'), '--check');
add('sweep: negative seed', 'sweep', specOf('sd.yaml', 'seed: -1\nworkloads:\n  - gemm: 4x4x4\n'), '--check');
add('sweep: bad sample', 'sweep', specOf('sm.yaml', 'sample: { lhs: 0 }\nworkloads:\n  - gemm: 4x4x4\n'), '--check');
add('sweep: missing design', 'sweep', f('md2.yaml'), '--check');
writeFileSync(f('md2.yaml'), `name: x\ndesigns: [nosuch.tpe]\nworkloads:\n  - gemm: 4x4x4\n`);
add('sweep: no workloads', 'sweep', specOf('nw.yaml', ''), '--check');
add('sweep: tab-indented yaml', 'sweep', specOf('tab.yaml', 'workloads:\n\t- gemm: 4x4x4\n'), '--check');
for (const g of ['0x0x0', '0b11x4x4', '0x10x4x4', '4,4,4']) add(`sim: --gemm "${g}"`, 'sim', sa, '--gemm', g);
for (const g of [' 4x4x4', '4X4X4', '4x4x4 '])
  accept(`sim: --gemm "${g}"`, 'ir/matrix.ts parseGemmShape allows spaces and X: the same GEMM', 'sim', sa, '--gemm', g);
add('sim: --seed 4294967295', 'sim', sa, '--gemm', '2x2x2', '--seed', '4294967295');
add('sim: --seed 1e3', 'sim', sa, '--gemm', '2x2x2', '--seed', '1e3');
add('sim: --dist normal:0,-1', 'sim', sa, '--gemm', '2x2x2', '--dist', 'normal:0,-1');
add('sim: --dist laplace:0', 'sim', sa, '--gemm', '2x2x2', '--dist', 'laplace:0');
add('sim: --dist normal:nan,1', 'sim', sa, '--gemm', '2x2x2', '--dist', 'normal:NaN,1');
add('emit: -o empty', 'emit', sa, '-o', '');
add('transform: --apply opt1,opt1', 'transform', sa, '--apply', 'opt1,opt1');
add('transform: --apply opt3 on systolic', 'transform', sa, '--apply', 'opt3');
add('gate: --baseline dir', 'gate', f('row.jsonl'), '--baseline', f('dir.tpe'));
add('report: --baseline torn', 'report', f('row.jsonl'), '--baseline', f('trunc.jsonl'), '-o', '-', '--format', 'md');
accept('check --json on missing', 'exit 1, the diagnostics as JSON on stdout', 'check', '--json', missing);
add('validate: --workload bad phase', 'validate', sa, '--workload', 'llama-3-8b:frob');
add('digits: --layout bogus', 'digits', f('bin.npy'), '--layout', 'bogus');
add('digits: --quantize bogus', 'digits', f('bin.npy'), '--quantize', 'bogus');
add('verify: --a without --b', 'verify', sa, '--a', f('bin.npy'));
add('estimate: two designs', 'estimate', sa, sa);
add('sim: --threads 1e9', 'sim', sa, '--gemm', '2x2x2', '--threads', '1000000000');

// Empty option values (an unset shell variable): never the working folder, never "not given".
for (const argv of [
  ['emit', sa, '-o', ''],
  ['flow', sa, '--gemm', '2x2x2', '--no-verify', '-o', ''],
  ['transform', sa, '--apply', 'opt1', '-o', ''],
  ['tech', 'derive', '-o', ''],
  ['sim', sa, '--gemm', '2x2x2', '--out', ''],
  ['sim', sa, '--gemm', '2x2x2', '--trace', ''],
  ['gate', f('row.jsonl'), '--baseline', f('row.jsonl'), '--summary', ''],
  ['lint', sa, '--cache', ''],
  ['reproduce', '--small', '--pair', 'systolic', '-o', ''],
  ['report', sa, '-o', ''],
])
  add(`${argv[0]}: ${argv[argv.length - 2]} ""`, ...argv);

// tech, import.
add('tech check: missing', 'tech', 'check', f('nosuch.json'));
add('tech check: bad json', 'tech', 'check', f('bad.json'));
add('tech check: empty', 'tech', 'check', f('empty.json'));
add('tech check: dir', 'tech', 'check', f('dir.tpe'));
add('tech check: incomplete', 'tech', 'check', f('tech.json'));
add('tech derive: missing liberty', 'tech', 'derive', '--liberty', f('nosuch.lib'));
add('tech derive: bad liberty', 'tech', 'derive', '--liberty', f('bad.lib'));
add('tech: unknown subcommand', 'tech', 'frob');
add('import: unknown tool', 'import', 'frob', f('bad.cfg'), f('bad.csv'), '-o', f('imp'));
add('import: missing cfg', 'import', 'scalesim', f('nosuch.cfg'), f('bad.csv'), '-o', f('imp'));
add('import: bad cfg', 'import', 'scalesim', f('bad.cfg'), f('bad.csv'), '-o', f('imp'));
add('import: dir cfg', 'import', 'scalesim', f('dir.tpe'), f('bad.csv'), '-o', f('imp'));
add('import: empty csv', 'import', 'scalesim', f('good.cfg'), f('empty.json'), '-o', f('imp'));
add('import: bad csv', 'import', 'scalesim', f('good.cfg'), f('bad.csv'), '-o', f('imp'));
add('import: -o read-only', 'import', 'scalesim', f('good.cfg'), f('good.csv'), '-o', f('ro/imp'));

const STACK = [
  /^\s+at /m,
  /\b(TypeError|RangeError|ReferenceError|SyntaxError|AssertionError)\b/,
  // A TypeError's message without its name, passed on as the reason.
  /Cannot read properties|is not a function|is not iterable/,
  /^Error:/m,
  /internal error/,
  /node:internal/,
];
// A raw Node error message: "ENOENT: no such file or directory, open '...'" without our wording.
// or a bare code as the reason (": ENOENT" at a line's end), not said in words.
const RAW_FS = /\b(ENOENT|EISDIR|EACCES|ENOTDIR|EEXIST|EROFS)(: [a-z ]+, [a-z]+ '|$)/m;

interface Result {
  label: string;
  argv: string[];
  code: number | null;
  signal: string | null;
  err: string;
  flags: string[];
}

function runCase([label, argv, accepted]: Case): Promise<Result> {
  return new Promise((resolve) => {
    // Root ignores file modes: the read-only cases run as `nobody` so the permission applies.
    const asUser = label.includes('read-only') && process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const p = spawn(process.execPath, [BIN, ...argv], { cwd: f('cwd'), stdio: ['ignore', 'pipe', 'pipe'], timeout: 30_000, ...asUser });
    let err = '';
    p.stdout.resume();
    p.stderr.on('data', (b: Buffer) => (err += b.toString()));
    p.on('close', (code, signal) => {
      const flags: string[] = [];
      if (signal) flags.push(`killed (${signal})`);
      if (code === 0 && !accepted) flags.push('exit 0');
      if (code === 70) flags.push('exit 70');
      for (const re of STACK) if (re.test(err)) flags.push(`stack/raw: ${re.source}`);
      if (RAW_FS.test(err)) flags.push('raw fs error');
      if (err.trim() === '' && !accepted) flags.push('no message');
      resolve({ label, argv, code, signal, err, flags });
    });
  });
}

const all = process.argv.includes('--all');
const jobs = Number(process.env.JOBS ?? 2);
const results: Result[] = new Array(cases.length);
let next = 0;
await Promise.all(
  Array.from({ length: jobs }, async () => {
    while (next < cases.length) {
      const i = next++;
      results[i] = await runCase(cases[i]);
    }
  }),
);
let flagged = 0;
for (const r of results) {
  if (r.flags.length) flagged++;
  if (!r.flags.length && !all) continue;
  const first = r.err.split('\n').find((l) => l.trim()) ?? '';
  console.log(`${r.flags.length ? 'FLAG' : 'ok  '} ${r.label} | exit ${r.code} | ${r.flags.join('; ')} | ${first.slice(0, 140)}`);
}
console.log(`${cases.length} cases, ${flagged} flagged (fixtures in ${D})`);
chmodSync(f('ro'), 0o755);
process.exitCode = flagged ? 1 : 0;
