# None, True and False are compared by identity (is), not ==: 1 is not True
def which(x):
    match x:
        case True:
            return "True"
        case False:
            return "False"
        case None:
            return "None"
        case 1:
            return "the int 1"
        case 0:
            return "the int 0"
    return "no case"

for v in [True, False, None, 1, 0, 1.0, 0.0, [], ""]:
    print(repr(v), "->", which(v))
