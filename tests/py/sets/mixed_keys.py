# 1, 1.0 and True are equal and hash alike, so they are one key; the first one in stays
print({1, 1.0, True}, {True, 1, 1.0}, {1.0, True, 1}, {0, False, 0.0, -0.0}, {False, 0})
s = set()
for k in [True, 1, 1.0, 2, 2.0, 0.5]:
    s.add(k)
print(s, len(s))
print(1.0 in {1}, True in {1.0}, 2 in {2.0}, 0.5 in {0.5}, 3 in {3.000001})
print({1, 2, 3} - {1.0, True}, {1.0, 2.5} | {1, 2}, set([1, True, 1.0, 'a', 'a']) == {1, 'a'})
print({2 ** 61 - 1, 0}, hash(2 ** 61 - 1), {10 ** 30, 10 ** 30 + 0.0})
print({-1, -2}, {-2, -1}, {1.5, 1, 2.5, 2}, {0, False, ''}, len({None, 0, False, ''}))
t = {1, 2, 3}
t.discard(True)
t.discard(2.0)
print(t)
print({(1, 2), (1.0, 2.0), (True, 2)}, {(0,), (False,)})
