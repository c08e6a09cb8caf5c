# a bare name in a case that is not the last makes the rest unreachable
match 1:
    case x:
        pass
    case 2:
        pass
