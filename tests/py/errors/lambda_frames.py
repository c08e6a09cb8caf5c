# frames of lambdas are named <lambda> in the traceback
apply = lambda f, x: f(x)
half = lambda v: v / 0
print(apply(lambda v: v + 1, 1))
apply(half, 3)
