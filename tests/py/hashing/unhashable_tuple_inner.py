# a tuple is hashable only when every element is: the TypeError names the innermost unhashable element's type
def attempt(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, 'TypeError:', e)


class EqOnly:
    def __eq__(self, other):
        return True


attempt('(1, [2])', lambda: hash((1, [2])))
attempt('(1, (2, {}))', lambda: hash((1, (2, {}))))
attempt('((set(),),)', lambda: hash(((set(),),)))
attempt('(1, EqOnly())', lambda: hash((1, EqOnly())))
attempt('([1], {})', lambda: hash(([1], {})))
attempt('dict key', lambda: {('a', [1, 2]): 1})
attempt('set member', lambda: {(1, (2, [3]))})
attempt('lookup', lambda: ('a', [1]) in {('a', 1): 0})
attempt('frozenset of tuple', lambda: frozenset([(1, {2})]))
attempt('(1, frozenset({2}))', lambda: hash((1, frozenset({2}))) == hash((1, frozenset([2]))))
attempt('a list inside a tuple inside a list', lambda: [(1, [2])] == [(1, [2])])
