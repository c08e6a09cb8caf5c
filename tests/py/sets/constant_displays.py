# constant set displays are folded as CPython 3.11 does (a frozenset constant merged into an empty set)
# A display of three or more constants, {1, 9, 17, 25, 33, 41}, is compiled as
#   BUILD_SET 0; LOAD_CONST frozenset({...}); SET_UPDATE 1
# (the frozenset is built key by key from the constants, then merged into the empty set,
# which sizes the table for 6 keys: 16 slots instead of 32), and `for x in {consts}` /
# `x in {consts}` use the frozenset constant itself. The orders differ from add() one by one.
print({1, 9, 17, 25, 33, 41}, set([1, 9, 17, 25, 33, 41]))
print({'a', 'b', 'c', 'd', 'e', 'f'}, set(['a', 'b', 'c', 'd', 'e', 'f']))
print({'apple', 'banana', 'cherry'}, {0, -1, -2, 7, 8}, {(0, 0), (1, 2), (2, 1), (1, 2), (-1, -1)})
for x in {1, 9, 17, 25, 33, 41}:
    print(x, end=' ')
print([x for x in {1, 9, 17, 25, 33, 41}], list({1, 9, 17, 25, 33, 41}), 17 in {1, 9, 17, 25, 33, 41})
