# thread names as CPython 3.11 makes them: Thread-N, with the target's name in parentheses
import threading

def work():
    pass

class Job:
    def __call__(self):
        pass

a = threading.Thread(target=work)
b = threading.Thread()
c = threading.Thread(target=work, name="custom")
d = threading.Thread(target=Job())
e = threading.Thread(target=lambda: None)
f = threading.Thread(name="")
print(a.name, "|", b.name, "|", c.name, "|", d.name, "|", e.name, "|", f.name)
print(repr(a))
print(repr(c))
a.name = 42
print(repr(a.name))
for t in (a, b, c):
    t.start()
    t.join()
print([t.name for t in (a, b, c)])
