# a starred item followed by = is no named expression: the plain error at the =
f(a, *b = 2)
