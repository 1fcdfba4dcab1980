"""Digit statistics of integer tensors as the zero-skip engines consume them.

The encoders are the toolkit's (simulator/arith/encode.ts), value for value:
  binary  one digit per bit of the two's complement, the top one negative when signed;
  booth4  radix-4 modified Booth from overlapping 3-bit windows, digits -2..2;
  ent     EN-T: sign-magnitude, radix-4 groups with an upward carry (digits -1..2 of the
          magnitude), then the sign applied.
For X [rows, K] (the encoded operand with k along axis 1) the statistics are
  valueHist[c]            values with c nonzero digits (c = 0..d)
  positionNonzero[p]      values whose digit p is nonzero
  groupPositionHist[p][c] groups of `group` consecutive k (per row) in which c values have a
                          nonzero digit p (the last group of a row may be shorter)
  groupCyclesHist[L]      groups whose zero-skip issue takes L = sum_p max(1, c_p) cycles
                          (one lane per group, as simulator/fast/cycles.ts counts them)
"""
import numpy as np

from .errors import RequestError

SCHEMES = ("binary", "booth4", "ent")


def digit_count(t, scheme):
    if scheme == "binary":
        return t.bits
    return (t.bits + 1) // 2 if t.signed else (t.bits + 2) // 2


def encode(v, t, scheme):
    n = digit_count(t, scheme)
    d = [0] * n
    if scheme == "binary":
        for j in range(n):
            d[j] = (v >> j) & 1
        if t.signed:
            d[n - 1] = -d[n - 1]
    elif scheme == "booth4":
        prev = 0
        for j in range(n):
            b0 = (v >> (2 * j)) & 1
            b1 = (v >> (2 * j + 1)) & 1
            d[j] = -2 * b1 + b0 + prev
            prev = b1
    elif scheme == "ent":
        sign = -1 if v < 0 else 1
        mag = abs(v)
        carry = 0
        for j in range(n):
            g = (mag & 3) + carry
            mag >>= 2
            if g >= 3:
                d[j] = g - 4
                carry = 1
            else:
                d[j] = g
                carry = 0
        assert carry == 0 and mag == 0, v
        d = [sign * x for x in d]
    else:
        raise RequestError("G0102", f"unknown digit encoding {scheme!r}", "scheme", "use binary, booth4 or ent")
    return d


def digit_table(t, scheme):
    """int8 [values, d]: the digits of value lo + i at row i."""
    n = digit_count(t, scheme)
    tab = np.zeros((t.hi - t.lo + 1, n), dtype=np.int8)
    for i, v in enumerate(range(t.lo, t.hi + 1)):
        tab[i] = encode(v, t, scheme)
    return tab


def digit_stats(be, x, t, scheme, group=4, row_block=None):
    """Statistics of x [rows, K] (int32 values of type t). Rows are processed in blocks so the
    [rows, K, d] digit tensor stays small."""
    rows, K = x.shape
    tab_np = digit_table(t, scheme)
    d = tab_np.shape[1]
    nz_tab = be.from_numpy((tab_np != 0).astype(np.int32))
    G = (K + group - 1) // group
    kp = G * group
    value_hist = np.zeros(d + 1, dtype=np.int64)
    pos = np.zeros(d, dtype=np.int64)
    gpos = np.zeros((d, group + 1), dtype=np.int64)
    gcyc = np.zeros(d * group + 1, dtype=np.int64)
    row_block = row_block or max(1, (1 << 24) // max(1, K * d))
    for r0 in range(0, rows, row_block):
        xb = x[r0:r0 + row_block]
        rb = xb.shape[0]
        idx = be.cast(xb - t.lo, "int64")
        nz = be.index(nz_tab, idx)  # [rb, K, d] 0/1
        value_hist += be.to_numpy(be.bincount(be.sum64(nz, 2), d + 1))
        pos += be.to_numpy(be.sum64(nz, (0, 1)))
        if kp != K:
            pad = be.zeros((rb, kp - K, d), "int32")
            nz = _cat(be, nz, pad)
        cnt = be.sum64(nz.reshape(rb, G, group, d), 2)  # [rb, G, d]
        for p in range(d):
            gpos[p] += be.to_numpy(be.bincount(cnt[:, :, p], group + 1))
        cyc = be.sum64(be.maximum(cnt, be.full_like(cnt, 1)), 2)  # [rb, G]
        gcyc += be.to_numpy(be.bincount(cyc, d * group + 1))
    total = rows * K
    return {
        "scheme": scheme, "type": t.name, "digits": d, "group": group, "values": total, "groups": rows * G,
        "valueHist": value_hist.tolist(), "positionNonzero": pos.tolist(),
        "meanNonzero": float((value_hist * np.arange(d + 1)).sum() / total) if total else 0.0,
        "groupPositionHist": gpos.tolist(),
        "groupCyclesHist": gcyc.tolist(),
        "meanGroupCycles": float((gcyc * np.arange(d * group + 1)).sum() / (rows * G)) if rows * G else 0.0,
    }


def _cat(be, a, b):
    if be.name == "numpy":
        return np.concatenate([a, b], axis=1)
    return be.torch.cat([a, b], dim=1)
