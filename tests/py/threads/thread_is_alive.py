# is_alive(): False before start(), True while the target runs, False once it has ended
import threading

go = threading.Event()
t = threading.Thread(target=go.wait)
print(t.is_alive())
t.start()
print(t.is_alive())
go.set()
t.join()
print(t.is_alive())
print(repr(t).endswith(")>"), "stopped" in repr(t))
