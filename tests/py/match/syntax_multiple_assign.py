# a pattern may bind a name only once
match [1, 2]:
    case [a, a]:
        pass
