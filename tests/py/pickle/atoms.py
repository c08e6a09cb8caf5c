# None, bools, ints of every size and floats: their opcodes, byte for byte, and the round trip
import pickle
values = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -128, -129, 2**31 - 1, 2**31, -2**31,
          -2**31 - 1, 2**63, -2**63, 2**64, 10**30, -10**30, 2**2040, 0.0, -0.0, 1.5, -2.25, 0.1, 1e300,
          5e-324, 2.2250738585072014e-308, float('inf'), float('-inf'), 3.141592653589793]
for v in values:
    data = pickle.dumps(v)
    back = pickle.loads(data)
    print(repr(v)[:40], data if len(data) < 80 else (len(data), data[:30]), back == v, type(back).__name__)
nan = pickle.loads(pickle.dumps(float('nan')))
print(pickle.dumps(float('nan')), nan != nan)
print(pickle.dumps(-0.0) != pickle.dumps(0.0), str(pickle.loads(pickle.dumps(-0.0))))
