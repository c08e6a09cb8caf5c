# Shifts of ints that fit in 64 bits take the VM's fast path (vm/eval_loop.h,
# BINARY_OP); the results, and the errors, are those of every other int.
vals = [0, 1, -1, 5, -5, 2**62, -2**62, 2**63-1, -2**63, 123456789]
for x in vals:
    for y in [0, 1, 2, 30, 62, 63, 64, 100]:
        print(x, y, x << y, x >> y)
for x in vals:
    try:
        print(x << -1)
    except ValueError as e:
        print("ValueError", e)
    try:
        print(x >> -1)
    except ValueError as e:
        print("ValueError", e)
x = 1
x <<= 3
x >>= 1
print(x, bool(0), 1 if 5 & 4 else 2, 1 if 0 else 3)
