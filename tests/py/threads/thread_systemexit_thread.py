# _thread.exit() and SystemExit end a thread started with _thread quietly
import _thread
import threading

done = threading.Event()

def leave():
    try:
        _thread.exit()
    finally:
        done.set()

_thread.start_new_thread(leave, ())
done.wait()
print("main goes on")
