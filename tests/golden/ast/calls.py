# calls: positional, keyword, starred, double-starred, generator argument
f()
f(1, 2)
f(a, b=2)
f(*args)
f(**kwargs)
f(1, *a, 2, *b, k=3, **c, m=4)
f(x for x in y)
sum(x * x for x in range(10) if x % 2)
f((x for x in y), 1)
f(a)(b)(c)
obj.method(1).other[2]
f(x := 3)
f(a,)
