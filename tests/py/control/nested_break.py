# break and continue affect only the innermost loop; a flag or for-else leaves outer loops
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == 1:
            continue
        print(i, j)
found = None
for row in range(5):
    for col in range(5):
        if row * col == 6:
            found = (row, col)
            break
    else:
        continue
    break
print('found', found)
count = 0
i = 0
while i < 4:
    j = 0
    while True:
        j += 1
        if j > i:
            break
        count += 1
    i += 1
print('count', count)
