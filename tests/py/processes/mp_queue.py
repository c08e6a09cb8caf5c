# A Queue made before the fork is shared by every child: put() pickles a
# value into a pipe, get() unpickles it in whichever process reads it.
# Several producers write; a lock (a pipe holding one token byte) keeps each
# message whole. get() with a timeout raises queue.Empty.
import multiprocessing as mp
import queue


def produce(q, who, count):
    for i in range(count):
        q.put((who, i, {"square": i * i, "text": "x" * (i * 100)}))
    q.put((who, "done", None))


if __name__ == "__main__":
    q = mp.Queue()
    producers = [mp.Process(target=produce, args=(q, name, 30)) for name in "abc"]
    for p in producers:
        p.start()
    done = 0
    seen = {}
    while done < len(producers):
        who, i, payload = q.get(timeout=30)
        if i == "done":
            done += 1
            continue
        assert payload["text"] == "x" * (i * 100)
        seen.setdefault(who, []).append(i)
    for p in producers:
        p.join()
    print(sorted(seen), [seen[k] == list(range(30)) for k in sorted(seen)])
    print([p.exitcode for p in producers])
    print(q.empty())
    try:
        q.get(timeout=0.01)
    except queue.Empty:
        print("Empty after a timeout")
    try:
        q.get(block=False)
    except queue.Empty:
        print("Empty without blocking")

    small = mp.Queue(maxsize=2)
    small.put(1)
    small.put_nowait(2)
    print(small.full())
    try:
        small.put(3, timeout=0.01)
    except queue.Full:
        print("Full")
    print(small.get(), small.get(), small.full())

    sq = mp.SimpleQueue()
    child = mp.Process(target=lambda: sq.put(["from", "child", mp.current_process().name]))
    child.start()
    print(sq.get())
    child.join()
    print(sq.empty(), child.exitcode)
