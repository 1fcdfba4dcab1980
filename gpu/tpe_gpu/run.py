"""Runs one request: builds the tensors, computes, writes the selected outputs as .npy and
returns the result object (printed as JSON by the command line)."""
import hashlib
import math
import os
import time

import numpy as np

from .backend import make_backend
from .digits import SCHEMES as DIGIT_SCHEMES, digit_stats
from .errors import RequestError
from .intgemm import exact_gemm
from .quant import SCHEMES as QUANT_SCHEMES, run_scheme
from .request import KINDS, float_tensor, int_tensor, parse_shape, ref_dtype, selection

VERSION = 1


class Writer:
    def __init__(self, be, out_dir, rows, cols, hash_full):
        self.be = be
        self.dir = out_dir
        self.rows = rows
        self.cols = cols
        self.hash_full = hash_full
        self.outputs = {}
        self._idx = {}

    def _index(self, sel):
        if sel is None:
            return None
        key = id(sel)
        if key not in self._idx:
            self._idx[key] = self.be.from_numpy(np.asarray(sel, dtype=np.int64))
        return self._idx[key]

    def put(self, name, x, dtype, rows_axis=None, cols_axis=None):
        """Write x (native) restricted to the selected rows (on rows_axis) and columns."""
        be = self.be
        entry = {"file": f"{name}.npy", "dtype": dtype}
        if self.hash_full:
            full = be.to_numpy(x)
            entry["sha256"] = hashlib.sha256(np.ascontiguousarray(full.astype(dtype)).tobytes()).hexdigest()
        sel = x
        ri, ci = self._index(self.rows), self._index(self.cols)
        if rows_axis is not None and ri is not None:
            sel = sel[ri] if rows_axis == 0 else sel[:, ri]
        if cols_axis is not None and ci is not None:
            sel = sel[:, ci] if cols_axis == 1 else sel[:, :, ci]
        arr = np.ascontiguousarray(be.to_numpy(sel).astype(dtype))
        entry["shape"] = list(arr.shape)
        try:
            np.save(os.path.join(self.dir, entry["file"]), arr)
        except OSError as e:
            raise RequestError("G0103", f"cannot write {entry['file']}: {e.strerror}", "outputs.dir")
        self.outputs[name] = entry


def error_figures(be, y, ref):
    d = be.cast(y, "float64") - be.cast(ref, "float64")
    r = be.cast(ref, "float64")
    num = float(be.to_numpy((d * d).sum()))
    den = float(be.to_numpy((r * r).sum()))
    return {"maxAbs": float(be.to_numpy(be.amax(be.abs(d)))), "relRms": math.sqrt(num / den) if den > 0 else (0.0 if num == 0 else math.inf)}


def _kind(req):
    kind = req.get("kind")
    if kind not in KINDS:
        raise RequestError("G0102", f"unknown kind {kind!r}" if "kind" in req else "missing field 'kind'", "kind",
                           f"use {', '.join(KINDS)}")
    return kind


def run_batch(req, base_dir, backend=None, int8=None):
    """kind 'batch': {"requests": [...]} run one after another in this process (one start-up);
    a failing request gives its error in its slot and the others still run. The batch's "int8"
    field applies to each request that has none of its own."""
    subs = req.get("requests")
    if not isinstance(subs, list):
        raise RequestError("G0102", "'requests' must be a list of requests", "requests")
    results = []
    for i, sub in enumerate(subs):
        try:
            if not isinstance(sub, dict):
                raise RequestError("G0102", "must be a request object", f"requests[{i}]")
            if "int8" in req and "int8" not in sub:
                sub = dict(sub, int8=req["int8"])
            results.append(run_request(sub, base_dir, backend, int8))
        except RequestError as e:
            if e.where is not None and not e.where.startswith("requests["):
                e.where = f"requests[{i}].{e.where}"
            results.append({"version": VERSION, "ok": False, "error": e.to_json()})
    return {"version": VERSION, "ok": all(r["ok"] for r in results), "kind": "batch", "results": results}


def run_request(req, base_dir, backend=None, int8=None):
    """backend and int8 (the torch back end's int8 primitive: auto, triton, intmm) from the
    command line override the request's "backend" and "int8" fields."""
    if req.get("kind") == "batch":
        return run_batch(req, base_dir, backend, int8)
    t0 = time.perf_counter()
    if req.get("version", VERSION) != VERSION:
        raise RequestError("G0102", f"request version {req.get('version')!r} is not supported (this is version {VERSION})", "version")
    kind = _kind(req)
    if int8 is None and "int8" in req:
        if not isinstance(req["int8"], str):
            raise RequestError("G0102", "'int8' must be a string", "int8", "use auto, triton or intmm")
        int8 = req["int8"]
    be = make_backend(backend or req.get("backend", "auto"), int8)
    shape = parse_shape(req, kind)
    out = req.get("outputs", {})
    if not isinstance(out, dict):
        raise RequestError("G0102", "'outputs' must be an object", "outputs")
    out_dir = os.path.join(base_dir, out.get("dir", "."))
    try:
        os.makedirs(out_dir, exist_ok=True)
    except OSError as e:
        raise RequestError("G0103", f"cannot create {out_dir}: {e.strerror}", "outputs.dir")
    result = {"version": VERSION, "ok": True, "kind": kind, "backend": be.describe(), "shape": shape}
    timing = {}
    if kind == "digits":
        return _digits(be, req, shape, base_dir, result, timing, t0)
    M, N, K = shape["M"], shape["N"], shape["K"]
    rows, cols = selection(req, M, N)
    w = Writer(be, out_dir, rows, cols, bool(out.get("hash", False)))
    method = req.get("method", "int8")
    if method not in ("int8", "float64"):
        raise RequestError("G0102", f"unknown method {method!r}", "method", "use int8 or float64")
    if kind == "gemm":
        a, ta = int_tensor(be, req.get("a"), "a", (M, K), base_dir)
        b, tb = int_tensor(be, req.get("b"), "b", (K, N), base_dir)
        be.sync()
        t1 = time.perf_counter()
        c, plan = exact_gemm(be, a, b, method)
        be.sync()
        t2 = time.perf_counter()
        w.put("c", c, "int64", 0, 1)
        if out.get("operands", False):
            w.put("a", a, ta.storage(), 0, None)
            w.put("b", b, tb.storage(), None, 1)
        result.update(types={"a": ta.name, "b": tb.name}, plan=plan)
    else:
        scheme = req.get("scheme")
        if scheme not in QUANT_SCHEMES:
            raise RequestError("G0102", f"unknown scheme {scheme!r}", "scheme", "use w8a8, w4a8, w4a16, w4a4 or int6")
        group = req.get("group", 128)
        if not isinstance(group, int) or group < 1:
            raise RequestError("G0102", "'group' must be a positive integer", "group")
        ref = ref_dtype(req)
        x = float_tensor(be, req.get("x"), "x", (M, K), base_dir)
        wt = float_tensor(be, req.get("w"), "w", (K, N), base_dir)
        be.sync()
        t1 = time.perf_counter()
        q, plan, _ = run_scheme(be, scheme, x, wt, group, ref, method)
        be.sync()
        t2 = time.perf_counter()
        yref = be.lowp_mm(x, wt, ref)
        y64 = be.f64_mm(x, wt)
        be.sync()
        timing["reference_s"] = time.perf_counter() - t2
        ta, tb = QUANT_SCHEMES[scheme]
        w.put("a", q["A"], ta.storage(), 0, None)
        w.put("b", q["B"], "int8" if scheme == "w4a8" else tb.storage(), None, 1)
        w.put("c", q["C"], "int64", 0, 1)
        w.put("y", q["Y"], "float32", 0, 1)
        w.put("yref", yref, "float32", 0, 1)
        w.put("sa", q["sa"].reshape(-1, 1), "float32", 0, None)
        if scheme in ("w8a8", "w4a4", "int6"):
            w.put("sw", q["sw"].reshape(1, -1), "float32", None, 1)
        elif scheme == "w4a8":
            w.put("s1", q["s1"].reshape(1, -1), "float32", None, 1)
            w.put("s2", q["s2"], "uint8", None, 1)
            w.put("z", q["z"], "uint8", None, 1)
            w.put("q4", q["q4"], "uint8", None, 1)
        else:
            w.put("s", q["s"], "float32", None, 1)
            w.put("z", q["z"], "float32", None, 1)
            parts = [be.cast(x, "int64") for x in q["P"]]
            p = be.torch.stack(parts) if be.name == "torch" else np.stack(parts)
            w.put("p", p, "int64", 1 if rows is not None else None, 2 if cols is not None else None)
        if out.get("operands", False):
            w.put("x", x, "float32", 0, None)
            w.put("w", wt, "float32", None, 1)
        result.update(scheme=scheme, group=group, ref={"bfloat16": "bf16", "float16": "fp16"}[ref], plan=plan,
                      types={"a": ta.name, "b": "int8" if scheme == "w4a8" else tb.name},
                      errors={"yVsRef": error_figures(be, q["Y"], yref), "yVsFp64": error_figures(be, q["Y"], y64),
                              "refVsFp64": error_figures(be, yref, y64)})
    timing.update(inputs_s=t1 - t0, compute_s=t2 - t1)
    result["backend"] = be.describe()  # again: an auto Triton that failed says so now
    result["outputs"] = w.outputs
    result["select"] = {"rows": len(rows) if rows is not None else M, "cols": len(cols) if cols is not None else N}
    timing["total_s"] = time.perf_counter() - t0
    result["timing"] = timing
    return result


def _digits(be, req, shape, base_dir, result, timing, t0):
    scheme = req.get("scheme")
    if scheme not in DIGIT_SCHEMES:
        raise RequestError("G0102", f"unknown digit encoding {scheme!r}", "scheme", "use binary, booth4 or ent")
    group = req.get("group", 4)
    if not isinstance(group, int) or not 1 <= group <= 64:
        raise RequestError("G0102", "'group' must be an integer in 1..64", "group")
    x, t = int_tensor(be, req.get("x"), "x", (shape["rows"], shape["cols"]), base_dir)
    be.sync()
    t1 = time.perf_counter()
    stats = digit_stats(be, x, t, scheme, group)
    be.sync()
    t2 = time.perf_counter()
    result["stats"] = stats
    result["timing"] = {"inputs_s": t1 - t0, "compute_s": t2 - t1, "total_s": t2 - t0}
    result["outputs"] = {}
    return result

