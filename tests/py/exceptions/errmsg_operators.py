# error messages of operators, worded as CPython 3.11 words them
cases = [
    "1 + 'a'", "'a' + 1", "[1] + (1,)", "{} + {}", "None + 1", "1 - 'x'", "'a' * 'b'",
    "[1] * 2.0", "'x' / 2", "2 ** 'x'", "-'s'", "~1.5", "+[1]", "1 < 'a'", "[1] > (1,)",
    "None >= 0", "{} <= {}", "1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "1.0 // 0.0", "1.0 % 0.0",
    "0 ** -1", "0.0 ** -1", "divmod(1, 0)", "2.0 ** 5000", "'%d' % 'x'", "'%s %s' % (1,)",
    "'a' in 5", "1 in 'abc'", "[] & []", "1 << -1", "1.5 << 1", "'abc' - 'a'",
]
for src in cases:
    try:
        eval(src)
        print(src.ljust(14), 'no error')
    except Exception as e:
        print(src.ljust(14), type(e).__name__ + ':', e)
