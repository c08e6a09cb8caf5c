# groups nested deeper than 10 print as "... (max_group_depth is 10)"
e = ValueError("leaf")
for i in range(12):
    e = ExceptionGroup(f"level {i}", [e, KeyError(i)])
raise e
