# select.select() waits until a file descriptor is ready: here the read
# end of a pipe becomes readable once something is written, and at the end
# of the file (every write end closed). The write end is writable at once.
# A timeout of 0 only looks; objects with a fileno() method are accepted.
import os, select

r, w = os.pipe()
# descriptor numbers differ from run to run: compare instead of printing
print(select.select([r], [w], [], 0) == ([], [w], []))
print(select.select([r], [], [], 0.01))
os.write(w, b"hello")
print(select.select([r], [], [], None) == ([r], [], []))
print(select.select((r, r), [w], [], 1) == ([r, r], [w], []))
print(os.read(r, 5))


class Wrapped:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd



rw = Wrapped(r)
ready = select.select([rw], [Wrapped(w)], [], 0)
print(ready[0] == [rw], len(ready[1]), ready[1][0].fd == w)

pid = os.fork()
if pid == 0:
    os.close(r)
    os.write(w, b"from the child")
    os._exit(0)
print(select.select([r], [], [])[0] == [r])
os.waitpid(pid, 0)
os.close(w)
print(os.read(r, 100))
print(select.select([r], [], [], 5)[0] == [r], os.read(r, 100))
os.close(r)

for args in [(1,), ([], [], [], -1), (1, [], []), ([[]], [], []), ([-1], [], []),
             ([], [], [], "x"), ([], [], [], 1, 2), ([r], [], [], 0),
             ([Wrapped("x")], [], [])]:
    try:
        select.select(*args)
    except (OSError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    select.select([], [], [], timeout=1)
except TypeError as e:
    print("TypeError", e)
print(select.error is OSError)
