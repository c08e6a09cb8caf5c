# a threading.local subclass whose __init__ fails in a thread: the access raises, the next one runs __init__ again
import threading
class L(threading.local):
    n = 0
    def __init__(self):
        L.n += 1
        if L.n == 2:
            raise ValueError("second init fails")
        self.v = L.n
l = L()
out = []
def work():
    try:
        l.v
    except ValueError as e:
        out.append(str(e))
    out.append(l.v)
t = threading.Thread(target=work); t.start(); t.join()
print(out, l.v)
