# patterns nest: sequences of classes of mappings, as deep as the data
class Node:
    __match_args__ = ("op", "args")
    def __init__(self, op, *args):
        self.op, self.args = op, args

def ev(n):
    match n:
        case int() | float():
            return n
        case Node("+", (a, b)):
            return ev(a) + ev(b)
        case Node("*", (a, b)):
            return ev(a) * ev(b)
        case Node("neg", (a,)):
            return -ev(a)
        case Node(op, args):
            raise ValueError(f"bad node {op} with {len(args)} args")

tree = Node("+", Node("*", 2, 3), Node("neg", 4))
print(ev(tree))
try:
    ev(Node("?", 1))
except ValueError as e:
    print(e)
