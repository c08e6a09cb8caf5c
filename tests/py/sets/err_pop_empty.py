# pop() on an empty set
s = {1}
s.pop()
s.pop()
