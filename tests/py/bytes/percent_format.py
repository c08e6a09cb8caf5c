# printf-style formatting of bytes (PEP 461): %s %b %r %a %d %x %c %%
print(b'%s and %s' % (b'bytes', bytearray(b'array')), b'%b' % memoryview(b'mv'))
print(b'%d %i %5d %-5d| %05d %+d %x %X %#x %o %#o' % (1, 2, 3, 4, 5, 6, 255, 255, 255, 8, 8))
print(b'%c%c%c' % (65, b'B', bytearray(b'C')), b'%r' % 'é', b'%a' % 'x\ny', b'%a' % b'raw')
print(b'%f %.2f %e %g %10.3f' % (1.5, 2.345, 12345.678, 0.0001, 3.14159))
print(b'%(a)s-%(b)d' % {b'a': b'A', b'b': 7}, b'100%%' % (), b'%s' % b'', b'%.2s' % b'abcdef')
print(bytearray(b'%s!') % b'hi', type(bytearray(b'%s') % b'x').__name__)
print(b'%5s|%-5s|' % (b'ab', b'cd'), b'%*d' % (5, 42), b'%-*d|' % (4, 7))
for bad in [lambda: b'%s' % 'str', lambda: b'%d' % b'1', lambda: b'%c' % 256, lambda: b'%c' % b'ab',
            lambda: b'%s %s' % (b'one',), lambda: b'%s' % (b'a', b'b'), lambda: b'%z' % 1,
            lambda: b'%(x)s' % (1,), lambda: b'%s' % 1.5, lambda: b'%x' % 1.5, lambda: b'%' % ()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
