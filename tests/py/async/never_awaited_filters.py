# "coroutine ... was never awaited" is a RuntimeWarning like any other: shown
# once per line by default, silenced by an "ignore" filter, shown each time
# under "always", and recorded by catch_warnings.
import warnings
async def f(): pass
f()
f()
for i in range(2): f()
warnings.simplefilter("ignore")
f()
warnings.simplefilter("always")
for i in range(2): f()
with warnings.catch_warnings(record=True) as log:
    f()
print(len(log), log[0].message, log[0].category)
