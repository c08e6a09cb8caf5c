# None, Ellipsis and NotImplemented are hashable (by identity: their hash values are never printed) and usable as keys
print(hash(None) == hash(None), hash(...) == hash(Ellipsis), hash(NotImplemented) == hash(NotImplemented))
d = {None: 'none', ...: 'ellipsis', 0: 'zero', False: 'false', '': 'empty'}
print(d, d[None], d[...], None in d, len(d))
print({None, None, None}, len({None, 0, False, ''}), (None,) in {(None,): 1})
print(hash((None, 1)) == hash((None, 1)), {(None, 1): 'x'}[(None, 1)])
