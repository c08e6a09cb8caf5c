# a daemon thread still waiting when the main thread ends does not keep the program alive
import threading

forever = threading.Event()
started = threading.Event()

def wait_forever():
    started.set()
    forever.wait()
    print("never printed")

t = threading.Thread(target=wait_forever, daemon=True)
t.start()
started.wait()
print(t.is_alive(), t.daemon)
print("main done")
