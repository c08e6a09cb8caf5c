# A parent and its child talk through a pipe: os.pipe() gives two file
# descriptors, the child writes, the parent reads until the end of file
# (when every write end is closed: the parent closes its own copy first).
# Values cross as bytes: pickle turns them into bytes and back.
import os, pickle

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    result = {"squares": [n * n for n in range(5)], "pid is mine": True}
    data = pickle.dumps(result)
    os.write(w, len(data).to_bytes(4, "big") + data)
    os.write(w, b"and some raw bytes")
    os.close(w)
    os._exit(0)

os.close(w)
chunks = []
while True:
    chunk = os.read(r, 7)
    if not chunk:
        break
    chunks.append(chunk)
os.close(r)
os.waitpid(pid, 0)
everything = b"".join(chunks)
size = int.from_bytes(everything[:4], "big")
print(pickle.loads(everything[4:4 + size]))
print(everything[4 + size:])
print(len(chunks) > 1, os.read.__name__, os.write.__name__)

for bad in [lambda: os.read(r, 1), lambda: os.write(w, b"x"), lambda: os.write(1, "text"),
            lambda: os.read(0, -1), lambda: os.read(), lambda: os.write(1)]:
    try:
        bad()
    except (OSError, TypeError) as e:
        print(type(e).__name__, e)
