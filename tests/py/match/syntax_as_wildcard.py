# `_` cannot be the target of `as`
match 1:
    case int() as _:
        pass
