# A call, a loop and an exception, small enough to follow instruction by
# instruction with --trace=line,op.
def add(a, b):
    return a + b


total = 0
for i in range(2):
    total = add(total, i)
try:
    total / 0
except ZeroDivisionError:
    total = -1
print(total)
