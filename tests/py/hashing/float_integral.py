# an integral float hashes like the equal int, big or small, positive or negative (hash(-1.0) == -2)
values = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 3.0, 1e10, -1e10, 2.0**52, 2.0**53, 2.0**61, 2.0**61 - 2.0**10,
          2.0**62, 2.0**63, 2.0**64, 1e20, 1e22, 1e100, -1e100, 1e300, 1.7976931348623157e308, -1.7976931348623157e308]
for x in values:
    print(repr(x), hash(x), hash(x) == hash(int(x)))
print(hash(2.0**61 - 1.0) if (2.0**61 - 1.0) != 2.0**61 else 'rounds to 2**61', hash(float(2**61 - 1)))
