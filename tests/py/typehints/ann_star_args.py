# *args: *Ts (PEP 646): a starred annotation of *args is the one item its
# value unpacks to; anything else that does not unpack to one item fails
class Ts:
    def __iter__(self):
        print('iter')
        yield 'unpacked'
def g(*args: *Ts()) -> None: pass
print(g.__annotations__)
try:
    def k(*args: *[1, 2]): pass
except ValueError as e:
    print('ValueError', e)
