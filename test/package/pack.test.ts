// The package as a user gets it: `npm pack` (which runs the build), install the tarball into an
// empty project with --omit=dev (no tsx, no TypeScript in the package's own tree), run `tpe check`,
// `tpe sim` and `tpe emit` on a shipped example, and type-check and run a small TypeScript program
// against the shipped .d.ts. Dependencies come from the npm cache when they are there
// (--prefer-offline), else from the registry.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'tpe-pack-'));
const project = join(tmp, 'project');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(cmd: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  const r = spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false' },
    maxBuffer: 64 << 20,
  });
  if (r.error) throw r.error;
  return r;
}
const ok = (r: SpawnSyncReturns<string>, what: string) => expect(r.status, `${what}\n${r.stdout}\n${r.stderr}`).toBe(0);

let tarball = '';
let files: string[] = [];
beforeAll(() => {
  const p = run('npm', ['pack', '--json', '--pack-destination', tmp], ROOT);
  ok(p, 'npm pack');
  const info = JSON.parse(p.stdout.slice(p.stdout.indexOf('['))) as { filename: string; files: { path: string }[] }[];
  tarball = join(tmp, info[0].filename);
  files = info[0].files.map((f) => f.path).sort();
  // An empty project; the tarball and its dependencies, no devDependencies.
  rmSync(project, { recursive: true, force: true });
  run('mkdir', ['-p', project], tmp);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'uses-tpe', version: '1.0.0', private: true, type: 'module' }, null, 2),
  );
  ok(
    run('npm', ['install', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], project),
    'npm install <tarball>',
  );
}, 600_000);

const tpe = (args: string[], cwd = project) => run(join(project, 'node_modules', '.bin', 'tpe'), args, cwd);
const pkg = () => join(project, 'node_modules', 'tpe-toolkit');

describe('npm package', () => {
  it('holds what a user needs and nothing of the development tree', () => {
    for (const f of [
      'package.json',
      'README.md',
      'bin/tpe.js',
      'dist/cli.js',
      'dist/index.js',
      'dist/types/api/index.d.ts',
      'tech/generic.json',
      'tech/schema.json',
      'dsl/ir.schema.json',
      'rtl-templates/top-os.v.hbs',
      'examples/sa_os.tpe',
      'third_party/ihp-sg13g2/sg13g2_stdcell_typ_1p20V_25C.lib',
      'third_party/ihp-sg13g2/NOTICE',
      'docs/DESIGN.md',
      'gpu/tpe_gpu/__init__.py',
      'gpu/tpe_gpu/intgemm.py',
    ]) {
      expect(files).toContain(f);
    }
    const bad = files.filter(
      (f) =>
        /^(test|bench|scripts|build|generated|node_modules|cli|ir|simulator|cost|synth|rtl\/|api)\//.test(f) ||
        (f.endsWith('.ts') && !f.endsWith('.d.ts')),
    );
    expect(bad).toEqual([]);
  });

  it('installs without devDependencies: no tsx, no TypeScript', () => {
    const mods = readdirSync(join(project, 'node_modules'));
    expect(mods).not.toContain('tsx');
    expect(mods).not.toContain('typescript');
    expect(mods).not.toContain('vitest');
    expect(existsSync(join(pkg(), 'dist', 'cli.js'))).toBe(true);
  });

  it('tpe check, sim and emit run on a shipped example', () => {
    const ex = join(pkg(), 'examples', 'sa_os_opt1.tpe');
    const c = tpe(['check', ex]);
    ok(c, 'tpe check');
    expect(c.stdout).toContain(': ok');
    const s = tpe(['sim', ex, '--gemm', '9x5x17', '--json']);
    ok(s, 'tpe sim');
    expect((JSON.parse(s.stdout) as { cycles: { total: number } }).cycles.total).toBeGreaterThan(0);
    // From the package folder, so the `// Source design:` line names the file as generated/ does.
    const e = tpe(['emit', 'examples/sa_os_opt1.tpe', '-o', join(project, 'rtl')], pkg());
    ok(e, 'tpe emit');
    const emitted = readdirSync(join(project, 'rtl'))
      .filter((f) => f.endsWith('.v'))
      .sort();
    // Byte for byte what the repository's generated/ holds for this example.
    const golden = join(ROOT, 'generated', 'sa_os_opt1');
    expect(emitted).toEqual(
      readdirSync(golden)
        .filter((f) => f.endsWith('.v'))
        .sort(),
    );
    for (const f of emitted) expect(readFileSync(join(project, 'rtl', f), 'utf8')).toBe(readFileSync(join(golden, f), 'utf8'));
    ok(tpe(['--version']), 'tpe --version');
  });

  it('the Yosys commands work from the installed layout: synth on the vendored liberty, CXXRTL verify', () => {
    // A 2x2 design: small enough for a quick synthesis and CXXRTL build.
    const text = readFileSync(join(pkg(), 'examples', 'sa_os_opt1.tpe'), 'utf8')
      .replace('forall m 8', 'forall m 2')
      .replace('forall n 8', 'forall n 2');
    writeFileSync(join(project, 'small.tpe'), text);
    const s = tpe(['synth', 'small.tpe', '--json']);
    ok(s, 'tpe synth');
    const rep = JSON.parse(s.stdout) as { mode: string; liberty: string; area: number };
    expect([rep.mode, rep.liberty]).toEqual(['liberty', 'sg13g2_stdcell_typ_1p20V_25C.lib']);
    expect(rep.area).toBeGreaterThan(0);
    const v = tpe(['verify', 'small.tpe', '--gemm', '3x3x5', '--trials', '1', '--sim', 'cxxrtl']);
    ok(v, 'tpe verify --sim cxxrtl');
    expect(v.stdout).toMatch(/on cxxrtl: 5 case\(s\), 0 mismatch\(es\)/);
  });

  it('tpe validate finds the shipped gpu/ reference (numpy)', () => {
    const v = tpe(['validate', join(pkg(), 'examples', 'sa_os.tpe'), '--gemm', '17x16x64']);
    ok(v, 'tpe validate');
    expect(v.stdout).toMatch(/^result\s+OK: all 272 simulated accumulators equal the reference$/m);
  });

  it('a TypeScript program type-checks against the shipped .d.ts and runs', () => {
    for (const f of ['use-api.ts', 'readme-example.ts']) copyFileSync(join(ROOT, 'test', 'package', 'fixture', f), join(project, f));
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify(
        {
          // A Node project's usual setup: Node's types (the repository's @types/node, not installed
          // again), strict, and no skipLibCheck so every shipped .d.ts the program reaches is checked.
          compilerOptions: {
            target: 'ES2022',
            module: 'NodeNext',
            moduleResolution: 'NodeNext',
            strict: true,
            skipLibCheck: false,
            outDir: 'out',
            typeRoots: [join(ROOT, 'node_modules', '@types')],
            types: ['node'],
          },
          files: ['use-api.ts', 'readme-example.ts'],
        },
        null,
        2,
      ),
    );
    // The repository's TypeScript compiles the user's program (the package itself ships none).
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    ok(run(process.execPath, [tsc, '-p', 'tsconfig.json'], project), 'tsc against the shipped .d.ts');
    const r = run(process.execPath, [join('out', 'use-api.js')], project);
    ok(r, 'node out/use-api.js');
    const out = JSON.parse(r.stdout) as { version: string; cycles: number; areaOk: boolean; top: string; files: number };
    expect(out.version).toBe((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
    expect(out.cycles).toBeGreaterThan(0);
    expect(out.areaOk).toBe(true);
    expect(out.files).toBeGreaterThan(0);
    // The README's example, run where its relative path names a shipped example.
    const ex = run(process.execPath, [join(project, 'out', 'readme-example.js')], pkg());
    ok(ex, 'the README example');
    expect(ex.stdout).toMatch(/^\d+ [\d.]+ [\d.]+\n$/);
  });

  it('the README example is test/package/fixture/readme-example.ts', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('```ts\n' + readFileSync(join(ROOT, 'test', 'package', 'fixture', 'readme-example.ts'), 'utf8') + '```\n');
  });
});
