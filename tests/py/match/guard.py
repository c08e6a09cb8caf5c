# guards: the case is taken only if the condition after `if` is true; names are bound before it runs
def sign(n):
    match n:
        case int(x) if x > 0:
            return "positive"
        case int(x) if x < 0:
            return "negative"
        case int():
            return "zero"
        case _ if isinstance(n, float):
            return "a float"
        case _:
            return "not a number"

for n in [5, -3, 0, 1.5, "1"]:
    print(n, sign(n))

calls = []
def check(v):
    calls.append(v)
    return v > 1
match [1, 2, 3]:
    case [a, *_] if check(a):
        print("first")
    case [_, b, *_] if check(b):
        print("second, b =", b)
print(calls)
