# a Timer calls its function after the interval, unless cancelled first
import threading

calls = []
t = threading.Timer(0.01, calls.append, args=["fired"])
t.start()
t.join()
c = threading.Timer(30, calls.append, args=["never"])
c.start()
c.cancel()
c.join()
print(calls)
k = threading.Timer(0, lambda **kw: calls.append(kw), kwargs={"a": 1})
k.start()
k.join()
print(calls)
print(isinstance(t, threading.Thread), t.name.startswith("Thread-"))
