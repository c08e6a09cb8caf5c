# string indexing with negative indices and slicing with steps, including out-of-range slice bounds
s = 'abcdefghij'
print(s[0], s[-1], s[3], s[-4], s[9])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[2:8:-1] == '', s[-1:-4:-1])
print(s[100:], s[-100:3], s[3:100], s[5:2], repr(s[10:]), s[-100:100:3])
print(s[0:10:4], s[9:0:-3], s[::11], s[::-11])
t = 'x'
print(t[0], t[-1], t[::-1], t[1:], repr(t[1:]))
print(''[:], repr(''[::-1]))
