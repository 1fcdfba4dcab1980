"""Seeded operand generation that numpy, PyTorch and TypeScript reproduce bit for bit.

A counter-based generator: element i of a tensor (row-major index) gets
    h(i) = mix(mix(i ^ key) + key)      (32-bit arithmetic, mix = Wellons' lowbias32)
with key = mix(seed ^ mix(stream + 0x9E3779B9)). Any element can be generated alone, so the
TypeScript side regenerates just the rows and columns it simulates instead of reading the
whole tensor, and the GPU side never needs big arrays carried to it.

Distributions use only exact integer steps and a fixed sequence of correctly rounded float64
operations, so every implementation gets the same values:
    uniform (ints):  lo + floor(h * (hi - lo + 1) / 2^32)
    extreme (ints):  hi if h is odd else lo          (the most negative value for signed types)
    normal:          z = (u0 + u1 + u2 + u3 - 2) * sqrt(3), u_j = (h_j >> 8) * 2^-24 (stream j),
                     value = z * std + mean          (Irwin-Hall(4): unit variance, |z| < 3.47)
                     ints: round half to even, clamped to the type; floats: cast to float32
    uniform (floats): lo + u0 * (hi - lo)
    outliers (floats): column c is an outlier channel when (h(c) on stream 99) >> 8 is below
                     fraction * 2^24; its values are multiplied by `scale` before the cast.
"""
import numpy as np

from .errors import RequestError

M32 = 0xFFFFFFFF
SQRT3 = 1.7320508075688772
C1 = 0x7FEB352D
C2 = 0x846CA68B
GOLDEN = 0x9E3779B9
OUTLIER_STREAM = 99


def mix_int(x):
    x &= M32
    x ^= x >> 16
    x = (x * C1) & M32
    x ^= x >> 15
    x = (x * C2) & M32
    x ^= x >> 16
    return x


def key(seed, stream):
    return mix_int(seed ^ mix_int(stream + GOLDEN))


# ---- numpy (uint32 arithmetic wraps) ---------------------------------------------------------

def _mix_np(x):
    x = x ^ (x >> np.uint32(16))
    x = x * np.uint32(C1)
    x = x ^ (x >> np.uint32(15))
    x = x * np.uint32(C2)
    return x ^ (x >> np.uint32(16))


def _hash_np(idx, k):
    k = np.uint32(k)
    with np.errstate(over="ignore"):
        return _mix_np(_mix_np(idx ^ k) + k)


# ---- torch (uint32 values held in int64; products split into 16-bit halves, no overflow) ------

def _mul32_t(x, c):
    lo = x & 0xFFFF
    hi = x >> 16
    return ((((hi * (c & 0xFFFF) + lo * (c >> 16)) & 0xFFFF) << 16) + lo * (c & 0xFFFF)) & M32


def _mix_t(x):
    x = x ^ (x >> 16)
    x = _mul32_t(x, C1)
    x = x ^ (x >> 15)
    x = _mul32_t(x, C2)
    return x ^ (x >> 16)


def _hash_t(idx, k):
    return _mix_t((_mix_t(idx ^ k) + k) & M32)


CHUNK = {"numpy": 1 << 22, "torch": 1 << 27}


def hash_u32(be, n, seed, stream, start=0):
    """h(start..start+n-1) as the back end's array (numpy uint32; torch int64 holding uint32)."""
    if start + n > (1 << 32):
        raise RequestError("G0102", f"a generated tensor may hold at most 2^32 elements, not {start + n}")
    k = key(seed, stream)
    if be.name == "numpy":
        return _hash_np(np.arange(start, start + n, dtype=np.uint32), k)
    return _hash_t(be.arange(n, "int64") + start, k)


def _unit(be, h):
    """(h >> 8) * 2^-24 as float64: 24 random bits, exactly representable."""
    if be.name == "numpy":
        return (h >> np.uint32(8)).astype(np.float64) * (2.0 ** -24)
    return be.cast(h >> 8, "float64") * (2.0 ** -24)


def _normal(be, n, seed, mean, std, start):
    s = _unit(be, hash_u32(be, n, seed, 0, start))
    for j in (1, 2, 3):
        s = s + _unit(be, hash_u32(be, n, seed, j, start))
    z = (s - 2.0) * SQRT3
    return z * std + mean


def _chunks(be, total):
    step = CHUNK[be.name]
    for i0 in range(0, total, step):
        yield i0, min(step, total - i0)


def _int_chunk(be, t, spec, i0, n):
    dist = spec["dist"]
    seed = spec["seed"]
    if dist == "uniform":
        h = hash_u32(be, n, seed, 0, i0)
        span = t.hi - t.lo + 1
        if be.name == "numpy":
            # floor(h * span / 2^32) in uint32 steps (span <= 2^16): no 64-bit temporaries.
            sp = np.uint32(span)
            with np.errstate(over="ignore"):
                v = ((h >> np.uint32(16)) * sp + (((h & np.uint32(0xFFFF)) * sp) >> np.uint32(16))) >> np.uint32(16)
            return v.astype(np.int32) + np.int32(t.lo)
        return ((h * span) >> 32) + t.lo
    if dist == "extreme":
        h = hash_u32(be, n, seed, 0, i0)
        h64 = be.cast(h, "int64")
        return be.where((h & 1) == 1, be.full_like(h64, t.hi), be.full_like(h64, t.lo))
    if dist == "normal":
        return be.clip(be.rint(_normal(be, n, seed, spec.get("mean", 0.0), spec["std"], i0)), t.lo, t.hi)
    raise RequestError("G0102", f"unknown distribution {dist!r} for an integer tensor", "gen.dist",
                       "use uniform, extreme or normal")


def gen_int(be, shape, t, spec):
    """An integer tensor of IntType t (values in int32) from a generator spec."""
    rows, cols = shape
    out = be.zeros((rows * cols,), "int32")
    for i0, n in _chunks(be, rows * cols):
        out[i0:i0 + n] = be.cast(_int_chunk(be, t, spec, i0, n), "int32")
    return out.reshape(rows, cols)


def gen_float(be, shape, spec):
    """A float32 tensor from a generator spec (normal or uniform, optional outlier columns)."""
    rows, cols = shape
    dist = spec["dist"]
    seed = spec["seed"]
    if dist not in ("normal", "uniform"):
        raise RequestError("G0102", f"unknown distribution {dist!r} for a float tensor", "gen.dist",
                           "use normal or uniform")
    mult = None
    out_spec = spec.get("outliers")
    if out_spec:
        hc = hash_u32(be, cols, seed, OUTLIER_STREAM)
        thresh = int(round(out_spec["fraction"] * (1 << 24)))
        if be.name == "numpy":
            mask = (hc >> np.uint32(8)).astype(np.int64) < thresh
        else:
            mask = (hc >> 8) < thresh
        one = be.full_like(_unit(be, hc), 1.0)
        mult = be.where(mask, be.full_like(one, float(out_spec["scale"])), one)
    out = be.zeros((rows * cols,), "float32")
    for i0, n in _chunks(be, rows * cols):
        if dist == "normal":
            v = _normal(be, n, seed, spec.get("mean", 0.0), spec["std"], i0)
        else:
            lo, hi = spec.get("lo", -1.0), spec.get("hi", 1.0)
            v = _unit(be, hash_u32(be, n, seed, 0, i0)) * (hi - lo) + lo
        if mult is not None:
            v = v * mult[(be.arange(n, "int64") + i0) % cols]
        out[i0:i0 + n] = be.cast(v, "float32")
    return out.reshape(rows, cols)
