# queue.Empty and queue.Full, a negative timeout, task_done() once too often
import queue

q = queue.Queue(1)
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e), type(e))
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after a timeout")
q.put(1)
try:
    q.put(2, block=False)
except queue.Full as e:
    print("Full", repr(e), type(e))
try:
    q.put(2, timeout=0.01)
except queue.Full:
    print("Full after a timeout")
for bad in (lambda: q.put(3, timeout=-1), lambda: q.get(timeout=-1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
q.get()
q.task_done()
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
