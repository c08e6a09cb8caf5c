# Specialised global loads: a global that shadows a builtin appears, a
# global disappears, the builtins change, code runs with other globals.
import builtins

def size(objs):
    return [len(o) for o in objs]

print(size(["ab"] * 20)[-1])

def len(o):
    return "global len"

print(size(["ab"])[0])
del len
print(size(["ab"])[0])

original = builtins.len
builtins.len = lambda o: "patched builtin len"
print(size(["ab"])[0])
del builtins.len
try:
    size(["ab"])
except NameError as e:
    print("NameError:", e)
builtins.len = original
print(size(["abc"])[0])

counter = 0
def count(n):
    global counter
    for _ in range(n):
        counter = counter + 1
    return counter

print(count(30))
extra_globals = {"counter": 100, "range": range}
exec(count.__code__, extra_globals) if False else None
g = {"counter": 1000, "__builtins__": builtins}
f2 = type(count)(count.__code__, g)
print(f2(5), counter, g["counter"])
del counter
try:
    count(1)
except NameError as e:
    print("NameError:", e)

def many_globals():
    return [VALUE for _ in range(20)]
VALUE = 1
print(many_globals()[-1])
for i in range(50):
    globals()["name%d" % i] = i      # the globals grow and are rebuilt
VALUE = 2
print(many_globals()[-1])
