"""python3 -m tpe_gpu run request.json [--backend numpy|torch|auto] [--result file.json]
python3 -m tpe_gpu info
python3 -m tpe_gpu bench [...]    (GPU throughput figures; see bench.py)
python3 -m tpe_gpu probe [...]    (int8 GEMM throughput measured several ways; see probe.py)
python3 -m tpe_gpu equal [...]    (torch == numpy bit for bit on a suite of requests)"""
import sys


def _fail_numpy():
    sys.stderr.write("tpe_gpu: error G0001: numpy is not installed for this Python\n"
                     "  hint: apt-get install python3-numpy (Debian/Ubuntu) or pip install numpy\n")
    sys.stdout.write('{"version": 1, "ok": false, "error": {"code": "G0001", "message": "numpy is not installed for this Python"}}\n')
    sys.exit(3)


def main(argv=None):
    try:
        import numpy  # noqa: F401
    except ImportError:
        _fail_numpy()
    from .cli import main as cli_main
    sys.exit(cli_main(sys.argv[1:] if argv is None else argv))


if __name__ == "__main__":
    main()
