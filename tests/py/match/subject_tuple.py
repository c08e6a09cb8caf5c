# `match a, b:` matches a tuple; the subject is evaluated once
calls = 0
def get():
    global calls
    calls += 1
    return calls

match get(), "x":
    case (1, "y"):
        print("no")
    case (n, "x"):
        print("n =", n)
print("calls:", calls)

match *[1, 2], 3:
    case [a, b, c]:
        print(a, b, c)
