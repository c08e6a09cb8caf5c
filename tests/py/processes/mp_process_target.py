# multiprocessing.Process runs a function in a forked child: a copy of the
# interpreter, with its own GIL. The parent waits with join(); exitcode is
# 0 when run() returned. Names count up: Process-1, Process-2, ...
import multiprocessing as mp
import os


def greet(who, punctuation="."):
    me = mp.current_process()
    print("hello", who + punctuation, "from", me.name, "child of", mp.parent_process().name)
    print("my pid matches:", me.pid == os.getpid(), "parent pid matches:", mp.parent_process().pid == os.getppid())


if __name__ == "__main__":
    print(mp.current_process().name, mp.parent_process())
    p = mp.Process(target=greet, args=("world",), kwargs={"punctuation": "!"})
    print(p.name, p.pid, p.exitcode, p.is_alive(), p.daemon)
    p.start()
    p.join()
    print(p.exitcode, p.is_alive(), isinstance(p.pid, int))

    q = mp.Process(target=greet, args=("again",), name="greeter")
    q.start()
    q.join()
    print(q.name, q.exitcode)

    # a child started later still gets the next number
    r = mp.Process(target=greet, args=("third",))
    print(r.name)
    r.start()
    r.join(timeout=30)
    print(r.exitcode, mp.active_children())
    try:
        r.start()
    except AssertionError as e:
        print("AssertionError", e)
    # a Process with no target does nothing and exits 0
    empty = mp.Process()
    empty.start()
    empty.join()
    print(empty.exitcode, mp.cpu_count() >= 1)
