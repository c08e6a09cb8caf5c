# match, case and _ are soft keywords: ordinary names everywhere but at the head of a match statement
match = [1, 2]
case = 3
print(match, case)
match[0] = 10
print(match)
def match(*args):
    return args
print(match(1, 2))
match (1, 2):
    case (case, _):
        print("case bound to", case)
class case:
    match = "attribute"
print(case.match)
match = {"match": "case"}
match match:
    case {"match": case}:
        print(case)
_ = 7
print(_ * 2)
