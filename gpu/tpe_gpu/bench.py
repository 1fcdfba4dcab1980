"""Throughput and scale figures of the reference on a GPU (run on the GPU machine):
    PYTHONPATH=gpu python3 -m tpe_gpu bench [--quick] [--out bench.json]
- the raw int8 x int8 -> int32 GEMM at 4096^3 and 8192^3: the Triton kernel (triton_int8.py)
  and torch._int_mm with B column-major timed in the same loop, repetitions alternating between
  the two (so the power-bound clock's drift falls on both alike), _int_mm with B row-major, the
  bf16 matmul beside it; what _int_mm does past the int32 bound;
- the exact GEMM paths (int8 digits with offsets, K chunks; float64) per operand width;
- each quantized scheme per call (activation quantization + exact GEMM + dequantization, weights
  quantized once beforehand) against raw int8 at the same size (the primitive these paths use:
  --int8, default auto = Triton where it runs);
- digit statistics of a 4096 x 14336 int8 tensor;
- the Llama-3-8B decode layer's four GEMMs as `tpe validate` requests them (generate, exact GEMM,
  write the sampled rows and columns), plain int8 and W8A8.
Times: CUDA events around back-to-back calls (no host synchronisation per call), median of 5
repetitions, after about 1.5 s of int8 GEMMs to bring the clocks up; inputs rotated over several
sets so the 60 MB L2 does not hold them. `probe` (probe.py) compares timing methods, a
preallocated output, CUDA graphs, layouts and a Triton kernel for the raw int8 GEMM."""
import json
import os
import statistics
import tempfile
import time

from . import triton_int8
from .backend import TorchBackend
from .intgemm import exact_gemm, mm_prepared, prepare
from .quant import run_scheme
from .run import run_request


def _timer(torch, fn, sets, budget_ms=600.0, min_iters=3, max_iters=40, reps=5):
    """Median time of one call in ms: CUDA events around back-to-back calls (no host
    synchronisation between them, so the host's launch time overlaps the GPU's work), inputs
    rotated over `sets`; `reps` repetitions of `iters` calls each, the median reported."""
    for s in sets[:2]:
        fn(*s)
    torch.cuda.synchronize()
    st, en = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
    st.record()
    fn(*sets[0])
    en.record()
    torch.cuda.synchronize()
    first = st.elapsed_time(en)
    iters = max(min_iters, min(max_iters, int(budget_ms / reps / max(first, 1e-3))))
    per = []
    for _ in range(reps):
        st.record()
        for i in range(iters):
            fn(*sets[i % len(sets)])
        en.record()
        en.synchronize()
        per.append(st.elapsed_time(en) / iters)
    return statistics.median(per), iters * reps


def _timer_alt(torch, fns, sets, budget_ms=600.0, reps=7):
    """Like _timer for several functions at once: each repetition times `iters` back-to-back
    calls of every function in turn (A B A B ...), medians (and the spread) reported per name."""
    for fn in fns.values():
        for s in sets[:2]:
            fn(*s)
    torch.cuda.synchronize()
    st, en = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
    first = next(iter(fns.values()))
    st.record()
    first(*sets[0])
    en.record()
    torch.cuda.synchronize()
    iters = max(3, min(60, int(budget_ms / reps / max(st.elapsed_time(en), 1e-3))))
    per = {k: [] for k in fns}
    for _ in range(reps):
        for k, fn in fns.items():
            st.record()
            for i in range(iters):
                fn(*sets[i % len(sets)])
            en.record()
            en.synchronize()
            per[k].append(st.elapsed_time(en) / iters)
    return {k: (statistics.median(v), min(v), max(v), iters * reps) for k, v in per.items()}


def _warm_clocks(torch, dev, seconds=1.5):
    """int8 GEMMs for a while, so the GPU's clocks are up before anything is timed."""
    a = torch.randint(-128, 128, (8192, 8192), dtype=torch.int8, device=dev)
    b = torch.randint(-128, 128, (8192, 8192), dtype=torch.int8, device=dev)
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        for _ in range(10):
            torch._int_mm(a, b.t())
        torch.cuda.synchronize()


def main(quick=False, out=None, int8=None):
    be = TorchBackend(int8=int8)
    torch = be.torch
    dev = be.dev
    assert dev.type == "cuda", "bench needs a CUDA GPU"
    res = {"backend": be.describe(), "pathsInt8": be.int8, "intmm": [], "bf16": [], "exact": [], "quant": [], "digits": [], "llama": []}
    tri = triton_int8.load()
    if tri is None:
        res["tritonError"] = triton_int8.error()
    sizes = [4096] if quick else [4096, 8192]
    g = torch.Generator(device=dev)
    g.manual_seed(1)

    def rint8(shape):
        return torch.randint(-128, 128, shape, dtype=torch.int8, device=dev, generator=g)

    def log(msg):
        print(msg, flush=True)

    _warm_clocks(torch, dev)

    # --- raw _int_mm ------------------------------------------------------------------------
    for n in sizes:
        nsets = 4 if n <= 4096 else 3
        sets = [(rint8((n, n)), rint8((n, n))) for _ in range(nsets)]
        fns = {"intmm": lambda a, bt: torch._int_mm(a, bt.t())}
        if tri is not None:
            fns["triton"] = lambda a, bt: tri(a, bt)
        alt = _timer_alt(torch, fns, sets)
        col = alt["intmm"]
        row = _timer(torch, lambda a, b: torch._int_mm(a, b), sets, budget_ms=300)
        a, b = sets[0]
        c = torch._int_mm(a, b.t())
        exact = torch.matmul(a.double(), b.t().double())
        ok = bool(torch.equal(c.double(), exact))
        flops = 2.0 * n ** 3
        r = {"n": n, "colMajorMs": col[0], "colMajorTops": flops / col[0] / 1e9, "colMajorTopsRange": [flops / col[2] / 1e9, flops / col[1] / 1e9],
             "rowMajorMs": row[0], "rowMajorTops": flops / row[0] / 1e9, "exactVsFloat64": ok, "calls": col[3]}
        if tri is not None:
            tm = alt["triton"]
            ct = tri(a, b)
            r.update(tritonMs=tm[0], tritonTops=flops / tm[0] / 1e9, tritonTopsRange=[flops / tm[2] / 1e9, flops / tm[1] / 1e9],
                     tritonTile=triton_int8.config(n, n, n), tritonEqualsIntmm=bool(torch.equal(ct, c)),
                     tritonExactVsFloat64=bool(torch.equal(ct.double(), exact)), tritonVsIntmm=col[0] / tm[0])
            del ct
        res["intmm"].append(r)
        log(f"_int_mm {n}^3: B column-major {r['colMajorTops']:.0f} TOPS ({col[0]:.3f} ms), row-major {r['rowMajorTops']:.0f} TOPS; equals float64: {ok}")
        if tri is not None:
            log(f"triton {n}^3: {r['tritonTops']:.0f} TOPS ({r['tritonMs']:.3f} ms, {r['tritonVsIntmm']:.2f}x _int_mm in the same loop); "
                f"equals _int_mm: {r['tritonEqualsIntmm']}, float64: {r['tritonExactVsFloat64']}")
        hs = [(x.to(torch.bfloat16), y.to(torch.bfloat16)) for x, y in sets]
        bf = _timer(torch, lambda x, y: torch.matmul(x, y.t()), hs)
        res["bf16"].append({"n": n, "ms": bf[0], "tflops": flops / bf[0] / 1e9})
        log(f"bf16 matmul {n}^3: {flops / bf[0] / 1e9:.0f} TFLOP/s")
        del sets, hs, c, exact
    # What _int_mm does past 2^31: K = 140000 of (-128)(-128) = 2293760000 > 2^31 - 1.
    a = torch.full((17, 140000), -128, dtype=torch.int8, device=dev)
    b = torch.full((8, 140000), -128, dtype=torch.int8, device=dev)
    raw = int(torch._int_mm(a, b.t())[0, 0])
    ex, _ = exact_gemm(be, be.cast(a, "int32"), be.cast(b, "int32").t().contiguous())
    res["bound"] = {"exact": int(ex[0, 0]), "intmm": raw, "behaviour": "saturates" if raw == 2 ** 31 - 1 else ("wraps" if raw == int(ex[0, 0]) - 2 ** 32 else "other")}
    print(json.dumps(res["bound"]), flush=True)
    log(f"_int_mm past the int32 bound: exact {int(ex[0, 0])}, _int_mm {raw} ({res['bound']['behaviour']}); the chunked exact GEMM gives {int(ex[0, 0])}")

    # --- exact GEMM paths ------------------------------------------------------------------
    def rint(lo, hi, shape):
        return torch.randint(lo, hi + 1, shape, dtype=torch.int32, device=dev, generator=g)

    widths = [("int8", (-128, 127), (-128, 127)), ("uint8", (0, 255), (0, 255)), ("int4", (-8, 7), (-8, 7)),
              ("int16 x int8", (-32768, 32767), (-128, 127)), ("int12", (-2048, 2047), (-2048, 2047)),
              ("int16", (-32768, 32767), (-32768, 32767)), ("uint16", (0, 65535), (0, 65535))]
    def base_ms(n):
        r = next(r for r in res["intmm"] if r["n"] == n)
        return r["tritonMs"] if be.int8 == "triton" else r["colMajorMs"]

    for n in sizes:
        base = base_ms(n)
        flops = 2.0 * n ** 3
        for name, ra, rb in widths:
            sets = []
            for _ in range(2):
                A, B = rint(*ra, (n, n)), rint(*rb, (n, n))
                sets.append((prepare(be, A, "a", ra), prepare(be, B, "b", rb)))
            t, _ = _timer(torch, lambda pa, pb: mm_prepared(be, pa, pb, n, n, n), sets, budget_ms=400)
            _, plan = mm_prepared(be, sets[0][0], sets[0][1], n, n, n)
            A, B = sets[0][0].original, sets[0][1].original
            e2e, _ = _timer(torch, lambda x, y: exact_gemm(be, x, y), [(A, B)], budget_ms=300)
            r = {"n": n, "operands": name, "int8Gemms": plan["int8Gemms"], "ms": t, "tops": flops / t / 1e9, "vsInt8": base / t, "withPrepareMs": e2e}
            res["exact"].append(r)
            log(f"exact {name:13s} {n}^3: {r['int8Gemms']} int8 GEMM(s), {r['tops']:6.0f} TOPS ({t:.3f} ms, {r['vsInt8']:.2f}x raw int8); with digit split {e2e:.3f} ms")
            del sets
        A, B = rint(-32768, 32767, (n, n)), rint(-32768, 32767, (n, n))
        t, _ = _timer(torch, lambda x, y: exact_gemm(be, x, y, "float64", (-32768, 32767), (-32768, 32767)), [(A, B)], budget_ms=400)
        res["exact"].append({"n": n, "operands": "int16 float64", "ms": t, "tops": flops / t / 1e9, "vsInt8": base / t})
        log(f"exact int16 via float64 {n}^3: {flops / t / 1e9:.0f} TOPS ({t:.3f} ms)")
        del A, B

    # --- quantized schemes -----------------------------------------------------------------
    for n in sizes:
        base = base_ms(n)
        flops = 2.0 * n ** 3
        x = torch.randn((n, n), device=dev, generator=g, dtype=torch.float32)
        w = torch.randn((n, n), device=dev, generator=g, dtype=torch.float32) * 0.02
        for scheme in ("w8a8", "w4a8", "w4a16", "w4a4", "int6"):
            torch.cuda.synchronize()
            t0 = time.perf_counter()
            _, plan, weights = run_scheme(be, scheme, x, w)
            torch.cuda.synchronize()
            wq = time.perf_counter() - t0
            t, it = _timer(torch, lambda xx: run_scheme(be, scheme, xx, w, weights=weights), [(x,), (x * 0.5,)], budget_ms=500, max_iters=20)
            r = {"n": n, "scheme": scheme, "ms": t, "tops": flops / t / 1e9, "vsInt8": base / t, "int8Gemms": plan.get("int8Gemms"), "weightQuantS": wq, "iters": it}
            res["quant"].append(r)
            log(f"quant {scheme:5s} {n}^3: {r['tops']:6.0f} TOPS-equivalent per call ({t:.3f} ms, {r['vsInt8']:.2f}x raw int8, {plan.get('int8Gemms')} int8 GEMMs); weights once {wq:.2f} s")
        del x, w

    # --- digit statistics ------------------------------------------------------------------
    with tempfile.TemporaryDirectory() as tmp:
        for scheme in ("ent", "booth4", "binary"):
            req = {"version": 1, "kind": "digits", "scheme": scheme, "shape": {"rows": 4096, "cols": 14336},
                   "x": {"type": "int8", "gen": {"seed": 3, "dist": "normal", "std": 20.0}}}
            run_request(req, tmp, "torch")
            r = run_request(req, tmp, "torch")
            vals = 4096 * 14336
            res["digits"].append({"scheme": scheme, "values": vals, "computeS": r["timing"]["compute_s"], "valuesPerS": vals / r["timing"]["compute_s"], "meanNonzero": r["stats"]["meanNonzero"], "meanGroupCycles": r["stats"]["meanGroupCycles"]})
            log(f"digits {scheme:6s} 4096x14336 int8: {vals / r['timing']['compute_s'] / 1e9:.2f} G values/s, mean nonzero {r['stats']['meanNonzero']:.3f}, mean group-of-4 cycles {r['stats']['meanGroupCycles']:.3f}")

        # --- Llama-3-8B decode layer (batch 1) as tpe validate requests it ------------------
        layer = [("qkv", 1, 6144, 4096), ("o", 1, 4096, 4096), ("gate_up", 1, 28672, 4096), ("down", 1, 4096, 14336)]
        for quant in (None, "w8a8"):
            reqs = []
            for i, (name, M, N, K) in enumerate(layer):
                outputs = {"dir": f"l{i}", "rows": [0], "cols": list(range(0, min(N, 128))), "operands": True}
                if quant:
                    reqs.append({"version": 1, "kind": "quant", "scheme": quant, "shape": {"M": M, "N": N, "K": K}, "outputs": outputs,
                                 "x": {"gen": {"seed": 8 + 2 * i, "dist": "normal", "std": 1.0, "outliers": {"fraction": 0.01, "scale": 10.0}}},
                                 "w": {"gen": {"seed": 9 + 2 * i, "dist": "normal", "std": 0.02}}})
                else:
                    reqs.append({"version": 1, "kind": "gemm", "shape": {"M": M, "N": N, "K": K}, "outputs": outputs,
                                 "a": {"type": "int8", "gen": {"seed": 8 + 2 * i, "dist": "uniform"}}, "b": {"type": "int8", "gen": {"seed": 9 + 2 * i, "dist": "uniform"}}})
            batch = {"version": 1, "kind": "batch", "requests": reqs}
            run_request(batch, tmp, "torch", int8)  # warm (CUDA context, kernels)
            t0 = time.perf_counter()
            done = run_request(batch, tmp, "torch", int8)
            wall = time.perf_counter() - t0
            per = [{"name": layer[i][0], **r["timing"]} for i, r in enumerate(done["results"])]
            res["llama"].append({"quant": quant or "int8", "int8": done["results"][0]["backend"].get("int8"), "wallS": wall, "gemms": per})
            log(f"llama-3-8b decode layer ({quant or 'int8'}): 4 GEMMs generated, computed exactly and written in {wall:.3f} s "
                + ", ".join(f"{p['name']} {p['total_s'] * 1e3:.1f} ms" for p in per))
    res["backendAfter"] = be.describe()
    text = json.dumps(res, indent=1)
    if out:
        os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
        with open(out, "w") as f:
            f.write(text)
    return 0
