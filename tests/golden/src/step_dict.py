# --step --trace=line,dict: a dict search stops once, when it is done (its
# probes on one line); `n` goes over the searches of a line.
seen = {}
for k in (3, 11, 3):
    seen[k] = seen.get(k, 0) + 1
print(seen)
