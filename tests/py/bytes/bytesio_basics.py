# io.BytesIO: write, getvalue, read, seek/tell, readline and iteration over lines
import io
buf = io.BytesIO()
print(buf.write(b'hello '), buf.write(bytearray(b'world\n')), buf.write(memoryview(b'second line\n')),
      buf.write(b''), buf.tell())
print(buf.getvalue())
print(buf.seek(0), buf.read(5), buf.tell(), buf.read(1), buf.read(), buf.read(), buf.tell())
buf.seek(0)
print(buf.readline(), buf.readline(3), buf.readline(), buf.readline(), buf.readline())
buf.seek(0)
print(list(buf), buf.tell())
buf.seek(0)
print(buf.readlines())
buf.seek(0)
print([line.rstrip() for line in buf], buf.seek(-5, 2), buf.read(), buf.seek(-3, 1), buf.read(2))
src = io.BytesIO(b'initial data')
print(src.tell(), src.read(7), src.getvalue(), src.readable(), src.writable(), src.seekable(), src.closed)
print(type(src).__name__, isinstance(src, io.BufferedIOBase), isinstance(src, io.IOBase))
with io.BytesIO(b'ctx') as f:
    print(f.read(), f.closed)
print(f.closed)
