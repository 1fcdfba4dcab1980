// Worker threads for the runner. Under tsx or vitest the sources are TypeScript: the worker is
// started from a two-line bootstrap that registers tsx's loader and imports worker.ts. From the
// bundle (dist/, where this code sits in a chunk) it is dist/sweep-worker.js, an entry of its
// own (build/bundle.mjs). Same code path otherwise.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { assetPath } from '../util/assets.js';

export function startWorker(workerData: unknown): Worker {
  const self = import.meta.url;
  if (self.endsWith('.ts')) {
    const req = createRequire(self);
    const tsx = new URL('dist/esm/api/index.mjs', pathToFileURL(req.resolve('tsx/package.json'))).href;
    const entry = new URL('./worker.ts', self).href;
    const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
    return new Worker(boot, { eval: true, workerData });
  }
  return new Worker(assetPath('dist', 'sweep-worker.js'), { workerData });
}
