# dict.update with a sequence element of the wrong length is a ValueError naming the element's position and length
d = {}
d.update([('a', 1), ('b', 2)])
print(d)
d.update([('c', 3), ('d', 4, 5)])
