# popping from an empty list raises IndexError: pop from empty list
a = [1]
print(a.pop())
a.pop()
