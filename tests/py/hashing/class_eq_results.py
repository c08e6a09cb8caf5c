# a dict uses the truth of whatever __eq__ returns; NotImplemented from both sides falls back to identity
class Truthy:
    def __init__(self, result):
        self.result = result

    def __hash__(self):
        return 5

    def __eq__(self, other):
        return self.result


for result in [1, 0, 'yes', '', [1], [], None, 2.5]:
    a = Truthy(result)
    d = {a: 'a'}
    print(repr(result), Truthy(result) in d, a in d)


class NI:
    def __hash__(self):
        return 3

    def __eq__(self, other):
        return NotImplemented


x, y = NI(), NI()
print(x == y, x == x, len({x, y}), {x: 1}.get(y, 'absent'), {x: 1}[x])
