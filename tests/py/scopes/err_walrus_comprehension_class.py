# x := v in a comprehension in a class body is a SyntaxError pointing at the target
print("never")
class C:
    r = [cc := 5 for _ in range(1)]
