"""torch == numpy, bit for bit, on a suite of requests (run on the GPU machine):
    PYTHONPATH=gpu python3 -m tpe_gpu equal [--dir OUT] [--quick]
Every request runs on both back ends with `hash: true`; every output tensor's sha256 (over the
full tensor: operands, C, quantized operands, scales, per-group sums, dequantized Y) must be
equal, and so must the plans and digit statistics. The bf16/fp16 reference GEMM is the one
exception by design (cuBLAS on torch, an ideal rounding on numpy): its largest difference is
reported, not required to be zero."""
import json
import os
import sys
import time

import numpy as np

from .run import run_request

NOT_BITWISE = {"yref"}


def suite(quick):
    reqs = []
    types = [f"{'u' if u else ''}int{b}" for b in range(2, 17) for u in (False, True)]
    shapes = [(19, 13, 70), (3, 9, 33), (17, 8, 8), (1, 1, 1), (40, 24, 129), (64, 200, 1000)]
    for i, t in enumerate(types):
        M, N, K = shapes[i % len(shapes)]
        for dist in ("uniform", "extreme"):
            reqs.append((f"gemm {t} {dist} {M}x{N}x{K}", {"kind": "gemm", "shape": {"M": M, "N": N, "K": K},
                         "a": {"type": t, "gen": {"seed": i, "dist": dist}}, "b": {"type": t, "gen": {"seed": 100 + i, "dist": dist}}}))
        reqs.append((f"gemm {t} x int16 normal", {"kind": "gemm", "shape": {"M": 33, "N": 40, "K": 300},
                     "a": {"type": t, "gen": {"seed": 7 + i, "dist": "normal", "std": 3.0}}, "b": {"type": "int16", "gen": {"seed": 9, "dist": "uniform"}}}))
    reqs.append(("gemm int8 extreme K split 17x8x140000", {"kind": "gemm", "shape": {"M": 17, "N": 8, "K": 140000},
                 "a": {"type": "int8", "gen": {"seed": 1, "dist": "extreme"}}, "b": {"type": "int8", "gen": {"seed": 2, "dist": "extreme"}}}))
    reqs.append(("gemm int16 x uint16 extreme K split", {"kind": "gemm", "shape": {"M": 20, "N": 16, "K": 140000},
                 "a": {"type": "int16", "gen": {"seed": 3, "dist": "extreme"}}, "b": {"type": "uint16", "gen": {"seed": 4, "dist": "extreme"}}}))
    reqs.append(("gemm int16 float64 method", {"kind": "gemm", "method": "float64", "shape": {"M": 100, "N": 90, "K": 2000},
                 "a": {"type": "int16", "gen": {"seed": 5, "dist": "uniform"}}, "b": {"type": "uint16", "gen": {"seed": 6, "dist": "uniform"}}}))
    big = [(512, 1024, 4096)] if quick else [(512, 1024, 4096), (1, 28672, 4096), (2048, 2048, 4096)]
    for (M, N, K) in big:
        for t in ("int8", "uint8", "int4", "int12", "int16"):
            reqs.append((f"gemm {t} {M}x{N}x{K}", {"kind": "gemm", "shape": {"M": M, "N": N, "K": K},
                         "a": {"type": t, "gen": {"seed": 11, "dist": "uniform"}}, "b": {"type": t, "gen": {"seed": 12, "dist": "uniform"}}}))
    x = {"gen": {"seed": 21, "dist": "normal", "std": 1.0, "outliers": {"fraction": 0.01, "scale": 10.0}}}
    w = {"gen": {"seed": 22, "dist": "normal", "std": 0.02}}
    qshapes = [(33, 256, 1024), (1, 4096, 4096), (80, 512, 1024)] if not quick else [(33, 256, 1024), (80, 512, 1024)]
    for scheme in ("w8a8", "w4a8", "w4a16", "w4a4", "int6"):
        for (M, N, K) in qshapes:
            for ref in ("bf16", "fp16"):
                reqs.append((f"quant {scheme} {M}x{N}x{K} {ref}", {"kind": "quant", "scheme": scheme, "ref": ref, "shape": {"M": M, "N": N, "K": K}, "x": x, "w": w}))
    for t, scheme in (("int8", "ent"), ("int8", "booth4"), ("uint8", "binary"), ("int16", "ent"), ("int4", "booth4")):
        reqs.append((f"digits {t} {scheme}", {"kind": "digits", "scheme": scheme, "shape": {"rows": 300, "cols": 1030},
                     "x": {"type": t, "gen": {"seed": 31, "dist": "normal", "std": 20.0}}}))
    if not quick:
        reqs.append(("digits int8 ent 4096x14336", {"kind": "digits", "scheme": "ent", "shape": {"rows": 4096, "cols": 14336},
                     "x": {"type": "int8", "gen": {"seed": 32, "dist": "normal", "std": 20.0}}}))
    return reqs


def main(out_dir=None, quick=False, second="torch", only=None, int8=None):
    out_dir = out_dir or os.path.join(os.getcwd(), "tpe-equal")
    os.makedirs(out_dir, exist_ok=True)
    rows = []
    failures = 0
    t0 = time.perf_counter()
    for i, (name, body) in enumerate(suite(quick)):
        if only and only not in name:
            continue
        res = {}
        for be in ("numpy", second):
            req = dict(body, version=1, outputs={"dir": f"r{i}_{be}", "hash": True, "operands": True, "rows": [0], "cols": [0]})
            res[be] = run_request(req, out_dir, be, int8)
        a, b = res["numpy"], res[second]
        diffs = []
        for k, o in a["outputs"].items():
            if k in NOT_BITWISE:
                continue
            if o.get("sha256") != b["outputs"].get(k, {}).get("sha256"):
                diffs.append(k)
        if a.get("plan") != b.get("plan"):
            diffs.append("plan")
        if a.get("stats") != b.get("stats"):
            diffs.append("stats")
        ref_diff = None
        if "yref" in a["outputs"]:
            ya = np.load(os.path.join(out_dir, f"r{i}_numpy", "yref.npy"))
            yb = np.load(os.path.join(out_dir, f"r{i}_{second}", "yref.npy"))
            ref_diff = float(np.max(np.abs(ya.astype(np.float64) - yb)) / max(1e-30, float(np.max(np.abs(ya)))))
        failures += bool(diffs)
        rows.append({"name": name, "equal": not diffs, "differ": diffs, "outputs": sorted(k for k in a["outputs"] if k not in NOT_BITWISE),
                     "numpy_s": a["timing"]["total_s"], "torch_s": b["timing"]["total_s"],
                     **({"yrefRelDiff": ref_diff, "errorsNumpy": a["errors"], "errorsTorch": b["errors"]} if ref_diff is not None else {})})
        print(f"{'ok ' if not diffs else 'DIFF'} {name:45s} numpy {a['timing']['total_s']:7.3f}s torch {b['timing']['total_s']:7.3f}s"
              + (f" differ: {','.join(diffs)}" if diffs else "") + (f" yref rel diff {ref_diff:.2e}" if ref_diff is not None else ""), flush=True)
        for be in {"numpy", second}:  # keep the folder small: the hashes are in the summary
            d = os.path.join(out_dir, f"r{i}_{be}")
            for f in os.listdir(d):
                os.remove(os.path.join(d, f))
            os.rmdir(d)
    summary = {"requests": len(rows), "equal": len(rows) - failures, "failures": failures, "seconds": time.perf_counter() - t0,
               "backend": res[second]["backend"], "rows": rows}
    with open(os.path.join(out_dir, "equal.json"), "w") as f:
        json.dump(summary, f, indent=1)
    prim = summary["backend"].get("int8")
    print(f"{second} == numpy bit for bit: {len(rows) - failures} of {len(rows)} requests ({summary['seconds']:.1f} s)"
          + (f"; int8 primitive: {prim}" if prim else ""))
    return 0 if failures == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else None))
