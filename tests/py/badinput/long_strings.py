# strings of a million characters: repetition, concatenation, slicing, counting, joining, building with +=
s = 'ab' * 500000
print(len(s), s[:6], s[-3:], s.count('ab'), s.find('ba'), s[::100000], len(s[::-1]))
t = s + s
print(len(t), t[999999:1000002])
parts = [str(i) for i in range(20000)]
joined = ','.join(parts)
print(len(joined), joined[-11:], len(joined.split(',')))
acc = ''
for i in range(20000):
    acc += 'x'
print(len(acc), acc == 'x' * 20000)
u = 'é' * 300000
print(len(u), u[-1], len(u.upper()), len(u.replace('é', 'e')))
print(len(repr(s)), repr(s[:10]))
