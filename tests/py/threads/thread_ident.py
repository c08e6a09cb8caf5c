# ident and native_id: None before start(), then the thread's get_ident() and get_native_id()
import threading
import _thread

seen = {}

def work():
    seen["ident"] = threading.get_ident()
    seen["native"] = threading.get_native_id()
    seen["_thread"] = _thread.get_ident()

t = threading.Thread(target=work)
print(t.ident, t.native_id)
t.start()
t.join()
print(t.ident == seen["ident"] == seen["_thread"], t.native_id == seen["native"])
print(type(t.ident).__name__, type(t.native_id).__name__)
print(threading.main_thread().ident == threading.get_ident())
print(t.ident != threading.get_ident(), t.native_id != threading.get_native_id())
