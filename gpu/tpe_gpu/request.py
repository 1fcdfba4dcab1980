"""Requests: parse and check the JSON, load or generate the tensors. Every problem is a
RequestError naming the field (a JSON path) or the file."""
import json
import math
import os

import numpy as np

from .errors import RequestError
from .gen import gen_float, gen_int
from .inttype import parse_int_type

KINDS = ("gemm", "quant", "digits", "batch")
INT_DISTS = ("uniform", "extreme", "normal")
FLOAT_DISTS = ("normal", "uniform")
REFS = {"bf16": "bfloat16", "fp16": "float16", "bfloat16": "bfloat16", "float16": "float16"}


def load_request(path):
    try:
        with open(path, "r", encoding="utf-8") as f:
            text = f.read()
    except FileNotFoundError:
        raise RequestError("G0103", "no such file", path, "pass the path of a request .json file")
    except OSError as e:
        raise RequestError("G0103", f"cannot read: {e.strerror}", path)
    try:
        req = json.loads(text)
    except json.JSONDecodeError as e:
        raise RequestError("G0101", f"not valid JSON ({e.msg} at line {e.lineno} column {e.colno})", path)
    if not isinstance(req, dict):
        raise RequestError("G0101", "the request must be a JSON object", path)
    return req


def _get(obj, key, where, kind=None, default=None, required=True):
    if key not in obj:
        if required:
            raise RequestError("G0102", f"missing field '{key}'", where)
        return default
    v = obj[key]
    if kind is not None and not _is(v, kind):
        raise RequestError("G0102", f"'{key}' must be {_NAMES[kind]}, got {json.dumps(v)[:40]}", f"{where}.{key}" if where else key)
    return v


_NAMES = {"int": "an integer", "num": "a number", "str": "a string", "obj": "an object", "list": "a list", "bool": "true or false"}


def _is(v, kind):
    if kind == "int":
        return isinstance(v, int) and not isinstance(v, bool)
    if kind == "num":
        return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)
    if kind == "str":
        return isinstance(v, str)
    if kind == "obj":
        return isinstance(v, dict)
    if kind == "list":
        return isinstance(v, list)
    if kind == "bool":
        return isinstance(v, bool)
    return True


def _pos(obj, key, where):
    v = _get(obj, key, where, "int")
    if v < 1:
        raise RequestError("G0102", f"'{key}' must be at least 1, got {v}", f"{where}.{key}")
    return v


def parse_shape(req, kind):
    s = _get(req, "shape", "", "obj")
    if kind == "digits":
        return {"rows": _pos(s, "rows", "shape"), "cols": _pos(s, "cols", "shape")}
    return {"M": _pos(s, "M", "shape"), "N": _pos(s, "N", "shape"), "K": _pos(s, "K", "shape")}


def _gen_spec(spec, where, dists):
    seed = _get(spec, "seed", where, "int")
    if not 0 <= seed <= 0xFFFFFFFF:
        raise RequestError("G0102", f"seed must be in 0..4294967295, got {seed}", f"{where}.seed")
    dist = _get(spec, "dist", where, "str")
    if dist not in dists:
        raise RequestError("G0102", f"unknown distribution {dist!r}", f"{where}.dist", f"use {', '.join(dists)}")
    out = {"seed": seed, "dist": dist}
    if dist == "normal":
        out["std"] = _get(spec, "std", where, "num")
        out["mean"] = _get(spec, "mean", where, "num", 0.0, required=False)
        if out["std"] <= 0:
            raise RequestError("G0102", "std must be positive", f"{where}.std")
    if dist == "uniform" and dists is FLOAT_DISTS:
        out["lo"] = _get(spec, "lo", where, "num", -1.0, required=False)
        out["hi"] = _get(spec, "hi", where, "num", 1.0, required=False)
    o = _get(spec, "outliers", where, "obj", None, required=False)
    if o is not None:
        if dists is not FLOAT_DISTS:
            raise RequestError("G0102", "outliers apply to float tensors only", f"{where}.outliers")
        frac = _get(o, "fraction", f"{where}.outliers", "num")
        if not 0 <= frac <= 1:
            raise RequestError("G0102", "fraction must be in 0..1", f"{where}.outliers.fraction")
        out["outliers"] = {"fraction": frac, "scale": _get(o, "scale", f"{where}.outliers", "num")}
    return out


def _load_npy(path, where):
    try:
        arr = np.load(path, allow_pickle=False)
    except FileNotFoundError:
        raise RequestError("G0103", f"no such file {path!r}", where, "write the operand with numpy.save() or point 'file' at it")
    except (ValueError, OSError) as e:
        raise RequestError("G0104", f"{path}: not a readable .npy array ({e})", where, "save it with numpy.save()")
    if not isinstance(arr, np.ndarray):
        raise RequestError("G0104", f"{path}: not a single .npy array", where)
    return arr


def int_tensor(be, spec, where, shape, base_dir):
    """An integer operand (int32 values on the back end) and its IntType."""
    if not isinstance(spec, dict):
        raise RequestError("G0102", "must be an object with 'type' and 'gen' or 'file'", where)
    t = parse_int_type(_get(spec, "type", where, "str"), f"{where}.type")
    if ("gen" in spec) == ("file" in spec):
        raise RequestError("G0102", "give exactly one of 'gen' and 'file'", where)
    if "gen" in spec:
        g = _gen_spec(_get(spec, "gen", where, "obj"), f"{where}.gen", INT_DISTS)
        return gen_int(be, shape, t, g), t
    path = os.path.join(base_dir, _get(spec, "file", where, "str"))
    arr = _load_npy(path, f"{where}.file")
    if arr.dtype.kind not in "iu":
        raise RequestError("G0104", f"{path}: dtype {arr.dtype} is not an integer type", f"{where}.file",
                           "quantize first, or pass the values as int8/int16/int32 (a.astype(numpy.int32))")
    if arr.ndim != 2 or tuple(arr.shape) != tuple(shape):
        raise RequestError("G0105", f"{path}: shape {tuple(arr.shape)}, expected {tuple(shape)}", f"{where}.file",
                           "the request's shape gives A as M x K and B as K x N")
    lo, hi = int(arr.min()) if arr.size else 0, int(arr.max()) if arr.size else 0
    if lo < t.lo or hi > t.hi:
        bad = np.argwhere((arr < t.lo) | (arr > t.hi))[0]
        r, c = int(bad[0]), int(bad[1])
        raise RequestError("G0106", f"{path}: element [{r}][{c}] = {int(arr[r, c])} is outside {t.name} ({t.lo}..{t.hi})",
                           f"{where}.file", f"declare a wider type than {t.name}, or quantize the data")
    return be.from_numpy(arr.astype(np.int32)), t


def float_tensor(be, spec, where, shape, base_dir):
    if not isinstance(spec, dict):
        raise RequestError("G0102", "must be an object with 'gen' or 'file'", where)
    if ("gen" in spec) == ("file" in spec):
        raise RequestError("G0102", "give exactly one of 'gen' and 'file'", where)
    if "gen" in spec:
        return gen_float(be, shape, _gen_spec(_get(spec, "gen", where, "obj"), f"{where}.gen", FLOAT_DISTS))
    path = os.path.join(base_dir, _get(spec, "file", where, "str"))
    arr = _load_npy(path, f"{where}.file")
    if arr.dtype.kind != "f":
        raise RequestError("G0104", f"{path}: dtype {arr.dtype} is not a float type", f"{where}.file",
                           "pass float16, float32 or float64 values (they are used as float32)")
    if arr.ndim != 2 or tuple(arr.shape) != tuple(shape):
        raise RequestError("G0105", f"{path}: shape {tuple(arr.shape)}, expected {tuple(shape)}", f"{where}.file",
                           "X is M x K and W is K x N")
    a32 = arr.astype(np.float32)
    if not np.isfinite(a32).all():
        bad = np.argwhere(~np.isfinite(a32))[0]
        raise RequestError("G0108", f"{path}: element [{int(bad[0])}][{int(bad[1])}] is {a32[bad[0], bad[1]]}", f"{where}.file")
    return be.from_numpy(a32)


def selection(req, n_rows, n_cols):
    """Rows and columns of the outputs to write (sorted, unique), or None for all."""
    o = req.get("outputs", {})
    if not isinstance(o, dict):
        raise RequestError("G0102", "'outputs' must be an object", "outputs")

    def pick(key, n):
        v = o.get(key)
        if v is None:
            return None
        if not isinstance(v, list) or not all(_is(i, "int") for i in v):
            raise RequestError("G0102", f"'{key}' must be a list of indices", f"outputs.{key}")
        bad = [i for i in v if not 0 <= i < n]
        if bad:
            raise RequestError("G0102", f"index {bad[0]} is outside 0..{n - 1}", f"outputs.{key}")
        return sorted(set(v))

    return pick("rows", n_rows), pick("cols", n_cols)


def ref_dtype(req):
    r = req.get("ref", "bf16")
    if r not in REFS:
        raise RequestError("G0102", f"unknown reference type {r!r}", "ref", "use bf16 or fp16")
    return REFS[r]
