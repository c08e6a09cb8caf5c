# a list cannot be a set member
s = {1, 2}
s.add([3])
