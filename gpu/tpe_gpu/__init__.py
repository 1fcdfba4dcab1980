"""tpe_gpu: the GPU (PyTorch) and CPU (numpy) reference of TPE Toolkit.

`python3 -m tpe_gpu run request.json` runs one request (an exact integer GEMM, a quantized
GEMM scheme, or digit statistics) and prints the result as JSON; arrays go in and out as
.npy files. See gpu/README.md for the request format."""
__version__ = "0.1.0"
