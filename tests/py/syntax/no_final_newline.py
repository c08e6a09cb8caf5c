# the last line is inside two indented blocks and the file has no final newline
def total(items):
    s = 0
    for x in items:
        s += x
    return s
print(total([1, 2, 3]))
for i in range(2):
    if i:
        print('last line, nested', i)