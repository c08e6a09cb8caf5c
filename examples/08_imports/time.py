# Never run: `import time` finds the built-in module before any folder.
print("time.py beside main.py runs: this should not happen")
