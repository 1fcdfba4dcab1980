"""Quantized GEMM schemes as the common kernels define them, with the integer GEMM exact.

Float inputs: activations X [M,K], weights W [K,N] (float32). Every scheme yields
  A, B   the integer operands an integer engine consumes (A [M,K], B [K,N]),
  C      their exact integer GEMM (what `tpe validate` compares a simulated design with),
  Y      the dequantized output (float32), next to a bf16/fp16 reference GEMM and float64.

All float steps are single correctly rounded float32 operations (division by a tensor, never
by a Python scalar) and round half to even, so numpy, PyTorch and the TypeScript reference
(quant/ in the toolkit) produce the same bits for A, B, the scales, C and Y.

  w8a8   per-token int8 activations, per-channel int8 weights, symmetric:
         s = amax|row| / 127, q = clamp(rint(x / s), -127, 127)        (s = 1 where amax = 0)
         Y = f32(C) * sa[m] * sw[n]
  w4a4   the same with 4-bit values (qmax 7), carried in int8
  int6   the same with 6-bit values (qmax 31), carried in int8
  w4a8   QServe-style two levels: weights per-channel int8 in the protective range +-119
         (s1 = amax / 119), then per group of `group` k and column n unsigned 4-bit with an
         integer scale s2 = max(1, ceil((max - min) / 15)) and zero z = clamp(round(-min / s2),
         0, 15) (round half up), q = clamp(round(w8 / s2) + z, lo, hi) with [lo, hi] keeping
         s2 (q - z) inside int8; the engine's B is the int8 s2 (q - z); A per-token int8.
         Y = f32(C) * sa[m] * s1[n]
  w4a16  weights per group of `group` k and column n unsigned 4-bit with scale and zero point in
         the reference type (fp16/bf16): s = rnd((max - min) / 15), z = clamp(rint(-min / s),
         0, 15), q = clamp(rint(w / s) + z, 0, 15); on an integer engine the 16-bit
         activations are int16 per token (qmax 32767). B = q (uint4). Per group g:
         P_g = A_g B_g (exact), r_g = rowsum(A_g); Y = (sum_g f32(P_g - z_g r_g) * s_g) * sa[m],
         summed over g in order; C = sum_g P_g.
"""
from .errors import RequestError
from .intgemm import exact_gemm, prepare
from .inttype import IntType

SCHEMES = {
    # name: (A type, B type) of the integer operands an engine consumes
    "w8a8": (IntType(True, 8), IntType(True, 8)),
    "w4a4": (IntType(True, 4), IntType(True, 4)),
    "int6": (IntType(True, 6), IntType(True, 6)),
    "w4a8": (IntType(True, 8), IntType(True, 8)),
    "w4a16": (IntType(True, 16), IntType(False, 4)),
}
QMAX = {"w8a8": 127, "w4a4": 7, "int6": 31}
W4A8_L1 = 119


def qsym(be, x, axis, qmax):
    """Symmetric quantization along `axis` (1: per row/token, 0: per column/channel)."""
    amax = be.amax(be.abs(x), axis)
    s = amax / be.full_like(amax, float(qmax))
    s = be.where(s == 0, be.full_like(s, 1.0), s)
    sb = s.reshape(-1, 1) if axis == 1 else s.reshape(1, -1)
    q = be.clip(be.rint(x / sb), -qmax, qmax)
    return be.cast(q, "int32"), s


def _groups(be, k, group, where):
    if group < 1 or k % group != 0:
        raise RequestError("G0105", f"K = {k} is not a multiple of the group size {group}", where,
                           "pick K as a multiple of the group size (128 for the model presets)")
    return k // group


def w4a8_weights(be, w, group):
    K, N = w.shape
    G = _groups(be, K, group, "shape.K")
    w8, s1 = qsym(be, w, 0, W4A8_L1)
    g = w8.reshape(G, group, N)
    mx = be.amax(g, 1)
    mn = be.amin(g, 1)
    s2 = be.maximum(-be.floordiv(-(mx - mn), be.full_like(mx, 15)), be.full_like(mx, 1))
    z = be.clip(be.floordiv(2 * (-mn) + s2, 2 * s2), 0, 15)
    s2b = s2.reshape(G, 1, N)
    zb = z.reshape(G, 1, N)
    qv = be.floordiv(2 * g + s2b, 2 * s2b) + zb
    lo = be.maximum(zb - be.floordiv(be.full_like(s2b, 128), s2b), be.full_like(zb, 0))
    hi = be.minimum(zb + be.floordiv(be.full_like(s2b, 127), s2b), be.full_like(zb, 15))
    q4 = be.minimum(be.maximum(qv, lo), hi)
    b = (s2b * (q4 - zb)).reshape(K, N)
    return {"B": be.contiguous(b), "q4": be.contiguous(q4.reshape(K, N)), "s2": s2, "z": z, "s1": s1, "w8": w8}


def w4a16_weights(be, w, group, ref):
    K, N = w.shape
    G = _groups(be, K, group, "shape.K")
    g = w.reshape(G, group, N)
    wmax = be.amax(g, 1)
    wmin = be.amin(g, 1)
    s = be.round_to((wmax - wmin) / be.full_like(wmax, 15.0), ref)
    s = be.where(s == 0, be.full_like(s, 1.0), s)
    z = be.clip(be.rint(-wmin / s), 0.0, 15.0)
    sb = s.reshape(G, 1, N)
    zb = z.reshape(G, 1, N)
    q = be.clip(be.rint(g / sb) + zb, 0.0, 15.0)
    return {"B": be.contiguous(be.cast(q, "int32").reshape(K, N)), "s": s, "z": z}


def _prep_b(be, weights, key, b, rng, method):
    """The weight operand's int8 digits, made once per weight tensor (weights are offline)."""
    if method != "int8":
        return None
    if key not in weights:
        weights[key] = prepare(be, b, "b", rng)
    return weights[key]


def _per_group(be, a, b, G, group, method, weights):
    """P [G, M, N] = A_g B_g for each k group, exact. Few rows (decode): one GEMM of a
    block-diagonal A (G*M rows, group g's columns only in block g), as cheap as one padded
    GEMM; many rows: one GEMM per group."""
    M, K = a.shape
    N = b.shape[1]
    plans = []
    if G * M <= 512:
        bd = be.zeros((G * M, K), "int32")
        for gi in range(G):
            bd[gi * M:(gi + 1) * M, gi * group:(gi + 1) * group] = a[:, gi * group:(gi + 1) * group]
        p, plan = exact_gemm(be, bd, b, method, None, (0, 15), _prep_b(be, weights, "_prep", b, (0, 15), method))
        plans.append(plan)
        return [p[gi * M:(gi + 1) * M] for gi in range(G)], {"perGroup": "block-diagonal", **plan}
    parts = []
    for gi in range(G):
        bg = be.contiguous(b[gi * group:(gi + 1) * group])
        p, plan = exact_gemm(be, be.contiguous(a[:, gi * group:(gi + 1) * group]), bg, method, None, (0, 15),
                             _prep_b(be, weights, f"_prep{gi}", bg, (0, 15), method))
        parts.append(p)
        plans.append(plan)
    return parts, {"perGroup": "one GEMM per group", **plans[0], "int8Gemms": sum(p.get("int8Gemms", 1) for p in plans)}


def run_scheme(be, scheme, x, w, group=128, ref="bfloat16", method="int8", weights=None):
    """Quantize, run the exact integer GEMM, dequantize. Returns a dict of native tensors and
    the GEMM plan. `weights` may carry a previous call's weight quantization (benchmarks)."""
    M, K = x.shape
    N = w.shape[1]
    out = {}
    if scheme in QMAX:
        qmax = QMAX[scheme]
        a, sa = qsym(be, x, 1, qmax)
        if weights is None:
            b, sw = qsym(be, w, 0, qmax)
            weights = {"B": b, "sw": sw}
        c, plan = exact_gemm(be, a, weights["B"], method, (-qmax, qmax), (-qmax, qmax),
                             _prep_b(be, weights, "_prep", weights["B"], (-qmax, qmax), method))
        y = be.cast(c, "float32") * sa.reshape(M, 1) * weights["sw"].reshape(1, N)
        out.update(A=a, sa=sa, sw=weights["sw"])
    elif scheme == "w4a8":
        a, sa = qsym(be, x, 1, 127)
        if weights is None:
            weights = w4a8_weights(be, w, group)
        c, plan = exact_gemm(be, a, weights["B"], method, (-127, 127), (-128, 127),
                             _prep_b(be, weights, "_prep", weights["B"], (-128, 127), method))
        y = be.cast(c, "float32") * sa.reshape(M, 1) * weights["s1"].reshape(1, N)
        out.update(A=a, sa=sa, s1=weights["s1"], s2=weights["s2"], z=weights["z"], q4=weights["q4"])
    elif scheme == "w4a16":
        G = _groups(be, K, group, "shape.K")
        a, sa = qsym(be, x, 1, 32767)
        if weights is None:
            weights = w4a16_weights(be, w, group, ref)
        parts, plan = _per_group(be, a, weights["B"], G, group, method, weights)
        c = None
        acc = None
        # |P_g|, |z_g r_g| <= group x 32767 x 15: int32 while that is under 2^31 (group < 4369).
        it = "int32" if group * 32767 * 15 * 2 <= (1 << 31) - 1 else "int64"
        for gi, p in enumerate(parts):
            p = be.cast(p, it)
            r = be.cast(be.sum64(a[:, gi * group:(gi + 1) * group], 1), it).reshape(M, 1)
            zi = be.cast(weights["z"][gi], it).reshape(1, N)
            t = be.cast(p - zi * r, "float32") * weights["s"][gi].reshape(1, N)
            acc = t if acc is None else acc + t
            c = be.cast(p, "int64") if c is None else c + p
        y = acc * sa.reshape(M, 1)
        out.update(A=a, sa=sa, s=weights["s"], z=weights["z"], P=parts)
    else:
        raise RequestError("G0102", f"unknown scheme {scheme!r}", "scheme", "use w8a8, w4a8, w4a16, w4a4 or int6")
    out.update(B=weights["B"], C=c, Y=y)
    return out, plan, weights
