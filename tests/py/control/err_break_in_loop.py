# a runtime error inside nested loops reports the line of the failing statement
for i in range(3):
    for j in range(3):
        print(i, j, 10 // (2 - i))
