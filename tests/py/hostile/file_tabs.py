# a source file that mixes tabs and spaces inconsistently
if True:
        x = 1
	y = 2
print(x)
