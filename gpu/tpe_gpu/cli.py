"""Command line of tpe_gpu (see __main__.py for the synopsis)."""
import argparse
import json
import os
import sys

from .errors import EXIT_TOOL, EXIT_USAGE, RequestError


class _Parser(argparse.ArgumentParser):
    def error(self, message):
        self.print_usage(sys.stderr)
        sys.stderr.write(f"tpe_gpu: error: {message}\n")
        sys.exit(EXIT_USAGE)


def _emit(obj, result_path):
    text = json.dumps(obj, indent=1, sort_keys=True) + "\n"
    if result_path:
        with open(result_path, "w", encoding="utf-8") as f:
            f.write(text)
    sys.stdout.write(text)


def main(argv):
    p = _Parser(prog="python3 -m tpe_gpu", description="TPE Toolkit reference on PyTorch (GPU) or numpy (CPU)")
    sub = p.add_subparsers(dest="cmd")
    r = sub.add_parser("run", help="run one request .json")
    r.add_argument("request")
    r.add_argument("--backend", choices=["auto", "numpy", "torch"], default=None)
    r.add_argument("--int8", choices=["auto", "triton", "intmm"], default=None,
                   help="torch's int8 GEMM primitive (default: the request's 'int8', else $TPE_GPU_INT8, else auto)")
    r.add_argument("--result", default=None, help="also write the result JSON here")
    sub.add_parser("info", help="back ends and devices available")
    b = sub.add_parser("bench", help="throughput figures (GPU)")
    b.add_argument("--quick", action="store_true")
    b.add_argument("--out", default=None)
    b.add_argument("--int8", choices=["auto", "triton", "intmm"], default=None,
                   help="the primitive of the exact and quantized paths (the raw figures time both)")
    ck = sub.add_parser("int8check", help="Triton == _int_mm == exact int64, raw and through the exact GEMM plan (GPU)")
    ck.add_argument("--out", default=None)
    pr = sub.add_parser("probe", help="int8 GEMM throughput measured several ways (GPU)")
    pr.add_argument("--out", default=None)
    pr.add_argument("--no-triton", action="store_true")
    e = sub.add_parser("equal", help="torch == numpy bit for bit on a suite of requests")
    e.add_argument("--dir", default=None)
    e.add_argument("--quick", action="store_true")
    e.add_argument("--second", default="torch", help="the back end compared with numpy (numpy: a dry run)")
    e.add_argument("--only", default=None, help="only requests whose name contains this")
    e.add_argument("--int8", choices=["auto", "triton", "intmm"], default=None, help="torch's int8 GEMM primitive")
    a = p.parse_args(argv)
    if a.cmd is None:
        p.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        if a.cmd == "info":
            return _info()
        if a.cmd == "bench":
            from .bench import main as bench_main
            return bench_main(quick=a.quick, out=a.out, int8=a.int8)
        if a.cmd == "int8check":
            from .int8check import main as check_main
            return check_main(out=a.out)
        if a.cmd == "probe":
            from .probe import main as probe_main
            return probe_main(out=a.out, triton=not a.no_triton)
        if a.cmd == "equal":
            from .equal import main as equal_main
            return equal_main(a.dir, quick=a.quick, second=a.second, only=a.only, int8=a.int8)
        from .request import load_request
        from .run import run_request
        req = load_request(a.request)
        res = run_request(req, os.path.dirname(os.path.abspath(a.request)), a.backend, a.int8)
        _emit(res, a.result)
        return 0 if res.get("ok") else 1
    except RequestError as err:
        sys.stderr.write(err.render())
        _emit({"version": 1, "ok": False, "error": err.to_json()}, getattr(a, "result", None))
        return err.exit_code
    except Exception as exc:  # a bug or a broken installation, not bad input: no traceback
        if os.environ.get("TPE_GPU_DEBUG"):
            raise
        msg = f"internal error: {type(exc).__name__}: {exc}"
        sys.stderr.write(f"tpe_gpu: {msg}\n  hint: rerun with TPE_GPU_DEBUG=1 for the traceback and report it with the request\n")
        _emit({"version": 1, "ok": False, "error": {"code": "G0900", "message": msg}}, getattr(a, "result", None))
        return EXIT_TOOL


def _info():
    import numpy as np
    info = {"numpy": np.__version__}
    try:
        import torch
        info["torch"] = torch.__version__
        info["cuda"] = torch.cuda.is_available()
        if torch.cuda.is_available():
            info["gpu"] = torch.cuda.get_device_name(0)
    except ImportError:
        info["torch"] = None
    if info["torch"] is not None:
        from . import triton_int8
        info["triton"] = triton_int8.version() if triton_int8.load() is not None else None
    sys.stdout.write(json.dumps(info, sort_keys=True) + "\n")
    return 0
