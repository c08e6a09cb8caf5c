if a:
    b = 1

    # a comment line does not change indentation
    if c:
        d = (1,
  2)
    e = [
        3]
f = 1 + \
    2
