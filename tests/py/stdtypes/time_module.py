# the time module: clock types, time() near time_ns(), clocks that never go back, sleep() that really waits
import time

names = ["time", "time_ns", "perf_counter", "perf_counter_ns", "monotonic", "monotonic_ns",
         "process_time", "process_time_ns"]
for name in names:
    f = getattr(time, name)
    print(name, f.__name__, type(f()).__name__)
print(time, type(time.sleep).__name__, time.sleep.__name__)

# time(): seconds since the epoch, a float, between two time_ns() readings
a = time.time_ns()
t = time.time()
b = time.time_ns()
print("time() is after 2023:", t > 1.7e9, "and before 2200:", t < 7.3e9)
print("time() between two time_ns():", a / 1e9 - 1e-6 <= t <= b / 1e9 + 1e-6)
print("time_ns() in order:", a <= b)

# the float clocks agree with their _ns twins
for f, f_ns in [(time.monotonic, time.monotonic_ns), (time.perf_counter, time.perf_counter_ns),
                (time.process_time, time.process_time_ns)]:
    lo = f_ns()
    x = f()
    hi = f_ns()
    print(f.__name__, "between two", f_ns.__name__ + "():", lo / 1e9 - 1e-6 <= x <= hi / 1e9 + 1e-6)

# never backwards, across a loop that does some work
for f in [time.perf_counter, time.perf_counter_ns, time.monotonic, time.monotonic_ns,
          time.process_time, time.process_time_ns]:
    readings = []
    total = 0
    for i in range(2000):
        total += i * i
        readings.append(f())
    print(f.__name__, "non-decreasing:", all(x <= y for x, y in zip(readings, readings[1:])), total)

# sleep(0.05) waits at least 0.05 s and not absurdly long; the process's CPU time hardly moves
m0 = time.monotonic()
p0 = time.perf_counter_ns()
c0 = time.process_time()
r = time.sleep(0.05)
m1 = time.monotonic()
p1 = time.perf_counter_ns()
c1 = time.process_time()
print("sleep returns", r)
print("monotonic advanced >= 0.05:", m1 - m0 >= 0.05, "and < 2:", m1 - m0 < 2)
print("perf_counter_ns advanced >= 50_000_000:", p1 - p0 >= 50_000_000)
print("process_time advanced < 0.03:", c1 - c0 < 0.03)

# an int sleeps whole seconds; 0, False, -0.0 and __index__ objects are fine
m0 = time.monotonic_ns()
time.sleep(1)
print("sleep(1) advanced >= 1 s:", time.monotonic_ns() - m0 >= 1_000_000_000)
class Zero:
    def __index__(self):
        return 0
class MyFloat(float):
    pass
class MyInt(int):
    pass
for secs in [0, 0.0, -0.0, False, True and 0, Zero(), MyFloat(0.001), MyInt(0), 1e-9]:
    print(type(secs).__name__, time.sleep(secs))
