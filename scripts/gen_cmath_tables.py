#!/usr/bin/env python3
"""gen_cmath_tables.py -- write runtime/cmath_tables.h: the values cmath's
functions give at infinities and nans, as CPython 3.11 gives them.

Issue 17 (the library real programs use). C99's Annex G says what
sqrt(-inf + nan j) and its kin must be; CPython keeps the answers in a 7x7
table per function, indexed by the kind of the real part and of the
imaginary part: -inf, negative, -0.0, +0.0, positive, +inf, nan. This
script asks the Python that runs it (3.11, the reference) for each cell
whose argument is not finite, with -2.0 and 2.0 standing for any negative
and positive number, and writes the answers as C initialisers. The finite
cells, which no lookup reaches, and those CPython answers with an error
hold nan. Where a function computes the value instead of looking it up
(cosh(inf + 2j) takes the signs of cos(2) and sin(2)), the cell holds the
answer for 2.0 and is never read.
runtime/mod_cmath.c includes the result; run

    python3 scripts/gen_cmath_tables.py > runtime/cmath_tables.h
"""
import cmath
import math

INF, NAN = math.inf, math.nan
KINDS = [-INF, -2.0, -0.0, 0.0, 2.0, INF, NAN]
NAMES = {0.0: "0.", 1.0: "1.", math.pi: "P", math.pi / 2: "P12", math.pi / 4: "P14",
         3 * math.pi / 4: "P34", INF: "INF"}


def c_double(x):
    """The C spelling of x with the macros of mod_cmath.c."""
    if math.isnan(x):
        return "N"
    name = NAMES[abs(x)]
    return "-" + name if math.copysign(1.0, x) < 0 else name


def table(f, two_reals=False):
    rows = []
    for a in KINDS:
        cells = []
        for b in KINDS:
            value = None
            if not (math.isfinite(a) and math.isfinite(b)):
                try:
                    value = f(a, b) if two_reals else f(complex(a, b))
                except (ValueError, OverflowError):
                    pass
            if value is None:
                cells.append("C(N,N)")
            else:
                cells.append("C(%s,%s)" % (c_double(value.real), c_double(value.imag)))
        rows.append("    {" + ", ".join(cells) + "},")
    return rows


def main():
    print("/* cmath_tables.h -- written by scripts/gen_cmath_tables.py from CPython 3.11's")
    print(" * answers; do not edit. The values of cmath's functions at infinities and")
    print(" * nans, indexed [kind of real part][kind of imaginary part] (mod_cmath.c's")
    print(" * special_type()); included by runtime/mod_cmath.c only. */")
    for name in ["acos", "acosh", "asinh", "atanh", "cosh", "exp", "log", "sinh", "sqrt", "tanh"]:
        print()
        print("static const Complex %s_special[7][7] = {" % name)
        print("\n".join(table(getattr(cmath, name))))
        print("};")
    print()
    print("/* rect(r, phi): [kind of r][kind of phi] */")
    print("static const Complex rect_special[7][7] = {")
    print("\n".join(table(cmath.rect, two_reals=True)))
    print("};")


if __name__ == "__main__":
    main()
