# an f-string is no literal: patterns match only literals and attribute lookups
match "a":
    case f"a":
        pass
