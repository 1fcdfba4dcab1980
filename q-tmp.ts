import { presetDesign } from './ir/index.js';
import { simulate, generateMatrix } from './simulator/index.js';
const size = Number(process.argv[4] ?? 16);
const d = presetDesign(process.argv[2] as any ?? 'systolic-os', (process.argv[3] ?? 'baseline') as any, { rows: size, cols: size });
const M=256,N=256,K=256;
const a = generateMatrix(M, K, d.types.A, { kind: 'uniform' }, 1);
const b = generateMatrix(K, N, d.types.B, { kind: 'uniform' }, 2);
function plain2() { const c = new Float64Array(M*N); for (let m=0;m<M;m++) for (let k=0;k<K;k++){ const av=a.data[m*K+k]; for (let n=0;n<N;n++) c[m*N+n]+=av*b.data[k*N+n];} return c; }
plain2();
let t0=performance.now(); plain2(); let tp2=(performance.now()-t0);
simulate(d,a,b,{activity:true});
for (const act of [true,false]) { t0=performance.now(); const r=simulate(d,a,b,{activity:act}); const ts=performance.now()-t0; console.log(d.name,size,'act',act,'plain',tp2.toFixed(1),'sim',ts.toFixed(1),'ratio',(ts/tp2).toFixed(1)); }
