# How a child ends shows in its exitcode: 0 when run() returns, the code of
# sys.exit(), 1 for an exception nobody caught (its traceback goes to the
# child's stderr, here a StringIO so the output is the same everywhere),
# and minus the signal's number when a signal killed it: -15 for
# terminate() (SIGTERM), -9 for kill() (SIGKILL).
import io
import multiprocessing as mp
import sys
import time


def leave(code):
    sys.exit(code)


def fail():
    sys.stderr = io.StringIO()      # the child's own stderr: the parent sees none of it
    raise ValueError("no good")


def sleep_long():
    time.sleep(60)


if __name__ == "__main__":
    for code in [0, 3, None, "a message to stderr", True]:
        if isinstance(code, str):
            target, args = fail, ()
        else:
            target, args = leave, (code,)
        p = mp.Process(target=target, args=args)
        p.start()
        p.join()
        print(repr(code) if not isinstance(code, str) else "exception", "->", p.exitcode)

    for stop, name in [(mp.Process.terminate, "terminate"), (mp.Process.kill, "kill")]:
        p = mp.Process(target=sleep_long, daemon=True)
        p.start()
        print(p.is_alive(), p.exitcode)
        stop(p)
        p.join()
        print(name, "->", p.exitcode, p.is_alive())

    p = mp.Process(target=sleep_long)
    p.start()
    p.join(timeout=0.05)
    print("after a short join:", p.exitcode, p.is_alive())
    p.kill()
    p.join()
    print(p.exitcode)
