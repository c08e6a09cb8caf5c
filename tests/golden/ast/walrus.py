# assignment expressions
if (n := len(a)) > 10:
    pass
while chunk := read():
    pass
[y for x in data if (y := f(x))]
print(x := 1)
(z := 5)
a[b := 1]
