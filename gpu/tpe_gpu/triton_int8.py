"""The int8 x int8 -> int32 GEMM primitive as a Triton kernel (the torch back end's default on a
CUDA GPU; `torch._int_mm` stays as the alternative, see backend.py for the selection).

C [M,N] = A [M,K] B [K,N], A int8 row-major, B held as N x K (column-major, the layout the
back end keeps for `_int_mm` too), C int32. Exact for every M, N, K >= 1:
* rows and columns past M and N are read from a wrapped index (row i % M), so the loads need no
  mask, and never stored (the store is masked);
* a K tail (K not a multiple of the tile's BK) is loaded with a mask and zeros in place of the
  missing elements: zero products add nothing, so the sum is the exact one;
* the accumulator is int32 (`tl.dot(..., out_dtype=int32)`, the tensor cores' integer MMA). The
  caller (intgemm.mm_prepared) keeps every call under the same bound as for `_int_mm`:
  K x max|a| x max|b| < 2^31, so no partial sum, in any order, can leave int32.
* offsets are computed in int64 when any operand or C has 2^31 elements or more.

Tile 128 x 256 x 128, 3 stages, 8 warps (1046 / 1074 TOPS at 4096^3 / 8192^3 on an H200 in
probe.py, against 859 / 900 for `_int_mm`); 64 x 128 x 128, 4 stages, 4 warps for M <= 64
(decode-like GEMMs, where the larger tile would mostly multiply padding)."""

_STATE = {"kernel": None, "error": None, "version": None, "tried": False}

BIG = {"BM": 128, "BN": 256, "BK": 128, "stages": 3, "warps": 8}
SMALL_M = {"BM": 64, "BN": 128, "BK": 128, "stages": 4, "warps": 4}


def config(M, N, K):
    """The tile for a GEMM of this shape (a pure function of the shape: deterministic)."""
    return SMALL_M if M <= 64 else BIG


def load():
    """The compiled-on-demand kernel, or None (then error() says why). Importing Triton is
    tried once per process."""
    if _STATE["tried"]:
        return _STATE["kernel"]
    _STATE["tried"] = True
    try:
        import triton
        import triton.language as tl
    except Exception as e:  # noqa: BLE001 - any import failure means: not available
        _STATE["error"] = f"{type(e).__name__}: {e}"
        return None
    _STATE["version"] = getattr(triton, "__version__", "?")

    @triton.jit
    def kernel(a_ptr, b_ptr, c_ptr, M, N, K, sam, sak, sbn, sbk, scm, scn,
               BM: tl.constexpr, BN: tl.constexpr, BK: tl.constexpr, GROUP: tl.constexpr,
               EVEN_K: tl.constexpr, I64: tl.constexpr):
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
        cm = pm * BM + tl.arange(0, BM)
        cn = pn * BN + tl.arange(0, BN)
        if I64:
            rm = rm.to(tl.int64)
            rn = rn.to(tl.int64)
            cm = cm.to(tl.int64)
            cn = cn.to(tl.int64)
        rk = tl.arange(0, BK)
        a = a_ptr + rm[:, None] * sam + rk[None, :] * sak
        b = b_ptr + rk[:, None] * sbk + rn[None, :] * sbn
        acc = tl.zeros((BM, BN), dtype=tl.int32)
        for kt in range(0, tl.cdiv(K, BK)):
            if EVEN_K:
                x = tl.load(a)
                y = tl.load(b)
            else:
                left = K - kt * BK
                x = tl.load(a, mask=rk[None, :] < left, other=0)
                y = tl.load(b, mask=rk[:, None] < left, other=0)
            acc = tl.dot(x, y, acc, out_dtype=tl.int32)
            a += BK * sak
            b += BK * sbk
        tl.store(c_ptr + cm[:, None] * scm + cn[None, :] * scn, acc, mask=(cm[:, None] < M) & (cn[None, :] < N))

    def run(a, b_nk, out=None, cfg=None):
        import torch
        M, K = a.shape
        N, K2 = b_nk.shape
        assert a.dtype == torch.int8 and b_nk.dtype == torch.int8 and K == K2, (a.dtype, b_nk.dtype, a.shape, b_nk.shape)
        assert a.is_cuda and b_nk.is_cuda and a.device == b_nk.device
        c = out if out is not None else torch.empty((M, N), dtype=torch.int32, device=a.device)
        if M == 0 or N == 0:
            return c
        if K == 0:
            return c.zero_()
        cfg = cfg or config(M, N, K)
        big = max(M * K, N * K, M * N, a.stride(0) * M, b_nk.stride(0) * N, c.stride(0) * M) >= (1 << 31)
        grid = (triton.cdiv(M, cfg["BM"]) * triton.cdiv(N, cfg["BN"]),)
        # Launched on the current device's current stream (the back end's tensors live there).
        kernel[grid](a, b_nk, c, M, N, K, a.stride(0), a.stride(1), b_nk.stride(0), b_nk.stride(1), c.stride(0), c.stride(1),
                     BM=cfg["BM"], BN=cfg["BN"], BK=cfg["BK"], GROUP=8, EVEN_K=(K % cfg["BK"] == 0), I64=big,
                     num_stages=cfg["stages"], num_warps=cfg["warps"])
        return c

    _STATE["kernel"] = run
    return run


def error():
    return _STATE["error"]


def version():
    return _STATE["version"]
