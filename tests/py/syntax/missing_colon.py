# a compound statement header without its colon
for i in range(3)
    print(i)
