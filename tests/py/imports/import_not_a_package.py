# importing a submodule of a plain module: "is not a package"
import simple
try:
    import simple.inner
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
