# counters with nonlocal: each call of the factory makes a new cell; closures of one factory call share it
def make_counter(start=0, step=1):
    count = start
    def increment():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    def peek():
        return count
    return increment, reset, peek
inc, reset, peek = make_counter()
print(inc(), inc(), inc(), peek())
reset()
print(peek(), inc())
inc2, _, peek2 = make_counter(100, -10)
print(inc2(), inc2(), peek2(), peek())
