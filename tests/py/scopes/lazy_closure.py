# lazy evaluation by returning a closure: nothing is computed until the closure is called, and it is computed once
def lazy(compute, *args):
    done = False
    result = None
    def get():
        nonlocal done, result
        if not done:
            print('  computing', compute.__name__, args)
            result = compute(*args)
            done = True
        return result
    return get
def slow_square(n):
    return n * n
thunk = lazy(slow_square, 12)
print('thunk made, nothing computed yet')
print(thunk())
print(thunk())
values = [lazy(slow_square, i) for i in range(3)]
print('picked', values[2]())
def deferred_message():
    parts = []
    render = lambda: ' '.join(parts)
    parts.append('built')
    parts.append('later')
    return render
print(deferred_message()())
