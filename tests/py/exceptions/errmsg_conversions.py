# error messages of int(), float() and other conversions from bad values
cases = [
    "int('abc')", "int('')", "int('1.5')", "int(' 12 x')", "int('0x1f')", "int('12', 2)",
    "int('z', 36)", "int('1', 1)", "int('1', 37)", "int(None)", "int([1])", "int(1.5, 10)",
    "int('1__0')", "int('_1')", "int(float('inf'))", "int(float('nan'))",
    "float('abc')", "float('')", "float('1.2.3')", "float('1e')", "float(None)",
    "float([1])", "float('infinity')", "float(' -1E3 ')", "float('nan')", "float('1_0.5')",
    "bool('False')", "chr(-1)", "chr(0x110000)",
    "ord('')", "round(1.5, 'x')", "round(float('inf'))", "hex(1.5)", "bin('1')",
]
for src in cases:
    try:
        print(src.ljust(22), 'ok', repr(eval(src)))
    except Exception as e:
        print(src.ljust(22), type(e).__name__ + ':', e)
