"""The int8 primitives checked bit for bit (run on the GPU machine):
    PYTHONPATH=gpu python3 -m tpe_gpu int8check [--out check.json]
1. raw: the Triton kernel on the shape as it is (no padding: M, N, K ragged, M <= 16, K tails
   of the 128-wide K tile, K at the int32 bound, 2^31 operand elements and more) against
   torch._int_mm on the zero-padded operands (M > 16, K and N multiples of 8) and against an
   exact reference on the CPU: numpy int64 matmul for small shapes, numpy float64 matmul
   otherwise (exact here: every product and partial sum is an integer below 2^31 < 2^53), or
   torch float64 on the GPU for the largest (also exact, for the same reason).
2. plan: intgemm.exact_gemm (digits, offsets, K chunks, padding) on the torch back end with each
   primitive and on the numpy back end, against numpy int64 A @ B: int8 extremes at and past the
   K split (131064, 131072, 140000), uint8 through the offset, 16-bit digits, narrow types, M <= 16.
Data: uniform over the type, `extreme` (each element the type's min or max), or all min / all
max (the largest sums the bound allows). Exit 1 on any difference."""
import json
import os
import time

import numpy as np

from .backend import NumpyBackend, TorchBackend
from .intgemm import exact_gemm


def _data(rng, shape, lo, hi, dist):
    if dist == "uniform":
        return rng.integers(lo, hi + 1, size=shape, dtype=np.int64)
    if dist == "extreme":
        return np.where(rng.integers(0, 2, size=shape) == 1, hi, lo).astype(np.int64)
    if dist == "min":
        return np.full(shape, lo, dtype=np.int64)
    if dist == "max":
        return np.full(shape, hi, dtype=np.int64)
    raise ValueError(dist)


RAW = [
    # (M, N, K, dist A, dist B)
    (1, 1, 1, "uniform", "uniform"),
    (1, 7, 13, "uniform", "uniform"),
    (3, 5, 129, "extreme", "extreme"),
    (7, 1000, 33, "uniform", "uniform"),
    (16, 16, 16, "extreme", "extreme"),
    (16, 4096, 4096, "uniform", "uniform"),
    (1, 28672, 4096, "uniform", "uniform"),
    (17, 8, 8, "uniform", "uniform"),
    (33, 250, 127, "uniform", "uniform"),
    (64, 64, 255, "extreme", "extreme"),
    (65, 129, 200, "uniform", "uniform"),
    (129, 257, 385, "extreme", "extreme"),
    (200, 1000, 4100, "uniform", "uniform"),
    (1000, 33, 2047, "uniform", "uniform"),
    (300, 517, 131, "extreme", "extreme"),
    (5, 3, 131064, "min", "min"),        # K x 128 x 128 = 2147352576, the largest sum under 2^31
    (17, 8, 131064, "min", "max"),       # -K x 128 x 127, the most negative
    (130, 260, 131064, "min", "min"),
    (19, 37, 131064, "extreme", "extreme"),
    (257, 300, 131063, "extreme", "extreme"),  # odd K at the bound: a K tail of 119
    (2048, 2048, 4096, "extreme", "extreme"),
    (4096, 4096, 4096, "uniform", "uniform"),
    (8192, 8192, 8192, "uniform", "uniform"),
    (16400, 24, 131064, "uniform", "uniform"),  # A has 2^31 elements and more: int64 offsets
]

PLAN = [
    # (A type, B type, M, N, K, dist)
    ("int8", "int8", 3, 5, 131064, "min"),
    ("int8", "int8", 3, 5, 131072, "min"),
    ("int8", "int8", 20, 16, 140000, "extreme"),
    ("int8", "int8", 1, 1, 1, "extreme"),
    ("int8", "int8", 16, 9, 33, "extreme"),
    ("int8", "int8", 513, 1001, 4099, "uniform"),
    ("uint8", "uint8", 9, 13, 1000, "uniform"),
    ("uint8", "uint8", 40, 77, 4100, "extreme"),
    ("uint8", "uint8", 3, 5, 140000, "max"),
    ("uint8", "int8", 600, 700, 5000, "uniform"),
    ("int8", "uint8", 2, 3, 131064, "extreme"),
    ("int16", "uint16", 20, 16, 140000, "extreme"),
    ("int16", "int16", 33, 40, 300, "uniform"),
    ("uint16", "int8", 15, 31, 777, "extreme"),
    ("int12", "int12", 50, 60, 2000, "uniform"),
    ("int4", "int4", 50, 60, 70, "uniform"),
    ("uint4", "int4", 1, 300, 4096, "extreme"),
    ("int2", "uint2", 11, 12, 13, "extreme"),
]


def _range(t):
    bits = int(t.lstrip("uint"))
    return (0, (1 << bits) - 1) if t.startswith("u") else (-(1 << (bits - 1)), (1 << (bits - 1)) - 1)


def _first_diff(x, y):
    idx = np.argwhere(x != y)
    if idx.size == 0:
        return None
    i = tuple(int(v) for v in idx[0])
    return {"index": list(i), "got": int(x[i]), "want": int(y[i]), "count": int(idx.shape[0])}


def _exact(A, B):
    """A @ B exactly: numpy int64 for small products; else numpy float64 (BLAS), exact while the
    sum of |products| of every output stays below 2^53 (asserted), as it does for 16-bit data
    up to K of 4 million."""
    M, K = A.shape
    N = B.shape[1]
    if M * N * K <= 5e7:
        return A @ B
    bound = float(np.abs(A).max()) * float(np.abs(B).max()) * K
    assert bound < 2 ** 53, bound
    return (A.astype(np.float64) @ B.astype(np.float64)).astype(np.int64)


def main(out=None):
    tri_be = TorchBackend(int8="triton")
    mm_be = TorchBackend(int8="intmm")
    npb = NumpyBackend()
    torch_ = tri_be.torch
    dev = tri_be.dev
    rng = np.random.default_rng(15)
    res = {"backend": tri_be.describe(), "raw": [], "plan": []}
    fails = 0
    elements = 0
    t0 = time.perf_counter()

    def log(msg):
        print(msg, flush=True)

    def raw_case(M, N, K, da, db):
        t1 = time.perf_counter()
        big = M * N * K > 4e11 or M * K >= (1 << 31)
        if big:  # generated on the GPU; the reference is torch float64 there
            g = torch_.Generator(device=dev)
            g.manual_seed(M + N + K)
            a = torch_.randint(-128, 128, (M, K), dtype=torch_.int8, device=dev, generator=g)
            b_nk = torch_.randint(-128, 128, (N, K), dtype=torch_.int8, device=dev, generator=g)
        else:
            A = _data(rng, (M, K), -128, 127, da)
            B = _data(rng, (K, N), -128, 127, db)
            a = torch_.from_numpy(A.astype(np.int8)).to(dev)
            b_nk = torch_.from_numpy(np.ascontiguousarray(B.T).astype(np.int8)).to(dev)
        c_tri = tri_be._tri(a, b_nk)
        Mp, Np, Kp = max(M, 17), (N + 7) // 8 * 8, (K + 7) // 8 * 8
        ap = torch_.zeros((Mp, Kp), dtype=torch_.int8, device=dev)
        ap[:M, :K] = a
        bp = torch_.zeros((Np, Kp), dtype=torch_.int8, device=dev)
        bp[:N, :K] = b_nk
        c_mm = torch_._int_mm(ap, bp.t())[:M, :N]
        del ap, bp
        if big:
            how = "torch float64 (GPU)"
            c_ref = torch_.matmul(a.to(torch_.float64), b_nk.t().to(torch_.float64))
            ok_ref = bool(torch_.equal(c_tri.to(torch_.float64), c_ref))
            ok_mm_ref = bool(torch_.equal(c_mm.to(torch_.float64), c_ref))
            ok_tri_mm = bool(torch_.equal(c_tri, c_mm))
            diff = None if ok_ref else "differs from torch float64"
            del c_ref
        else:
            how = "numpy int64" if M * N * K <= 5e7 else "numpy float64"
            ref = _exact(A, B)
            ct = c_tri.cpu().numpy().astype(np.int64)
            cm = c_mm.cpu().numpy().astype(np.int64)
            ok_ref, ok_mm_ref, ok_tri_mm = bool((ct == ref).all()), bool((cm == ref).all()), bool((ct == cm).all())
            diff = _first_diff(ct, ref)
        ok = ok_ref and ok_mm_ref and ok_tri_mm
        row = {"M": M, "N": N, "K": K, "a": da, "b": db, "reference": how, "tritonEqualsRef": ok_ref, "intmmEqualsRef": ok_mm_ref,
               "tritonEqualsIntmm": ok_tri_mm, "elements": M * N, "seconds": time.perf_counter() - t1, **({"firstDiff": diff} if diff else {})}
        res["raw"].append(row)
        log(f"{'ok ' if ok else 'DIFF'} raw {M}x{N}x{K} {da}/{db}: triton==ref {ok_ref} intmm==ref {ok_mm_ref} triton==intmm {ok_tri_mm} ({how}, {M * N} elements)")
        return ok

    for (M, N, K, da, db) in RAW:
        try:
            ok = raw_case(M, N, K, da, db)
        except Exception as e:  # noqa: BLE001 - record it, go on with the other cases
            ok = False
            res["raw"].append({"M": M, "N": N, "K": K, "a": da, "b": db, "error": f"{type(e).__name__}: {str(e)[:300]}"})
            log(f"ERR  raw {M}x{N}x{K}: {type(e).__name__}: {str(e)[:300]}")
        torch_.cuda.empty_cache()
        fails += not ok
        elements += M * N

    def plan_case(ta, tb, M, N, K, dist):
        t1 = time.perf_counter()
        A = _data(rng, (M, K), *_range(ta), dist)
        B = _data(rng, (K, N), *_range(tb), dist)
        ref = _exact(A, B)
        got = {}
        plans = {}
        for name, be in (("triton", tri_be), ("intmm", mm_be), ("numpy", npb)):
            c, plan = exact_gemm(be, be.from_numpy(A.astype(np.int32)), be.from_numpy(B.astype(np.int32)))
            got[name] = be.to_numpy(c).astype(np.int64)
            plans[name] = plan
        eq = {k: bool((v == ref).all()) for k, v in got.items()}
        same_plan = plans["triton"] == plans["intmm"] == plans["numpy"]
        ok = all(eq.values()) and same_plan
        diffs = {k: _first_diff(v, ref) for k, v in got.items() if not eq[k]}
        res["plan"].append({"a": ta, "b": tb, "M": M, "N": N, "K": K, "dist": dist, "equalsInt64": eq, "samePlan": same_plan,
                            "plan": plans["triton"], "elements": M * N, "seconds": time.perf_counter() - t1, **({"firstDiff": diffs} if diffs else {})})
        log(f"{'ok ' if ok else 'DIFF'} plan {ta} x {tb} {M}x{N}x{K} {dist}: == int64 {eq}, same plan {same_plan}, "
            f"{plans['triton']['int8Gemms']} int8 GEMMs, {plans['triton']['kChunks']} K chunk(s)")
        return ok

    for (ta, tb, M, N, K, dist) in PLAN:
        try:
            ok = plan_case(ta, tb, M, N, K, dist)
        except Exception as e:  # noqa: BLE001
            ok = False
            res["plan"].append({"a": ta, "b": tb, "M": M, "N": N, "K": K, "dist": dist, "error": f"{type(e).__name__}: {str(e)[:300]}"})
            log(f"ERR  plan {ta} x {tb} {M}x{N}x{K}: {type(e).__name__}: {str(e)[:300]}")
        fails += not ok
        elements += M * N
    res.update(cases=len(RAW) + len(PLAN), failures=fails, elements=elements, seconds=time.perf_counter() - t0,
               backendAfter=tri_be.describe())
    log(f"int8 primitives bit-equal: {res['cases'] - fails} of {res['cases']} cases ({elements} output elements, {res['seconds']:.1f} s)")
    if out:
        os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
        with open(out, "w") as f:
            json.dump(res, f, indent=1)
    return 0 if fails == 0 else 1
