# io.StringIO: write/print into it, getvalue, read/readline/readlines/iteration, seek/tell/truncate, closing, errors
import io

buf = io.StringIO()
print('hello', 42, file=buf)
print('a', 'b', sep='-', end='!\n', file=buf)
n = buf.write('tail')
print(n, repr(buf.getvalue()), buf.tell())
buf.seek(0)
print(repr(buf.readline()), repr(buf.read(3)), repr(buf.read()), repr(buf.read()), buf.tell())
buf.seek(0)
print(list(buf), buf.seek(0), buf.readlines(), buf.seek(6), repr(buf.readline(2)))
text = io.StringIO('line one\nline two\nlast')
for i, line in enumerate(text, 1):
    print(i, repr(line))
over = io.StringIO('abcdef')
print(over.tell(), over.write('XY'), repr(over.getvalue()), repr(over.read()))
over.seek(0, 2); over.write('!'); print(repr(over.getvalue()), over.seek(0, 1))
over.seek(10); over.write('Z'); print(repr(over.getvalue()))
print(over.truncate(4), repr(over.getvalue()), over.tell())
with io.StringIO('ctx') as s:
    print(s.read(), s.closed, s.readable(), s.writable(), s.seekable())
print(s.closed)
for call in (lambda: s.read(), lambda: s.getvalue(), lambda: s.write('x'),
             lambda: io.StringIO().seek(-1), lambda: io.StringIO('a').seek(1, 1)):
    try:
        call()
    except (ValueError, OSError) as e:
        print(type(e).__name__ + ':', e)
for call in (lambda: io.StringIO().write(5), lambda: io.StringIO(5)):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
print(repr(io.StringIO('a\r\nb\rc', newline=None).getvalue()), io.StringIO('a\r\nb\rc', newline='').readlines())
w = io.StringIO()
w.writelines(['x\n', 'y\n'])
print(repr(w.getvalue()), type(w).__name__, type(w), io.SEEK_END, issubclass(io.UnsupportedOperation, OSError))
report = io.StringIO()
for name, score in [('ann', 91), ('bob', 78)]:
    report.write(f'{name:<5}{score:>4}\n')
print(report.getvalue(), end='')
