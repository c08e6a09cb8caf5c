# Constant tests folded as CPython 3.11 does (issue 16): while True/1/"a" with break, continue and finally; while False and if False whose code is dropped but still defines locals; loops whose body always leaves
import sys

def spin(limit):
    n = 0
    seen = []
    while True:
        n += 1
        if n % 2:
            continue
        seen.append(n)
        if n >= limit:
            break
    else:
        seen.append("else never runs")
    return seen

print(spin(8))

def countdown(n):
    out = []
    while 1:
        try:
            if n == 0:
                break
            if n == 2:
                n -= 1
                continue
            out.append(n)
            n -= 1
        finally:
            out.append("f")
    return out

print(countdown(4))

def string_test():
    k = 0
    while "a":
        k += 1
        if k == 3:
            return k

print(string_test())

def falsy():
    log = []
    while False:
        log.append("body")
    else:
        log.append("else runs")
    while 0:
        break
    while None:
        pass
    while "":
        pass
    if False:
        log.append("if False")
    else:
        log.append("else of if False")
    if 0.0:
        log.append("no")
    elif ():
        log.append("no")
    elif (1, 2):
        log.append("a non-empty tuple is true")
    if True:
        log.append("if True")
    else:
        log.append("no")
    if -1:
        log.append("-1 is true")
    if not 0:
        log.append("not 0 is true")
    while not False:
        log.append("while not False")
        break
    if not not "":
        log.append("no")
    return log

print(falsy())

def dead_local():
    if False:
        x = 1
        def inner():
            return x
        class K:
            pass
    try:
        return x
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)

print(dead_local())

def dead_generator():
    if False:
        yield 1
    return "done"

g = dead_generator()
print(type(g).__name__, list(g))

def always_leaves(items):
    for i in items:
        if i > 2:
            return i
        raise ValueError(i)

try:
    always_leaves([1, 2, 3])
except ValueError as e:
    print("ValueError", e)
print(always_leaves([5]))

def bottom_test(n):
    total = 0
    while n > 0 and total < 100:
        total += n
        n -= 1
        if n == 5:
            continue
    else:
        total += 1000
    return total, n

print(bottom_test(10), bottom_test(0), bottom_test(30))

def bottom_break(n):
    while n:
        n -= 1
        break
    else:
        return "else"
    return n

print(bottom_break(3), bottom_break(0))

def forever():
    while True:
        yield sys.getrecursionlimit() > 0

print(next(forever()))
print([x for x in range(12) if x % 2 if x % 3])
print({k: v for k, v in zip("abcd", range(4)) if v if v != 2})
