# SystemExit in a thread ends it quietly: the default excepthook ignores it
import threading
import sys

def leave():
    sys.exit(3)

t = threading.Thread(target=leave)
t.start()
t.join()
print("still here", t.is_alive())
