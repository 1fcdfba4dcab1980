// The generic C++ testbench: it plays ideal memory for the array top (answers a_rd/b_rd requests
// in the same cycle), walks the tiles in the order CYCLES.md fixes, adds k-tile partial results
// outside the array (WS / adder tree), collects outputs and measures each tile from its first
// request cycle to its last output event. One binary serves any shape and any number of trials:
// matrices come on stdin, results go to stdout.
import type { RtlPort, TbSpec } from '../model/types.js';

export type Backend = 'verilator' | 'cxxrtl';

/** CXXRTL's name mangling for simple identifiers: `p_` + name with `_` doubled. */
export function cxxrtlName(n: string): string {
  return `p_${n.replace(/_/g, '__')}`;
}

const lanesArr = (name: string, xs: readonly number[]) => `static const int ${name}[] = {${xs.join(', ')}};`;

/**
 * `trace`: also write a VCD waveform (for GTKWave) to the file named by the first argument:
 * Verilator's VerilatedVcdC (the model built with --trace), or CXXRTL's vcd_writer over the
 * design's debug items (write_cxxrtl -g2). Two samples per clock cycle: inputs settled with the
 * clock low, then after the rising edge. Without `trace` the source is what it always was, so
 * cached builds stay valid.
 */
export function testbenchSource(top: string, ports: readonly RtlPort[], tb: TbSpec, backend: Backend, trace = false): string {
  const has = (n: string) => ports.some((p) => p.name === n);
  const width = (n: string) => ports.find((p) => p.name === n)!.width;
  const sig = (n: string) => (backend === 'verilator' ? `dut->${n}` : `dut->${cxxrtlName(n)}`);
  const set = (n: string, v: string) => (backend === 'verilator' ? `dut->${n} = ${v};` : `setv(${sig(n)}, (uint64_t)(${v}));`);
  const get = (n: string) => (backend === 'verilator' ? `((uint64_t)dut->${n})` : `getv(${sig(n)})`);
  const head =
    backend === 'verilator'
      ? `#include "V${top}.h"\n#include "verilated.h"\ntypedef V${top} Dut;\nstatic void settle(Dut* dut) { dut->eval(); }\n` +
        `template<class T> static void setw(T& s, const uint32_t* w, int) { s = (T)(w[0] | ((uint64_t)w[1] << 32)); }\n` +
        `template<std::size_t N> static void setw(VlWide<N>& s, const uint32_t* w, int) { for (std::size_t i = 0; i < N; i++) s[i] = w[i]; }\n` +
        `template<class T> static void getw(const T& s, uint32_t* w, int) { uint64_t v = (uint64_t)s; w[0] = (uint32_t)v; w[1] = (uint32_t)(v >> 32); }\n` +
        `template<std::size_t N> static void getw(const VlWide<N>& s, uint32_t* w, int) { for (std::size_t i = 0; i < N; i++) w[i] = s[i]; }\n`
      : `#include "design.cc"\ntypedef cxxrtl_design::${cxxrtlName(top)} Dut;\nstatic void settle(Dut* dut) { dut->step(); }\n` +
        `template<size_t N> static void setw(cxxrtl::value<N>& s, const uint32_t* w, int) { for (size_t i = 0; i < cxxrtl::value<N>::chunks; i++) s.data[i] = w[i]; }\n` +
        `template<size_t N> static void setw(cxxrtl::wire<N>& s, const uint32_t* w, int b) { setw(s.next, w, b); }\n` +
        `template<size_t N> static void getw(const cxxrtl::value<N>& s, uint32_t* w, int) { for (size_t i = 0; i < cxxrtl::value<N>::chunks; i++) w[i] = s.data[i]; }\n` +
        `template<size_t N> static void getw(const cxxrtl::wire<N>& s, uint32_t* w, int b) { getw(s.curr, w, b); }\n` +
        `template<class T> static void setv(T& s, uint64_t v) { uint32_t w[2] = {(uint32_t)v, (uint32_t)(v >> 32)}; setw(s, w, 64); }\n` +
        `template<class T> static uint64_t getv(const T& s) { uint32_t w[2] = {0, 0}; getw(s, w, 64); return w[0] | ((uint64_t)w[1] << 32); }\n`;
  const traceHead = !trace
    ? ''
    : backend === 'verilator'
      ? `#include "verilated_vcd_c.h"\nstatic VerilatedVcdC* tfp = nullptr;\nstatic uint64_t tstamp = 0;\n` +
        `static void dump() { if (tfp) tfp->dump(tstamp++); }\nstatic void closeTrace() { if (tfp) { tfp->close(); tfp = nullptr; } }\n`
      : `#include <cxxrtl/cxxrtl_vcd.h>\nstatic cxxrtl::vcd_writer* vcd = nullptr;\nstatic FILE* vcdFile = nullptr;\nstatic uint64_t tstamp = 0;\n` +
        `static void dump() { if (!vcd) return; vcd->sample(tstamp++); std::fwrite(vcd->buffer.data(), 1, vcd->buffer.size(), vcdFile); vcd->buffer.clear(); }\n` +
        `static void closeTrace() { if (vcdFile) { std::fclose(vcdFile); vcdFile = nullptr; } }\n`;
  const traceOpen = !trace
    ? ''
    : backend === 'verilator'
      ? `  if (argc < 2) return 2;\n  Verilated::traceEverOn(true);\n  tfp = new VerilatedVcdC;\n  dut->trace(tfp, 99);\n  tfp->open(argv[1]);\n  std::atexit(closeTrace);\n`
      : `  if (argc < 2) return 2;\n  static cxxrtl::debug_items items;\n  dut->debug_info(&items, nullptr, "");\n  vcd = new cxxrtl::vcd_writer;\n  vcd->timescale(1, "ns");\n` +
        `  vcd->add_without_memories(items);\n  vcdFile = std::fopen(argv[1], "wb");\n  if (!vcdFile) return 3;\n  std::atexit(closeTrace);\n`;
  const dump = trace ? ' dump();' : '';
  const evL = tb.eventsPerLane === 'M' ? 'M' : String(tb.eventsPerLane);
  // Lanes whose events follow a list (a shared resolve stage): start and length per lane, then
  // the (m, n) offsets of every lane's events back to back.
  const seqs = tb.outLanes.map((l) => l.seq ?? []);
  const hasSeq = tb.outLanes.some((l) => l.seq !== undefined);
  const seqStart: number[] = [];
  let at = 0;
  for (const q of seqs) {
    seqStart.push(at);
    at += q.length;
  }
  const seqTables = hasSeq
    ? `${lanesArr('SEQ_START', seqStart)}\n${lanesArr(
        'SEQ_LEN',
        seqs.map((q) => q.length),
      )}\n${lanesArr(
        'SEQ_M',
        seqs.flat().map((e) => e.m),
      )}\n${lanesArr(
        'SEQ_N',
        seqs.flat().map((e) => e.n),
      )}\n`
    : '';
  const evExpected = hasSeq ? String(at) : `(long long)NL * (${evL})`;
  const evPlace = hasSeq
    ? 'long m = t.m0 + SEQ_M[SEQ_START[l] + (e < SEQ_LEN[l] ? e : 0)], n = t.n0 + SEQ_N[SEQ_START[l] + (e < SEQ_LEN[l] ? e : 0)];\n    if (e >= SEQ_LEN[l]) { std::fprintf(stderr, "lane %d: more outputs than its schedule\\n", l); std::exit(4); }'
    : 'long m = t.m0 + O_M[l] + (long)O_MEV[l] * e, n = t.n0 + O_N[l] + (long)O_NEV[l] * e;';
  return `// Generated by TPE Toolkit for ${top} (${backend}) — generated, do not edit.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>
${head}${traceHead}
static const int AW = ${tb.aBits}, BW = ${tb.bBits}, CW = ${tb.accBits};
static const bool ACC_SIGNED = ${tb.accSigned ? 'true' : 'false'};
static const int NA = ${tb.aLanes.length}, NB = ${tb.bLanes.length}, NL = ${tb.outLanes.length};
${lanesArr(
  'A_OFF',
  tb.aLanes.map((l) => l.off),
)}
${lanesArr(
  'A_KOFF',
  tb.aLanes.map((l) => l.kOff),
)}
${lanesArr(
  'A_MUL',
  tb.aLanes.map((l) => l.mul),
)}
${lanesArr(
  'A_KMUL',
  tb.aLanes.map((l) => l.kMul),
)}
${lanesArr(
  'B_OFF',
  tb.bLanes.map((l) => l.off),
)}
${lanesArr(
  'B_KOFF',
  tb.bLanes.map((l) => l.kOff),
)}
${lanesArr(
  'B_MUL',
  tb.bLanes.map((l) => l.mul),
)}
${lanesArr(
  'B_KMUL',
  tb.bLanes.map((l) => l.kMul),
)}
${lanesArr(
  'O_M',
  tb.outLanes.map((l) => l.mOff),
)}
${lanesArr(
  'O_N',
  tb.outLanes.map((l) => l.nOff),
)}
${lanesArr(
  'O_MEV',
  tb.outLanes.map((l) => l.mEv),
)}
${lanesArr(
  'O_NEV',
  tb.outLanes.map((l) => l.nEv),
)}
static const int TILE_M = ${tb.tileM}, TILE_N = ${tb.tileN}, TILE_K = ${tb.tileK}, K_PER_IDX = ${tb.kPerIdx};
static const char ORDER[] = "${tb.order.join('')}";
${seqTables}
static Dut* dut;
static int M, N, K;
static std::vector<int32_t> Am, Bm;
static std::vector<uint64_t> Cm;
static std::vector<uint32_t> abuf((NA * AW + 31) / 32 + 2), bbuf((NB * BW + 31) / 32 + 2), obuf((NL * CW + 31) / 32 + 2), vbuf((NL + 31) / 32 + 2);

static void put(std::vector<uint32_t>& buf, int off, int bits, int64_t v) {
  for (int i = 0; i < bits; i++) if ((v >> i) & 1) buf[(off + i) / 32] |= 1u << ((off + i) % 32);
}
static uint64_t take(const std::vector<uint32_t>& buf, int off, int bits) {
  uint64_t v = 0;
  for (int i = 0; i < bits; i++) if ((buf[(off + i) / 32] >> ((off + i) % 32)) & 1) v |= (uint64_t)1 << i;
  return v;
}
static uint64_t maskC(uint64_t v) { return CW == 64 ? v : (v & ((((uint64_t)1) << CW) - 1)); }

struct Tile { int m0, n0, k0, kEnd; };

// One clock cycle: settle inputs (ideal memory answers the request of this cycle), sample the
// outputs, then the rising edge. Returns the number of output events seen.
static long long cyc = 0;
static int oneCycle(const Tile& t, bool start, int* evCount, bool* requested) {
  ${set('clk', '0')}
  ${set('start', 'start')}
  settle(dut);
  std::fill(abuf.begin(), abuf.end(), 0u);
  std::fill(bbuf.begin(), bbuf.end(), 0u);
  *requested = false;
  if (${get('a_rd')}) {
    *requested = true;
    long idx = (long)${get('a_idx')};
    for (int e = 0; e < NA; e++) {
      long m = t.m0 + A_OFF[e] + A_MUL[e] * idx, k = t.k0 + A_KOFF[e] + (long)A_KMUL[e] * idx;
      if (m < M && k < t.kEnd) put(abuf, e * AW, AW, Am[m * K + k]);
    }
  }
  if (${get('b_rd')}) {
    *requested = true;
    long idx = (long)${get('b_idx')};
    for (int e = 0; e < NB; e++) {
      long n = t.n0 + B_OFF[e] + B_MUL[e] * idx, k = t.k0 + B_KOFF[e] + (long)B_KMUL[e] * idx;
      if (n < N && k < t.kEnd) put(bbuf, e * BW, BW, Bm[k * N + n]);
    }
  }
  setw(${sig('a_in')}, abuf.data(), ${width('a_in')});
  setw(${sig('b_in')}, bbuf.data(), ${width('b_in')});
  settle(dut);${dump}
  getw(${sig('out_vld')}, vbuf.data(), NL);
  getw(${sig('out_data')}, obuf.data(), NL * CW);
  int seen = 0;
  for (int l = 0; l < NL; l++) {
    if (!((vbuf[l / 32] >> (l % 32)) & 1)) continue;
    int e = evCount[l]++;
    ${evPlace}
    seen++;
    if (m < M && n < N) Cm[m * N + n] = maskC(Cm[m * N + n] + take(obuf, l * CW, CW));
  }
  ${set('clk', '1')}
  settle(dut);${dump}
  cyc++;
  return seen;
}

static long long runTile(const Tile& t) {
  long kLen = t.kEnd - t.k0;
  ${has('cfg_k') ? set('cfg_k', '(kLen + K_PER_IDX - 1) / K_PER_IDX') : '(void)kLen;'}
  ${has('cfg_m') ? set('cfg_m', 'M') : ''}
  std::vector<int> ev(NL, 0);
  bool req;
  oneCycle(t, true, ev.data(), &req);
  long long expected = ${evExpected}, got = 0, first = -1;
  long long limit = cyc + 100000 + 64LL * (kLen + M + 64) * 64;
  while (got < expected) {
    long long now = cyc;
    got += oneCycle(t, false, ev.data(), &req);
    if (req && first < 0) first = now;
    if (got > 0 && first < 0) { std::fprintf(stderr, "output before any request\\n"); std::exit(4); }
    if (got >= expected) return now - first + 1;
    if (cyc > limit) { std::fprintf(stderr, "RTL hung: tile m0=%d n0=%d k0=%d got %lld of %lld outputs\\n", t.m0, t.n0, t.k0, got, expected); std::exit(4); }
  }
  return 0;
}

int main(${trace ? 'int argc, char** argv' : ''}) {
  dut = new Dut;
${traceOpen}  int trials;
  if (std::scanf("%d", &trials) != 1) return 2;
  ${set('rst', '1')}
  ${set('start', '0')}
  for (int i = 0; i < 2; i++) { ${set('clk', '0')} settle(dut); ${set('clk', '1')} settle(dut); }
  ${set('rst', '0')}
  for (int tr = 0; tr < trials; tr++) {
    if (std::scanf("%d %d %d", &M, &N, &K) != 3) return 2;
    Am.assign((size_t)M * K, 0); Bm.assign((size_t)K * N, 0); Cm.assign((size_t)M * N, 0);
    for (auto& v : Am) if (std::scanf("%d", &v) != 1) return 2;
    for (auto& v : Bm) if (std::scanf("%d", &v) != 1) return 2;
    int tm = TILE_M ? TILE_M : M, tn = TILE_N ? TILE_N : N, tk = TILE_K ? TILE_K : K;
    std::vector<long long> tiles;
    long long total = 0;
    // Tile loops nest in ORDER (outer first).
    int ext[3], step[3], idx[3];
    for (int d = 0; d < 3; d++) {
      char c = ORDER[d];
      ext[d] = c == 'm' ? M : c == 'n' ? N : K;
      step[d] = c == 'm' ? tm : c == 'n' ? tn : tk;
    }
    for (idx[0] = 0; idx[0] < ext[0]; idx[0] += step[0])
      for (idx[1] = 0; idx[1] < ext[1]; idx[1] += step[1])
        for (idx[2] = 0; idx[2] < ext[2]; idx[2] += step[2]) {
          Tile t = {0, 0, 0, 0};
          for (int d = 0; d < 3; d++) {
            if (ORDER[d] == 'm') t.m0 = idx[d];
            else if (ORDER[d] == 'n') t.n0 = idx[d];
            else t.k0 = idx[d];
          }
          t.kEnd = t.k0 + tk < K ? t.k0 + tk : K;
          long long c = runTile(t);
          tiles.push_back(c);
          total += c;
        }
    std::printf("cycles %lld\\ntiles", total);
    for (long long c : tiles) std::printf(" %lld", c);
    std::printf("\\nC");
    for (size_t i = 0; i < Cm.size(); i++) {
      uint64_t v = Cm[i];
      if (ACC_SIGNED && CW < 64 && ((v >> (CW - 1)) & 1)) v |= ~((((uint64_t)1) << CW) - 1);
      if (ACC_SIGNED) std::printf(" %lld", (long long)v); else std::printf(" %llu", (unsigned long long)v);
    }
    std::printf("\\n");
    std::fflush(stdout);
  }
${trace ? '  closeTrace();\n' : ''}  delete dut;
  return 0;
}
`;
}
