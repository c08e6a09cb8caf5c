# a class pattern names each attribute once
match 1:
    case int(real=1, real=2):
        pass
