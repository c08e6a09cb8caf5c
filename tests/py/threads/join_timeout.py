# join(timeout): returns when the time is up; is_alive() tells whether the thread ended
import threading

go = threading.Event()
t = threading.Thread(target=go.wait)
t.start()
t.join(0.01)
print(t.is_alive())
t.join(timeout=0)
print(t.is_alive())
t.join(-5)
print(t.is_alive())
go.set()
t.join(30)
print(t.is_alive())
