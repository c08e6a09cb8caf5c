# A multiprocessing.Lock is a pipe holding one token byte: acquire() reads
# it (the others wait in read()), release() writes it back. Children share
# it through fork. Here four children write lines into one pipe, each line
# in pieces while holding the lock, so no line is cut by another's.
import multiprocessing as mp
import os


def writer(lock, fd, tag):
    for i in range(25):
        with lock:
            for piece in (tag, ":", str(i), "\n"):
                os.write(fd, piece.encode())


if __name__ == "__main__":
    lock = mp.Lock()
    print(lock.acquire(), lock.acquire(timeout=0.01), lock.acquire(False))
    lock.release()
    with lock:
        print("held")
    print(lock.acquire(block=False))
    lock.release()

    r, w = os.pipe()
    children = [mp.Process(target=writer, args=(lock, w, tag)) for tag in ("ant", "bee", "cat", "dog")]
    for c in children:
        c.start()
    os.close(w)
    data = b""
    while True:
        chunk = os.read(r, 4096)
        if not chunk:
            break
        data += chunk
    os.close(r)
    for c in children:
        c.join()
    lines = data.decode().splitlines()
    whole = all(line.split(":")[0] in ("ant", "bee", "cat", "dog") and line.split(":")[1].isdigit()
                for line in lines)
    per_tag = {}
    for line in lines:
        tag, i = line.split(":")
        per_tag.setdefault(tag, []).append(int(i))
    print(len(lines), whole, {t: v == list(range(25)) for t, v in sorted(per_tag.items())})
    print([c.exitcode for c in children])
