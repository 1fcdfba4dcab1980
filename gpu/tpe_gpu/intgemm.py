"""Exact integer GEMM for operands of 2..16 bits, signed or unsigned, on int8 tensor cores.

C = A B with A [M,K], B [K,N] integer (values held in int32), exact, as int64 (int32 when one
int8 product covers it). The only GEMM primitive is int8 x int8 -> int32 (the back end's
int8_mm: a Triton kernel or torch._int_mm, B column-major); everything around it is exact
integer bookkeeping:

* digits: an operand whose data lie in int8 goes as it is; one whose range spans at most 256
  values is shifted by an offset c into int8; wider data (up to 16 bits, 65536 values) are
  shifted into [-32896, 32639] and split into two balanced base-256 digits d0 + 256 d1 with
  d0, d1 in [-128, 127]. With A = A'' + cA, B = B'' + cB (A'' = sum_i 256^i Da_i):
      A B = sum_ij 256^(i+j) Da_i Db_j + cB rowsum(A) + cA colsum(B) - cA cB K
  so 16 x 16 bits costs four int8 GEMMs, 16 x 8 two.
* the int32 bound: _int_mm's sums are wrong past 2^31 (DESIGN.md recorded saturation; torch
  2.11 on an H200 wrapped in this package's benchmark), so each product runs over K chunks with
  Kc * max|Da_i| * max|Db_j| < 2^31 (whole K for int8 data up to K = 131064).
* the combination of digit products, chunks and offset corrections runs in int32 when the sum
  of every term's bound stays under 2^31 (then no step can overflow), else in int64.
* _int_mm's shape contract: M > 16, K and N multiples of 8: zero padding, exact (done for the
  Triton kernel too, which needs none, so the plan is the same whichever primitive runs).

The float64 method (`method: float64`) runs one float64 matmul instead; it is exact while
K * max|a| * max|b| <= 2^53 and refused beyond that.
"""
from .errors import RequestError

INT32_MAX = (1 << 31) - 1
F64_EXACT = 1 << 53


def _ceil8(x):
    return (x + 7) // 8 * 8


def digit_plan(lo, hi):
    """(offset, number of int8 digits) for data in [lo, hi] (hi - lo < 65536)."""
    if lo >= -128 and hi <= 127:
        return 0, 1
    if hi - lo <= 255:
        return lo + 128, 1
    if lo >= -32896 and hi <= 32639:
        return 0, 2
    return lo + 32896, 2


def digit_bounds(lo, hi):
    """max |digit| of each digit for data in [lo, hi] (what the K chunks are sized by): no
    reduction over the data, so no device synchronisation."""
    offset, nd = digit_plan(lo, hi)
    a, b = lo - offset, hi - offset
    if nd == 1:
        return [max(abs(a), abs(b))]
    # d0 in [-128, 127]; d1 = (v - d0) / 256 with v in [a, b].
    return [128, max(abs(-((-(a - 127)) // 256)), abs((b + 128) // 256))]


class Prepared:
    """One operand as padded int8 digit tensors: A [Mp, Kp]; B in the back end's layout
    (torch: [Np, Kp], column-major for _int_mm; numpy: [Kp, Np])."""

    def __init__(self, digits, maxabs, offset, original, lo, hi):
        self.digits = digits
        self.maxabs = maxabs
        self.offset = offset
        self.original = original
        self.lo = lo
        self.hi = hi


def _split(be, x, lo, hi):
    offset, nd = digit_plan(lo, hi)
    v = x - offset if offset else x
    if nd == 1:
        return offset, [v]
    d0 = ((v + 128) & 255) - 128
    d1 = (v - d0) >> 8
    return offset, [d0, d1]


def _range(be, x):
    return int(be.amin(x)), int(be.amax(x))


def prepare(be, x, side, data_range=None):
    """side 'a': x is A [M,K]; side 'b': x is B [K,N]."""
    lo, hi = data_range if data_range is not None else _range(be, x)
    offset, ds = _split(be, x, lo, hi)
    if side == "a":
        rows, k = x.shape
        rows_p = max(rows, 17)
    else:
        k, rows = x.shape
        rows_p = _ceil8(rows)
    kp = _ceil8(k)
    digits = []
    maxabs = digit_bounds(lo, hi)
    for d in ds:
        d8 = be.cast(d, "int8")
        digits.append(be.pad2(d8, rows_p, kp) if side == "a" else be.b_layout(d8, rows_p, kp))
    return Prepared(digits, maxabs, offset, x, lo, hi)


def k_chunk(kp, ma, mb):
    """Largest multiple of 8 with Kc * ma * mb < 2^31 (at most Kp)."""
    if ma * mb == 0:
        return kp
    kc = INT32_MAX // (ma * mb) // 8 * 8
    return max(8, min(kp, kc))


def mm_prepared(be, pa, pb, M, N, K):
    """C = A B from prepared operands; returns (C, plan)."""
    kp = pa.digits[0].shape[1]
    c = None
    terms = 0
    chunks_used = 1
    single = len(pa.digits) == 1 and len(pb.digits) == 1 and pa.offset == 0 and pb.offset == 0
    ca, cb = pa.offset, pb.offset
    bound = sum((1 << (8 * (i + j))) * K * ma * mb for i, ma in enumerate(pa.maxabs) for j, mb in enumerate(pb.maxabs))
    bound += abs(cb) * K * max(abs(pa.lo), abs(pa.hi)) + abs(ca) * K * max(abs(pb.lo), abs(pb.hi)) + abs(ca * cb) * K
    acc = "int32" if bound <= INT32_MAX else "int64"
    for i, da in enumerate(pa.digits):
        for j, db in enumerate(pb.digits):
            kc = k_chunk(kp, pa.maxabs[i], pb.maxabs[j])
            starts = list(range(0, kp, kc))
            chunks_used = max(chunks_used, len(starts))
            w = 1 << (8 * (i + j))
            for k0 in starts:
                k1 = min(kp, k0 + kc)
                if len(starts) == 1:
                    part = be.int8_mm(da, db)
                else:
                    part = be.int8_mm(be.contiguous(da[:, k0:k1]), be.b_kslice(db, k0, k1))
                terms += 1
                if single and len(starts) == 1:
                    c = part
                else:
                    p = be.cast(part, acc)
                    if w != 1:
                        p = p * w
                    c = p if c is None else c + p
    c = c[:M, :N]
    if cb:
        c = c + be.cast(be.sum64(pa.original, 1), acc).reshape(M, 1) * cb
    if ca:
        c = c + be.cast(be.sum64(pb.original, 0), acc).reshape(1, N) * ca
    if ca and cb:
        c = c - ca * cb * K
    plan = {
        "method": "int8",
        "digitsA": len(pa.digits), "digitsB": len(pb.digits),
        "offsetA": ca, "offsetB": cb,
        "kChunks": chunks_used, "int8Gemms": terms, "accumulate": "int32" if single else acc,
        "padded": {"M": pa.digits[0].shape[0], "N": be.b_cols(pb.digits[0]), "K": kp},
    }
    return c, plan


def exact_gemm(be, a, b, method="int8", range_a=None, range_b=None, prepared_b=None):
    """Exact C = A B (int32 or int64) and a description of how it was computed. `prepared_b`
    (from prepare(be, b, "b")) skips re-splitting a weight operand used again."""
    M, K = a.shape
    N = b.shape[1]
    if method == "float64":
        la, ha = range_a if range_a is not None else _range(be, a)
        lb, hb = range_b if range_b is not None else _range(be, b)
        bound = K * max(abs(la), abs(ha)) * max(abs(lb), abs(hb))
        if bound > F64_EXACT:
            raise RequestError("G0107", f"K x max|a| x max|b| = {bound} exceeds 2^53: float64 would round", "method",
                               "use method int8 (exact for every size)")
        c = be.cast(be.rint(be.f64_mm(a, b)), "int64")
        return c, {"method": "float64", "bound": bound}
    pa = prepare(be, a, "a", range_a)
    pb = prepared_b if prepared_b is not None else prepare(be, b, "b", range_b)
    return mm_prepared(be, pa, pb, M, N, K)
