"""Errors of the request runner: stable codes, a message, a hint; never a traceback for bad input."""

# Exit codes shared with the `tpe` command: 1 bad input / failed check, 2 usage, 3 tool missing.
EXIT_INPUT = 1
EXIT_USAGE = 2
EXIT_TOOL = 3

CODES = {
    "G0001": "numpy is not installed",
    "G0002": "PyTorch is not installed",
    "G0101": "malformed request",
    "G0102": "bad request field",
    "G0103": "missing file",
    "G0104": "wrong dtype",
    "G0105": "shape mismatch",
    "G0106": "value out of the declared range",
    "G0107": "beyond the exact float64 bound",
    "G0108": "non-finite value",
    "G0900": "internal error",
}


class RequestError(Exception):
    """A problem with the request or its data; `where` is a JSON path or a file name."""

    def __init__(self, code, message, where=None, hint=None, exit_code=EXIT_INPUT):
        super().__init__(message)
        self.code = code
        self.message = message
        self.where = where
        self.hint = hint
        self.exit_code = exit_code

    def to_json(self):
        out = {"code": self.code, "message": self.message}
        if self.where is not None:
            out["where"] = self.where
        if self.hint is not None:
            out["hint"] = self.hint
        return out

    def render(self, prefix="tpe_gpu"):
        where = f"{self.where}: " if self.where else ""
        text = f"{prefix}: error {self.code}: {where}{self.message}\n"
        if self.hint:
            text += f"  hint: {self.hint}\n"
        return text
