# list slicing with steps, negative bounds and out-of-range bounds; slices are copies
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::3], a[1::3], a[::-1], a[::-3], a[7:2:-2])
print(a[20:], a[-20:2], a[5:1], a[3:3], a[-1:-5:-1], a[1:100:4])
b = a[:]
b[0] = 'changed'
print(a[0], b[0], a == b, a[:] == a, a[:] is a)
nested = [[1], [2]]
shallow = nested[:]
shallow[0].append('shared')
print(nested, shallow)
