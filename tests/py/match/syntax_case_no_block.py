# a case needs an indented block
match 1:
    case 1:
    pass
