# every alternative of an or-pattern must bind the same names
match [1, 2]:
    case [a, 1] | [1, b]:
        pass
