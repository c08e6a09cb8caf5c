# --trace=line through jumps (issue 16): every line event here is one
# sys.settrace reports in CPython 3.11 -- a for loop's jump back and the jump
# over an else have no line of their own, `while True:` shows its line each
# turn, `while c:` its test at the end, `if False:` only its NOP, `try:`
# its own line, a `continue` through a finally its line before the finally's.
def loops(items):
    n = 0
    for x in items:
        if x is None:
            break
        if x > 1:
            n += x
    while True:
        n += 1
        if n > 4:
            break
    while n > 3:
        n -= 1
    if False:
        n = 0
    if n:
        n += 10
    else:
        n -= 10
    return n


def retry(times):
    done = []
    for k in range(times):
        try:
            if k == 1:
                continue
            done.append(k)
        finally:
            done.append("f")
    return done


print(loops([1, 2, None, 3]))
print(retry(3))
