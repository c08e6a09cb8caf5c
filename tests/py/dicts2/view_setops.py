# dict view set operations as CPython's dictviews_*: | - ^ build a set of the left side then update it; & walks the smaller side
d={'a':1, 'b': 2, 'c': 3}
for e in ['d.keys() | 5', '5 | d.keys()', 'd.keys() & 5', 'd.keys() - 5', 'd.keys() ^ 5', '{1} - d.keys()', '[1] & d.keys()','d.items() & [("a",1)]', "d.keys() | {'z'}", "{'z', 'a'} | d.keys()", "d.keys() - {'a'}", "d.keys() ^ {'a', 'q'}", "{'a','q'} ^ d.keys()", "['a','x'] - d.keys()", "d.keys() & {'a','b','c','d','e'}", "d.keys() & d.keys()"]:
    try: print(e, eval(e))
    except Exception as x: print(e, type(x).__name__, x)
