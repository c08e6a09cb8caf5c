# Python Tutor's LIST: items inline or as references; two names, one list
xs = [1, 2.5, "two", None, True]
ys = xs
ys.append([3])
print(len(xs))
