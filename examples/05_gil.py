# Lesson 5 -- What is the GIL?
#
# The common answer: "the Global Interpreter Lock makes Python code
# thread-safe: only one thread runs at a time, so my counter is safe." Half
# right, and the wrong half is the dangerous one.
#
# Truth: the GIL is one lock, held by whichever thread runs bytecode. Real
# OS threads take turns holding it, so two threads that compute take about
# as long as the same work done twice in a row (part 1) -- while threads
# that wait (sleep, read a file) let it go and overlap (part 2).
#
# Truth: it does not make your code thread-safe. The holder is asked to
# hand it over after every switch interval (sys.getswitchinterval(): 5 ms),
# and it changes hands at fixed kinds of places, not when a thread is done:
# in CPython 3.11 a thread can lose it only at a backward jump (the end of
# a loop's body) or a call. So `n = n + 1` in a plain loop happens never to
# lose an update -- no such place lies between the read of n and its write
# -- but `m = m + one()` does: the call to one() is such a place, between
# the read of m and the write (part 3). The language promises nothing here:
# CPython 3.9 and earlier could switch between most instructions, and
# 3.13's free-threaded build has no GIL at all. Safe by accident is not
# safe; a Lock makes it safe in every version (part 4). What the GIL does
# protect is the interpreter's own data: reference counts, dicts, lists.
#
# Run next:
#   minipy --trace=gil --switch-every=14 --trace-times=no examples/05_gil.py small
#       Two threads, three `m = m + one()` each, the lock handed over every
#       14 instructions in a fixed order (the same on every run): "switch"
#       lines name where a thread was interrupted -- "entering one()" is
#       where an update gets lost -- and "release" lines the blocking calls.
#   minipy --trace=scope,gil --switch-every=14 examples/05_gil.py small
#       The same, with each load and store of m tagged by its thread: T2
#       loads m (2) and is switched out entering one(); T3 loads 2 and
#       stores 3; T2 comes back and stores its stale 2 + 1 = 3 over it.
#   minipy --trace=gil examples/05_gil.py
#       The whole lesson: who holds the lock, how long each waited, and the
#       summary per thread at the end (thousands of switches in part 3).
import sys
import time
# (threading is imported at the bottom, for the whole lesson: the small
# demo for the traces uses only _thread, which threading is built on, so
# that its narration does not depend on threading's own code)


def one():
    return 1


# --- 1. threads that compute take turns ------------------------------------------
def count_down(k):
    while k > 0:
        k -= 1


def part1():
    print("1. CPU-bound work: two threads, or the same work twice in a row")
    k = 500_000
    in_a_row = threaded = None
    thread_cpu = thread_wall = 0.0
    for attempt in range(3):
        # the best of three of each, measured in turns: another program
        # using the machine for a moment slows one measurement, not all
        start = time.perf_counter()
        count_down(k)
        count_down(k)
        t = time.perf_counter() - start
        in_a_row = t if in_a_row is None else min(in_a_row, t)

        start, cpu = time.perf_counter(), time.process_time()
        workers = [threading.Thread(target=count_down, args=(k,)) for _ in range(2)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        t = time.perf_counter() - start
        threaded = t if threaded is None else min(threaded, t)
        thread_wall += t
        thread_cpu += time.process_time() - cpu
    # Without a GIL two cores would halve the time, and the two threads
    # would use more CPU time than the clock shows (two at once). With it,
    # no gain -- and on a busy machine, where the clock is unreliable, the
    # CPU time still tells: never more than the time that passed.
    if threaded > 0.7 * in_a_row or thread_cpu < 1.2 * thread_wall:
        print("   two threads took about as long as the work done twice in a row:")
        print("   only the thread holding the GIL computes")
    else:
        print("   two threads were faster: they computed at the same time")


# --- 2. threads that wait let the GIL go -----------------------------------------
def part2():
    print("2. sleeping: two threads that each sleep 0.2 s")
    start = time.perf_counter()
    sleepers = [threading.Thread(target=time.sleep, args=(0.2,)) for _ in range(2)]
    for t in sleepers:
        t.start()
    for t in sleepers:
        t.join()
    elapsed = time.perf_counter() - start
    if elapsed < 0.35:
        print("   together they took about 0.2 s, not 0.4 s: the sleeps overlapped")
    else:
        print("   they took 0.4 s: one after the other")


# --- 3. safe by accident, and not ------------------------------------------------
n = 0
m = 0


def add_plain(k):
    global n
    for i in range(k):
        n = n + 1           # no check point between the read of n and the write


def add_calling(k):
    global m
    for i in range(k):
        m = m + one()       # the call is a check point: the GIL may change hands


def run_two(target, k):
    workers = [threading.Thread(target=target, args=(k,)) for _ in range(2)]
    for t in workers:
        t.start()
    for t in workers:
        t.join()


def part3():
    global m
    print("3. two threads add 1 to a global, with the switch interval at 1e-6 s")
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    run_two(add_plain, 1_000_000)
    print("   n = n + 1      :", n, "of 2000000 -- no update lost (here, by accident)")
    for attempt in range(5):
        # on a busy machine a waiting thread may not get to ask for the GIL
        # in time: try again (it almost never takes a second attempt)
        m = 0
        run_two(add_calling, 300_000)
        if m < 600_000:
            break
    if m < 600_000:
        print("   m = m + one()  : lost some updates of 600000 -- the switch came inside the call")
    else:
        print("   m = m + one()  : 600000 of 600000, five times in a row (try again)")
    sys.setswitchinterval(old)


# --- 4. a Lock makes it safe -----------------------------------------------------
total = 0
lock = None


def add_locked(k):
    global total
    for i in range(k):
        with lock:
            total = total + one()


def part4():
    global lock
    print("4. the same with a Lock around the read and the write")
    lock = threading.Lock()
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    run_two(add_locked, 100_000)
    print("   total = total + one() under a Lock:", total, "of 200000")
    sys.setswitchinterval(old)


# --- the small demo, for the traces: two threads, three updates each ---------------
def small():
    import _thread
    global m
    m = 0
    done = [_thread.allocate_lock(), _thread.allocate_lock()]

    def add_three(me):
        global m
        for i in range(3):
            m = m + one()
        done[me].release()

    for me in (0, 1):
        done[me].acquire()
        _thread.start_new_thread(add_three, (me,))
    for finished in done:
        finished.acquire()
    print("m =", m, "after 2 x 3 updates:", "one lost" if m == 5 else "%d lost" % (6 - m))


if sys.argv[1:] == ["small"]:
    small()
else:
    import threading
    part1()
    part2()
    part3()
    part4()
