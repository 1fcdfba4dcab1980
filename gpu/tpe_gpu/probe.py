"""int8 GEMM throughput on the GPU, measured several ways (run on the GPU machine):
    PYTHONPATH=gpu python3 -m tpe_gpu probe [--out probe.json] [--no-triton]
At 4096^3 and 8192^3, torch._int_mm with B column-major (int8 [M,K] x int8 [K,N] -> int32):
  sync     one call between two CUDA events, host synchronisation after every call (the
           method of the first BENCH.md figures: the host's launch time sits inside the events)
  b2b      CUDA events around `iters` back-to-back calls, no host synchronisation between them,
           inputs rotated over sets that together exceed the 60 MB L2, a new output each call
  b2b-out  the same with one preallocated output (torch._int_mm(..., out=c))
  graph    a CUDA graph of `iters` calls (rotated inputs, preallocated outputs), replayed
  warm-l2  b2b on one input set (A and B stay in L2 at 4096^3: an upper bound, not the figure)
  c^t      C^T = B^T A^T (the same kernel family with M and N swapped)
  triton   a Triton int8 kernel (tl.dot int8 x int8 -> int32), a few block shapes, checked
           equal to _int_mm on random data before it is timed
Every variant is checked equal to _int_mm on its first output. Before timing, the GPU runs
int8 GEMMs for about 1.5 s so its clocks are up. The median of 7 repetitions is reported."""
import json
import os
import statistics
import subprocess
import time


def _smi():
    try:
        r = subprocess.run(["nvidia-smi", "--query-gpu=clocks.sm,clocks.max.sm,power.draw,temperature.gpu",
                            "--format=csv,noheader"], capture_output=True, text=True, timeout=10)
        return r.stdout.strip()
    except Exception as e:  # noqa: BLE001 - a probe reading only
        return f"nvidia-smi: {e}"


def main(out=None, triton=True, sizes=(4096, 8192)):
    import torch
    dev = torch.device("cuda")
    g = torch.Generator(device=dev)
    g.manual_seed(5)
    res = {"torch": torch.__version__, "gpu": torch.cuda.get_device_name(0), "sizes": []}

    def log(msg):
        print(msg, flush=True)

    def rint8(shape):
        return torch.randint(-128, 128, shape, dtype=torch.int8, device=dev, generator=g)

    def sync_time(fn, sets, iters):
        times = []
        st, en = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
        for i in range(iters):
            s = sets[i % len(sets)]
            st.record()
            fn(i, *s)
            en.record()
            en.synchronize()
            times.append(st.elapsed_time(en))
        return statistics.median(times)

    def b2b_time(fn, sets, iters, reps=7):
        st, en = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
        per = []
        for _ in range(reps):
            st.record()
            for i in range(iters):
                fn(i, *sets[i % len(sets)])
            en.record()
            en.synchronize()
            per.append(st.elapsed_time(en) / iters)
        return statistics.median(per), min(per), max(per)

    # Warm the clocks: int8 GEMMs for ~1.5 s.
    wa, wb = rint8((8192, 8192)), rint8((8192, 8192))
    log(f"before warm-up: {_smi()}")
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < 1.5:
        for _ in range(10):
            torch._int_mm(wa, wb.t())
        torch.cuda.synchronize()
    log(f"after warm-up: {_smi()}")
    del wa, wb

    tri = _triton_kernel() if triton else None
    if triton and tri is None:
        res["tritonError"] = _TRITON_ERR[0]
        log(f"triton: unavailable ({_TRITON_ERR[0]})")

    for n in sizes:
        flops = 2.0 * n ** 3
        nsets = 4 if n <= 4096 else 3
        sets = [(rint8((n, n)), rint8((n, n))) for _ in range(nsets)]
        iters = 60 if n <= 4096 else 20
        ref = torch._int_mm(sets[0][0], sets[0][1].t())
        row = {"n": n, "iters": iters, "sets": nsets, "variants": {}}

        def put(name, ms, extra=None, ok=True):
            row["variants"][name] = {"ms": ms, "tops": flops / ms / 1e9, "equal": ok, **(extra or {})}
            log(f"{n}^3 {name:28s} {flops / ms / 1e9:7.1f} TOPS  {ms:.4f} ms  equal={ok}{'  ' + json.dumps(extra) if extra else ''}")

        mm = lambda i, a, bt: torch._int_mm(a, bt.t())  # noqa: E731
        put("sync (first method)", sync_time(mm, sets, max(iters, 30)))
        m, lo, hi = b2b_time(mm, sets, iters)
        put("b2b", m, {"min": flops / hi / 1e9, "max": flops / lo / 1e9})
        outs = [torch.empty((n, n), dtype=torch.int32, device=dev) for _ in range(2)]
        try:
            torch._int_mm(sets[0][0], sets[0][1].t(), out=outs[0])
            ok = bool(torch.equal(outs[0], ref))
            m, lo, hi = b2b_time(lambda i, a, bt: torch._int_mm(a, bt.t(), out=outs[i & 1]), sets, iters)
            put("b2b-out", m, {"min": flops / hi / 1e9, "max": flops / lo / 1e9}, ok)
        except Exception as e:  # noqa: BLE001
            row["variants"]["b2b-out"] = {"error": f"{type(e).__name__}: {e}"}
            log(f"{n}^3 b2b-out: {type(e).__name__}: {e}")
        try:
            gr = torch.cuda.CUDAGraph()
            s = torch.cuda.Stream()
            s.wait_stream(torch.cuda.current_stream())
            with torch.cuda.stream(s):
                for i in range(3):
                    torch._int_mm(sets[i % nsets][0], sets[i % nsets][1].t(), out=outs[i & 1])
            torch.cuda.current_stream().wait_stream(s)
            with torch.cuda.graph(gr):
                for i in range(iters):
                    torch._int_mm(sets[i % nsets][0], sets[i % nsets][1].t(), out=outs[i & 1])
            gr.replay()
            torch.cuda.synchronize()
            ok = bool(torch.equal(outs[(iters - 1) & 1], torch._int_mm(sets[(iters - 1) % nsets][0], sets[(iters - 1) % nsets][1].t())))
            m, lo, hi = b2b_time(lambda i: gr.replay(), [()], 1)
            put("graph", m / iters, {"min": flops / (hi / iters) / 1e9, "max": flops / (lo / iters) / 1e9}, ok)
            del gr
        except Exception as e:  # noqa: BLE001
            row["variants"]["graph"] = {"error": f"{type(e).__name__}: {e}"}
            log(f"{n}^3 graph: {type(e).__name__}: {e}")
        m, _, _ = b2b_time(mm, sets[:1], iters)
        put("warm-l2 (one set)", m)
        ct = torch._int_mm(sets[0][1], sets[0][0].t())
        m, _, _ = b2b_time(lambda i, a, bt: torch._int_mm(bt, a.t()), sets, iters)
        put("c^t = b^t a^t", m, ok=bool(torch.equal(ct.t(), ref)))
        del ct
        if tri is not None:
            for cfg in _TRITON_CONFIGS:
                name = "triton " + "x".join(str(cfg[k]) for k in ("BM", "BN", "BK")) + f" s{cfg['stages']} w{cfg['warps']}"
                try:
                    c = torch.empty((n, n), dtype=torch.int32, device=dev)
                    tri(sets[0][0], sets[0][1], c, cfg)
                    ok = bool(torch.equal(c, ref))
                    m, lo, hi = b2b_time(lambda i, a, bt: tri(a, bt, outs[i & 1], cfg), sets, iters)
                    put(name, m, {"min": flops / hi / 1e9, "max": flops / lo / 1e9}, ok)
                except Exception as e:  # noqa: BLE001
                    row["variants"][name] = {"error": f"{type(e).__name__}: {str(e)[:300]}"}
                    log(f"{n}^3 {name}: {type(e).__name__}: {str(e)[:300]}")
        res["sizes"].append(row)
        del sets, outs, ref
        torch.cuda.empty_cache()
    res["smiAfter"] = _smi()
    log(f"after: {res['smiAfter']}")
    if out:
        os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
        with open(out, "w") as f:
            json.dump(res, f, indent=1)
    return 0


_TRITON_ERR = [""]
_TRITON_CONFIGS = [
    {"BM": 128, "BN": 256, "BK": 128, "stages": 3, "warps": 8},
    {"BM": 256, "BN": 128, "BK": 128, "stages": 3, "warps": 8},
    {"BM": 128, "BN": 128, "BK": 128, "stages": 4, "warps": 8},
    {"BM": 128, "BN": 256, "BK": 64, "stages": 4, "warps": 8},
]


def _triton_kernel():
    try:
        import triton
        import triton.language as tl
    except Exception as e:  # noqa: BLE001
        _TRITON_ERR[0] = f"{type(e).__name__}: {e}"
        return None

    @triton.jit
    def kernel(a_ptr, b_ptr, c_ptr, M, N, K, sam, sak, sbn, sbk, scm, scn,
               BM: tl.constexpr, BN: tl.constexpr, BK: tl.constexpr, GROUP: tl.constexpr):
        pid = tl.program_id(0)
        npm = tl.cdiv(M, BM)
        npn = tl.cdiv(N, BN)
        width = GROUP * npn
        gid = pid // width
        first = gid * GROUP
        gsz = tl.minimum(npm - first, GROUP)
        pm = first + ((pid % width) % gsz)
        pn = (pid % width) // gsz
        rm = (pm * BM + tl.arange(0, BM)) % M
        rn = (pn * BN + tl.arange(0, BN)) % N
        rk = tl.arange(0, BK)
        a = a_ptr + rm[:, None] * sam + rk[None, :] * sak
        b = b_ptr + rk[:, None] * sbk + rn[None, :] * sbn
        acc = tl.zeros((BM, BN), dtype=tl.int32)
        for _ in range(0, tl.cdiv(K, BK)):
            acc = tl.dot(tl.load(a), tl.load(b), acc, out_dtype=tl.int32)
            a += BK * sak
            b += BK * sbk
        cm = pm * BM + tl.arange(0, BM)
        cn = pn * BN + tl.arange(0, BN)
        tl.store(c_ptr + cm[:, None] * scm + cn[None, :] * scn, acc, mask=(cm[:, None] < M) & (cn[None, :] < N))

    def run(a, b_nk, c, cfg):
        M, K = a.shape
        N = b_nk.shape[0]
        assert K % cfg["BK"] == 0
        grid = (triton.cdiv(M, cfg["BM"]) * triton.cdiv(N, cfg["BN"]),)
        kernel[grid](a, b_nk, c, M, N, K, a.stride(0), a.stride(1), b_nk.stride(0), b_nk.stride(1), c.stride(0), c.stride(1),
                     BM=cfg["BM"], BN=cfg["BN"], BK=cfg["BK"], GROUP=8, num_stages=cfg["stages"], num_warps=cfg["warps"])
        return c

    return run
