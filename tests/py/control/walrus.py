# assignment expressions (:=): in while conditions, in if, in comprehensions; the name is bound in the enclosing scope
data = [3, 1, 4, 1, 5, 9, 2, 6]
i = 0
while (n := data[i]) != 5:
    print('saw', n)
    i += 1
print('stopped at', n, 'index', i)
if (length := len(data)) > 5:
    print('long list', length)
print([y for x in data if (y := x * 2) > 6], y)
total = 0
print([total := total + x for x in [1, 2, 3]], total)
print((z := 10), z + 1)
