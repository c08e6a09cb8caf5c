# active_count() and enumerate() count the threads started and not yet ended
import threading

release = threading.Event()
ready = threading.Semaphore(0)

def work():
    ready.release()
    release.wait()

print(threading.active_count(), [t.name for t in threading.enumerate()])
ts = [threading.Thread(target=work, name="worker-%d" % i) for i in range(3)]
for t in ts:
    t.start()
for _ in ts:
    ready.acquire()
print(threading.active_count(), sorted(t.name for t in threading.enumerate()))
release.set()
for t in ts:
    t.join()
print(threading.active_count(), [t.name for t in threading.enumerate()])
