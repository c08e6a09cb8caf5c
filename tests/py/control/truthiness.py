# truthiness of every type: zero, empty and None are false, everything else is true
values = [0, 1, -1, 0.0, -0.0, 0.5, float('nan'), '', ' ', '0', [], [0], (), (None,), {}, {0: 0},
          None, True, False, range(0), range(1), 2 ** 100, len]
for v in values:
    print(repr(v) if v is not len else 'len', bool(v), 'truthy' if v else 'falsy')
