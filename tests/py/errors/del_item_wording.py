# del o[k] on an object that cannot delete items: CPython words it
# "doesn't support" when the key is an index and the object has sequence
# slots (every class has them), "does not support" otherwise.
class A:
    pass


class B:
    def __getitem__(self, k):
        return 1


class C:
    def __len__(self):
        return 1


for o in (A(), B(), C(), (1,), "x", 5):
    for k in (0, "k", True):
        try:
            del o[k]
        except TypeError as e:
            print(e)
