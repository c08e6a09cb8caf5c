# dict and set equality look keys up by hash and ==: numeric-equal keys compare equal; an exception from a value's __eq__ propagates
print({1: 'a', 2: 'b'} == {2.0: 'b', True: 'a'}, {(1, 2): 0} == {(1.0, 2.0): 0}, {1: 1} == {1: 1.0})
print({frozenset({1}): 0} == {frozenset({1.0}): 0}, {1, 2} == {2.0, 1.0}, frozenset({0}) == {False})
print({'a': 1} != {'a': 2}, {'a': 1} == {'b': 1}, {} == dict(), {1: 1} == {1: 1, 2: 2})


class Raises:
    def __eq__(self, other):
        raise ArithmeticError('compare')

    __hash__ = object.__hash__


x = Raises()
print({1: x} == {1: x})
try:
    print({1: x} == {1: Raises()})
except ArithmeticError as e:
    print('ArithmeticError:', e)
nan = float('nan')
print({1: nan} == {1: nan}, {1: nan} == {1: float('nan')}, [nan] == [nan])
