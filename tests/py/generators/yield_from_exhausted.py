# yield from over a generator that has already finished gets None at once
def g():
    return 1
    yield

f = g()
print(next(f, None))

def run():
    x = yield from f
    print("x", x)
    yield 5
    return (yield from f)

r = run()
print(next(r))
try:
    next(r)
except StopIteration as e:
    print("stop", repr(e.value))

def short():
    return (yield from f)

print(next(short(), 0))
print(f.send(None) if False else "ok")
try:
    f.send(None)
except StopIteration as e:
    print("send on finished", repr(e.value))
print(list(f))

# a chain of delegations whose innermost one meets the finished generator
def mid():
    x = yield from f
    yield x
def top():
    r = yield from mid()
    yield ("top", r)
print(list(top()))
t = top(); print(next(t))
try:
    t.throw(ValueError("into the chain"))
except ValueError as e:
    print("ValueError", e)
for v in top():
    print("for", v)

def mid_return():
    return (yield from f)
def top_return():
    r = yield from mid_return()
    yield ("top_return", r)
print(list(top_return()))
t = top_return()
try:
    t.throw(KeyError("thrown before start"))
except KeyError as e:
    print("KeyError", e)
