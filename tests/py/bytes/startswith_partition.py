# startswith/endswith with tuples and ranges; partition and rpartition; removeprefix
b = b'hello.world.py'
print(b.startswith(b'hello'), b.startswith(b'world', 6), b.startswith((b'x', b'he')), b.endswith(b'.py'),
      b.endswith(b'world', 0, 11), b.endswith((b'.c', b'.h')), b.startswith(b''), b.startswith(bytearray(b'h')))
print(b.partition(b'.'), b.rpartition(b'.'), b.partition(b'?'), b.rpartition(b'?'))
print(bytearray(b'a=b').partition(b'='), b.removeprefix(b'hello.'), b.removesuffix(b'.py'),
      b.removeprefix(b'x'), bytearray(b'abc').removesuffix(b'c'))
for bad in [lambda: b.startswith('h'), lambda: b.startswith([b'h']), lambda: b.endswith(104),
            lambda: b.partition(b''), lambda: b.partition('.'), lambda: b.rpartition(46),
            lambda: b.startswith(), lambda: b.removeprefix('h')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
