# ThreadPoolExecutor.map: the results come back in the order of the arguments
from concurrent.futures import ThreadPoolExecutor

def square(x):
    return x * x

def add(a, b):
    return a + b

with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(square, range(10))))
    print(list(ex.map(add, [1, 2, 3], [10, 20, 30, 40])))
    print(list(ex.map(square, [])))
with ThreadPoolExecutor(2) as ex:
    it = ex.map(lambda x: 10 // x, [5, 2, 0, 1])
    print(next(it), next(it))
    try:
        next(it)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
