# int() accepts one positional sub-pattern
match 5:
    case int(1, 2):
        print("no")
