# Its top level runs once, when it is first imported: sys.modules keeps it.
print("counter.py runs")
RUNS = 1
