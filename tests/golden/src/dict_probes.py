# A small program for the --trace=dict golden listing: a collision, a
# dummy left by a delete and reused, a resize, a failed lookup, a set.
class Key:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __hash__(self):
        return self.n % 8          # 1 and 9 share slot 1 of an 8-slot table


d = {Key(1): "one"}
d[Key(9)] = "nine"                  # collides with Key(1): probes on
print(d[Key(9)])
del d[Key(1)]                       # its slot becomes a dummy
d[Key(17)] = "seventeen"            # the walk passes the dummy, stores there
print(Key(2) in d)
for n in range(100, 104):
    d[n] = n                        # the 6th entry makes the table grow
s = {"a", "b"}
print("a" in s, "z" in s, 3 in [1, 2, 3])
