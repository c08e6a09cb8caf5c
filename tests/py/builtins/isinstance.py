# isinstance with single types and tuples of types; bool is a subclass of int
checks = [(1, int), (True, int), (True, bool), (1, bool), (1.0, float), (1, float), ('s', str), ([1], list),
          ((1,), tuple), ({}, dict), (None, type(None)), (1, (str, int)), ('x', (int, float)), (2.5, (int, float)),
          ([], (tuple, (dict, list))), (range(1), range), (len, type(len))]
for value, types in checks:
    print(repr(value) if value is not len else 'len', isinstance(value, types))
print(isinstance(int, type), isinstance(type(1), type), isinstance('int', type))
