# types: MappingProxyType (a read-only view of a mapping), the descriptor and
# frame types, and new_class/prepare_class/resolve_bases, which make a class
# as the class statement does (__prepare__, keywords, __mro_entries__).
import types, sys
mp = types.MappingProxyType({'a': 1, 'b': 2})
print(mp, type(mp), len(mp), mp['a'], 'b' in mp, list(mp), mp.get('z', 0), list(mp.items()), mp == {'a': 1, 'b': 2}, mp | {'c': 3})
try: mp['c'] = 3
except TypeError as e: print(e)
try: del mp['a']
except TypeError as e: print(e)
try: types.MappingProxyType([1])
except TypeError as e: print(e)
try: hash(mp)
except TypeError as e: print(e)
print(types.FrameType, types.GetSetDescriptorType, types.MemberDescriptorType, types.ClassMethodDescriptorType)
print(isinstance(sys._getframe(), types.FrameType))
class Meta(type):
    @classmethod
    def __prepare__(m, name, bases, **kw): print("prepare", name, kw); return {}
    def __new__(m, name, bases, ns, **kw): return super().__new__(m, name, bases, ns)
C = types.new_class('C', (), {'metaclass': Meta, 'flag': 1}, lambda ns: ns.update(x=5))
print(C, type(C).__name__, C.x)
print(types.resolve_bases((int,)), types.prepare_class('X'))
class Alias:
    def __mro_entries__(self, bases): return (dict,)
D = types.new_class('D', (Alias(),))
print(D.__bases__, D.__orig_bases__[0].__class__.__name__)
