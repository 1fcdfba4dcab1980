"""Integer operand types as the toolkit names them: int2..int16 (two's complement), uint2..uint16."""
import re

from .errors import RequestError

_TYPE = re.compile(r"^(u?)int(\d+)$")


class IntType:
    __slots__ = ("signed", "bits")

    def __init__(self, signed, bits):
        self.signed = signed
        self.bits = bits

    @property
    def lo(self):
        return -(1 << (self.bits - 1)) if self.signed else 0

    @property
    def hi(self):
        return (1 << (self.bits - 1)) - 1 if self.signed else (1 << self.bits) - 1

    @property
    def name(self):
        return f"{'' if self.signed else 'u'}int{self.bits}"

    def __repr__(self):
        return self.name

    def __eq__(self, other):
        return isinstance(other, IntType) and other.signed == self.signed and other.bits == self.bits

    def __hash__(self):
        return hash((self.signed, self.bits))

    def storage(self):
        """The narrowest numpy dtype name that holds every value (what .npy outputs use)."""
        if self.signed:
            return "int8" if self.bits <= 8 else "int16"
        return "uint8" if self.bits <= 8 else "int32"


def parse_int_type(text, where, max_bits=16):
    m = _TYPE.match(text) if isinstance(text, str) else None
    if m is None or not (2 <= int(m.group(2)) <= max_bits):
        raise RequestError("G0102", f"bad integer type {text!r}", where,
                           f"use int2..int{max_bits} or uint2..uint{max_bits}")
    return IntType(m.group(1) == "", int(m.group(2)))
