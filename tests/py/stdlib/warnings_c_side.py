# _warnings, the C half: warn() before lib/warnings.py is imported is shown
# by the interpreter; warn_explicit() names its own place and registry;
# a warning that a filter makes an error is raised in the caller, with no
# frame of the warnings module in its traceback.
import _warnings
def f():
    _warnings.warn("shown by the interpreter", RuntimeWarning)
f()
f()
_warnings.warn_explicit("explicit", UserWarning, "somefile.py", 12)
_warnings.warn_explicit("explicit", UserWarning, "somefile.py", 12)
import warnings
warnings.warn_explicit("explicit registry", UserWarning, "x.py", 1, registry={})
warnings.filterwarnings("error", category=UserWarning)
def g():
    warnings.warn("turned into an error")
g()
