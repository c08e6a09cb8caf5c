# the program waits for threads that are no daemons: the worker prints after the main thread's last line
import threading

go = threading.Event()

def late():
    go.wait()
    print("worker done")

t = threading.Thread(target=late)
t.start()
print("main done")
go.set()
