# the builtins meeting bytes: str(), ord, int, float, sorted, reversed, sum, any, isinstance, bool
b = b'\x03\x01\x02'
print(str(b), ord(b'a'), ord(bytearray(b'z')), int(b'42'), int(b' -7 '), int(b'ff', 16), float(b'1.5'),
      int(bytearray(b'10'), 2), float(bytearray(b' 2e3 ')))
print(sorted(b), list(reversed(b)), sum(b), any(b), all(b), max(b'az'), min(bytearray(b'qz')))
print(isinstance(b, bytes), isinstance(bytearray(), bytes), issubclass(bytes, bytearray),
      type(b).__name__, type(bytearray()).__name__, type(memoryview(b)).__name__)
print(bytes.__name__, bytearray.__name__, memoryview.__name__, bytes.__mro__, bytearray.__mro__)
print(f'{b}', '{}'.format(b'x'), '%s' % b'y', '%r' % bytearray(b'z'), format(b'fmt'))
print(list(zip(b'ab', b'cd')), dict(enumerate(b'hi')), set(b'hello') == set(b'leho'), tuple(b'ok'))
print(b'' or 'empty', bytearray() or 'empty too', b'x' and 'non-empty', len(b'\x00' * 10))
for bad in [lambda: ord(b'ab'), lambda: ord(b''), lambda: int(b'x'), lambda: float(b'nope'),
            lambda: int(b'1', 1), lambda: format(b'x', 's'), lambda: '{:>5}'.format(b'x'),
            lambda: 'a' + b'b', lambda: str(b'x', 'utf-8', 'strict', 'extra')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
