"""Array back ends: numpy (CPU, CI) and PyTorch (CUDA where present). The algorithms in
intgemm.py, quant.py and digits.py are written once against this small interface, so both back
ends run the same steps and the torch result can be checked against numpy bit for bit.

Only IEEE-exact steps are used on floats (one correctly rounded +, -, *, / per kernel, RNE
rounding, casts): no fused kernels, no division by a Python scalar (PyTorch turns that into a
multiplication by the reciprocal), so float32 quantization gives the same bits everywhere."""
import os

import numpy as np

from .errors import EXIT_TOOL, RequestError

# The torch back end's int8 x int8 -> int32 primitive: `triton` (triton_int8.py), `intmm`
# (torch._int_mm) or `auto` (Triton when it imports and the device is a CUDA GPU of compute
# capability 8.0 or more, else _int_mm). Chosen by --int8 on the command line, else the request's
# "int8" field, else the environment variable TPE_GPU_INT8, else auto.
INT8_CHOICES = ("auto", "triton", "intmm")
INT8_ENV = "TPE_GPU_INT8"


class NumpyBackend:
    name = "numpy"

    def __init__(self):
        self.np = np

    def describe(self):
        return {"backend": "numpy", "device": "cpu", "numpy": np.__version__}

    def from_numpy(self, a):
        return a

    def to_numpy(self, x):
        return np.asarray(x)

    def sync(self):
        pass

    def dtype(self, name):
        if name == "bfloat16":
            raise ValueError("numpy has no bfloat16: use round_to()")
        return np.dtype(name)

    def cast(self, x, name):
        return x.astype(self.dtype(name), copy=False)

    def zeros(self, shape, name):
        return np.zeros(shape, dtype=self.dtype(name))

    def full_like(self, x, value):
        return np.full_like(x, value)

    def arange(self, n, name="int64"):
        return np.arange(n, dtype=self.dtype(name))

    def contiguous(self, x):
        return np.ascontiguousarray(x)

    def t(self, x):
        return np.ascontiguousarray(x.T)

    def abs(self, x):
        return np.abs(x)

    def amax(self, x, axis=None):
        return x.max(axis=axis)

    def amin(self, x, axis=None):
        return x.min(axis=axis)

    def sum64(self, x, axis=None):
        return x.sum(axis=axis, dtype=np.int64)

    def clip(self, x, lo, hi):
        return np.clip(x, lo, hi)

    def rint(self, x):
        return np.rint(x)

    def where(self, c, a, b):
        return np.where(c, a, b)

    def maximum(self, a, b):
        return np.maximum(a, b)

    def minimum(self, a, b):
        return np.minimum(a, b)

    def floordiv(self, a, b):
        return np.floor_divide(a, b)

    def pad2(self, x, rows, cols):
        if x.shape == (rows, cols):
            return x
        out = np.zeros((rows, cols), dtype=x.dtype)
        out[: x.shape[0], : x.shape[1]] = x
        return out

    def bincount(self, x, minlength):
        return np.bincount(x.reshape(-1).astype(np.int64), minlength=minlength)

    def index(self, table, idx):
        return table[idx]

    # B operands of int8_mm stay K x N here (numpy needs no column-major copy).
    def b_layout(self, b_kn, n_pad, k_pad):
        return self.pad2(np.ascontiguousarray(b_kn), k_pad, n_pad)

    def b_kslice(self, b, k0, k1):
        return b[k0:k1]

    def b_cols(self, b):
        return b.shape[1]

    def int8_mm(self, a, b):
        """int8 [M,K] x int8 [K,N] -> int32, with torch._int_mm's contract: M > 16, K and N
        multiples of 8, and its overflow: sums past int32 wrap (seen with torch 2.11 on an H200;
        the planner keeps every sum inside, so a planner bug shows here as on the GPU)."""
        M, K = a.shape
        N = b.shape[1]
        assert a.dtype == np.int8 and b.dtype == np.int8 and b.shape[0] == K
        assert M > 16 and K % 8 == 0 and N % 8 == 0, (M, K, N)
        # float64 holds every sum exactly (|sum| <= K * 2^14 << 2^53); column blocks bound memory.
        out = np.empty((M, N), dtype=np.int32)
        a64 = a.astype(np.float64)
        step = max(8, (1 << 24) // max(1, K))
        for n0 in range(0, N, step):
            c = a64 @ b[:, n0:n0 + step].astype(np.float64)
            out[:, n0:n0 + step] = (c.astype(np.int64) & 0xFFFFFFFF).astype(np.uint32).view(np.int32)
        return out

    def f64_mm(self, a, b):
        return a.astype(np.float64) @ b.astype(np.float64)

    def round_to(self, x32, name):
        """float32 values rounded (RNE) to float16 or bfloat16, returned as float32."""
        x32 = np.ascontiguousarray(x32, dtype=np.float32)
        if name == "float16":
            return x32.astype(np.float16).astype(np.float32)
        u = x32.view(np.uint32)
        r = (u + np.uint32(0x7FFF) + ((u >> np.uint32(16)) & np.uint32(1))) & np.uint32(0xFFFF0000)
        return r.view(np.float32)

    def lowp_mm(self, a32, b32, name):
        """The bf16/fp16 reference GEMM: operands rounded to the type, products exact and summed
        in float64, the result rounded to the type (an ideal low-precision GEMM)."""
        c = self.round_to(a32, name).astype(np.float64) @ self.round_to(b32, name).astype(np.float64)
        return self.round_to(c.astype(np.float32), name)


def int8_choice(value, where="int8"):
    """The int8 primitive asked for: value (CLI flag or request field), else $TPE_GPU_INT8,
    else auto; checked."""
    if value is None:
        value = os.environ.get(INT8_ENV) or "auto"
        where = INT8_ENV
    if value not in INT8_CHOICES:
        raise RequestError("G0102", f"unknown int8 primitive {value!r}", where, f"use {', '.join(INT8_CHOICES)}")
    return value


class TorchBackend:
    name = "torch"

    def __init__(self, device=None, int8=None):
        try:
            import torch
        except ImportError:
            raise RequestError("G0002", "PyTorch is not installed for this Python", None,
                               "install torch, or use the numpy back end (--backend numpy / tpe validate --ref numpy)",
                               EXIT_TOOL)
        self.torch = torch
        self.dev = torch.device(device or ("cuda" if torch.cuda.is_available() else "cpu"))
        # Exactness: no TF32 anywhere (float32 matmuls are not used for integers, but be explicit).
        torch.backends.cuda.matmul.allow_tf32 = False
        torch.backends.cudnn.allow_tf32 = False
        self._dt = {
            "int8": torch.int8, "uint8": torch.uint8, "int16": torch.int16, "int32": torch.int32,
            "int64": torch.int64, "float16": torch.float16, "bfloat16": torch.bfloat16,
            "float32": torch.float32, "float64": torch.float64, "bool": torch.bool,
        }
        self.int8_asked = int8_choice(int8)
        self.int8_note = None
        self._tri = None
        if self.int8_asked != "intmm":
            from . import triton_int8
            why = None
            if self.dev.type != "cuda":
                why = f"the device is {self.dev.type}, not a CUDA GPU"
            elif torch.cuda.get_device_capability(self.dev) < (8, 0):
                why = f"compute capability {torch.cuda.get_device_capability(self.dev)} is below 8.0"
            elif triton_int8.load() is None:
                why = f"Triton does not import ({triton_int8.error()})"
            else:
                self._tri = triton_int8.load()
                self._tri_version = triton_int8.version()
            if why is not None:
                if self.int8_asked == "triton":
                    raise RequestError("G0002", f"the Triton int8 GEMM cannot run: {why}", "int8",
                                       "use int8 intmm (torch._int_mm) or auto", EXIT_TOOL)
                self.int8_note = f"Triton not used: {why}"
        self.int8 = "triton" if self._tri is not None else "intmm"

    def describe(self):
        t = self.torch
        out = {"backend": "torch", "device": str(self.dev), "torch": t.__version__, "numpy": np.__version__, "int8": self.int8}
        if self.int8 == "triton":
            out["triton"] = self._tri_version
        if self.int8_note:
            out["int8Note"] = self.int8_note
        if self.dev.type == "cuda":
            out["gpu"] = t.cuda.get_device_name(self.dev)
        return out

    def from_numpy(self, a):
        return self.torch.from_numpy(np.ascontiguousarray(a)).to(self.dev)

    def to_numpy(self, x):
        if x.dtype == self.torch.bfloat16:
            x = x.float()
        return x.cpu().numpy()

    def sync(self):
        if self.dev.type == "cuda":
            self.torch.cuda.synchronize(self.dev)

    def dtype(self, name):
        return self._dt[name]

    def cast(self, x, name):
        return x.to(self._dt[name])

    def zeros(self, shape, name):
        return self.torch.zeros(shape, dtype=self._dt[name], device=self.dev)

    def full_like(self, x, value):
        return self.torch.full_like(x, value)

    def arange(self, n, name="int64"):
        return self.torch.arange(n, dtype=self._dt[name], device=self.dev)

    def contiguous(self, x):
        return x.contiguous()

    def t(self, x):
        return x.t().contiguous()

    def abs(self, x):
        return x.abs()

    def amax(self, x, axis=None):
        return x.amax() if axis is None else x.amax(dim=axis)

    def amin(self, x, axis=None):
        return x.amin() if axis is None else x.amin(dim=axis)

    def sum64(self, x, axis=None):
        return x.sum(dtype=self.torch.int64) if axis is None else x.sum(dim=axis, dtype=self.torch.int64)

    def clip(self, x, lo, hi):
        return self.torch.clamp(x, lo, hi)

    def rint(self, x):
        return self.torch.round(x)  # half to even, like numpy.rint

    def where(self, c, a, b):
        return self.torch.where(c, a, b)

    def maximum(self, a, b):
        return self.torch.maximum(a, b)

    def minimum(self, a, b):
        return self.torch.minimum(a, b)

    def floordiv(self, a, b):
        return self.torch.div(a, b, rounding_mode="floor")

    def pad2(self, x, rows, cols):
        if tuple(x.shape) == (rows, cols):
            return x
        out = self.torch.zeros((rows, cols), dtype=x.dtype, device=x.device)
        out[: x.shape[0], : x.shape[1]] = x
        return out

    def bincount(self, x, minlength):
        return self.torch.bincount(x.reshape(-1).to(self.torch.int64), minlength=minlength)

    def index(self, table, idx):
        return table[idx]

    # B operands of int8_mm are held as N x K contiguous: B column-major for _int_mm.
    def b_layout(self, b_kn, n_pad, k_pad):
        return self.pad2(b_kn.t().contiguous(), n_pad, k_pad)

    def b_kslice(self, b, k0, k1):
        return b[:, k0:k1].contiguous()

    def b_cols(self, b):
        return b.shape[0]

    def int8_mm(self, a, b_nk):
        """int8 [M,K] x int8 [K,N] (held N x K) -> int32: the Triton kernel (triton_int8.py)
        or torch._int_mm with B column-major (about 7x faster than row-major on an H200). The
        planner pads to _int_mm's contract (M > 16, K and N multiples of 8) for both, so the
        plan, and what numpy checks, is the same whichever runs; the Triton kernel itself is
        exact for any shape."""
        M, K = a.shape
        N = b_nk.shape[0]
        assert M > 16 and K % 8 == 0 and N % 8 == 0, (M, K, N)
        if self._tri is not None:
            try:
                return self._tri(a, b_nk)
            except Exception as e:  # noqa: BLE001 - auto falls back; an explicit choice fails
                if self.int8_asked == "triton":
                    raise
                self._tri = None
                self.int8 = "intmm"
                self.int8_note = f"Triton failed, _int_mm used: {type(e).__name__}: {str(e)[:200]}"
        return self.torch._int_mm(a, b_nk.t())

    def f64_mm(self, a, b):
        return self.torch.matmul(a.to(self.torch.float64), b.to(self.torch.float64))

    def round_to(self, x32, name):
        return x32.to(self._dt[name]).to(self.torch.float32)

    def lowp_mm(self, a32, b32, name):
        """The GPU's own bf16/fp16 GEMM (cuBLAS, fp32 accumulation), result in that type."""
        dt = self._dt[name]
        return self.torch.matmul(a32.to(dt), b32.to(dt)).to(self.torch.float32)


def make_backend(name, int8=None):
    """int8: the torch back end's int8 primitive (see INT8_CHOICES); checked on numpy too, where
    it has no effect (numpy's primitive is its exact _int_mm stand-in)."""
    if name in ("numpy", None):
        int8_choice(int8)
        return NumpyBackend()
    if name == "torch":
        return TorchBackend(int8=int8)
    if name == "auto":
        try:
            import torch  # noqa: F401
        except ImportError:
            int8_choice(int8)
            return NumpyBackend()
        return TorchBackend(int8=int8)
    raise RequestError("G0102", f"unknown backend {name!r}", "backend", "use numpy, torch or auto")
