# warnings: shown once per place by default (a DeprecationWarning only when
# blamed on __main__), blamed on the caller with stacklevel=2; catch_warnings
# records and restores; an "error" filter raises the warning itself;
# "ignore" drops it; showwarning can be replaced; a stacklevel past the
# outermost frame blames "sys:1".
import warnings
def old():
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)
old()
old()
warnings.warn("plain")
for i in range(3):
    warnings.warn("in a loop")
class MyWarning(UserWarning): pass
warnings.warn(MyWarning("an instance"))
print(warnings.filters[:2])
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("recorded", RuntimeWarning)
    warnings.warn("recorded again", RuntimeWarning)
print(len(log), [str(w.message) for w in log], log[0].category, log[0].lineno, str(log[0])[:40])
print(len(warnings.filters))
warnings.simplefilter("error", MyWarning)
try:
    warnings.warn("now an error", MyWarning)
except MyWarning as e:
    print("raised:", repr(e))
warnings.simplefilter("ignore")
warnings.warn("ignored")
warnings.resetwarnings()
print(warnings.filters)
print(warnings.formatwarning("msg", UserWarning, "file.py", 3, "  line text  "), end="")
warnings.showwarning = lambda *a: print("custom show:", a[0], a[1].__name__, a[3])
warnings.warn("through the custom hook")
def f():
    warnings.warn("deep", stacklevel=10)
f()
