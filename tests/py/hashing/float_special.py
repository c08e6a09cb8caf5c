# hash(inf) == 314159 and hash(-inf) == -314159; nan hashes by identity (never printed), so only the same nan object finds itself
inf = float('inf')
print(hash(inf), hash(-inf), hash(float('-inf')), hash(inf * 2))
nan = float('nan')
print(hash(nan) == hash(nan), nan == nan, nan is nan)
d = {nan: 'first'}
print(d[nan], nan in d, float('nan') in d)
other = float('nan')
d[other] = 'second'
print(len(d), d[other], d[nan])
s = {nan, nan, other}
print(len(s), nan in s, other in s, float('nan') in s)
print([nan] == [nan], (nan,) == (nan,), (nan,) in {(nan,): 1})
print({inf: 'big', -inf: 'small'}[float('inf')], {inf: 1, 1e308 * 10: 2})
