# what executors and futures refuse: work after shutdown, a result set twice, no workers
import concurrent.futures as cf

ex = cf.ThreadPoolExecutor(max_workers=1)
ex.shutdown()
try:
    ex.submit(print)
except RuntimeError as e:
    print("RuntimeError:", e)
for bad in (lambda: cf.ThreadPoolExecutor(0), lambda: cf.ThreadPoolExecutor(-1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    cf.ThreadPoolExecutor(initializer=5)
except TypeError as e:
    print("TypeError:", e)
f = cf.Future()
f.set_result(1)
try:
    f.set_result(2)
except cf.InvalidStateError as e:
    print("InvalidStateError:", str(e).split(":")[0])
try:
    f.set_exception(ValueError())
except cf.InvalidStateError as e:
    print("InvalidStateError:", str(e).split(":")[0])
print(cf.TimeoutError is TimeoutError, issubclass(cf.CancelledError, Exception), issubclass(cf.BrokenExecutor, RuntimeError))
