# sys.exit() in the main thread still waits for the threads that are no daemons
import sys
import threading

go = threading.Event()

def late():
    go.wait()
    print("worker finished after sys.exit")

threading.Thread(target=late).start()
print("exiting")
go.set()
sys.exit(0)
