# a wildcard case must be the last
match 1:
    case 1 | _:
        pass
    case 2:
        pass
