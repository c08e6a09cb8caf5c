"""types -- the names of the interpreter's own types.

type(f) is types.FunctionType for a function defined with def, and so on:
for programs that check what kind of object they were given (lesson 9's
"a closure is a function object too"), and for SimpleNamespace, an object
that is only its attributes (sys.implementation is one).
"""

import sys

__all__ = ['FunctionType', 'LambdaType', 'CodeType', 'GeneratorType',
           'CoroutineType', 'AsyncGeneratorType', 'coroutine',
           'MethodType', 'BuiltinFunctionType', 'BuiltinMethodType',
           'WrapperDescriptorType', 'MethodWrapperType', 'MethodDescriptorType',
           'ModuleType', 'TracebackType', 'SimpleNamespace',
           'NoneType', 'EllipsisType', 'NotImplementedType', 'CellType',
           'GenericAlias', 'UnionType', 'FrameType', 'GetSetDescriptorType',
           'MemberDescriptorType', 'ClassMethodDescriptorType', 'MappingProxyType',
           'new_class', 'resolve_bases', 'prepare_class']

def _f(): pass
FunctionType = type(_f)
LambdaType = type(lambda: None)         # Same as FunctionType
CodeType = type(_f.__code__)

def _g():
    yield 1
GeneratorType = type(_g())

async def _c(): pass
_c = _c()
CoroutineType = type(_c)
_c.close()  # Prevent ResourceWarning

async def _ag():
    yield
_ag = _ag()
AsyncGeneratorType = type(_ag)

class _C:
    def _m(self): pass
MethodType = type(_C()._m)

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)     # Same as BuiltinFunctionType

WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)

ModuleType = type(sys)

try:
    raise TypeError
except TypeError as exc:
    TracebackType = type(exc.__traceback__)
    # minipy's tracebacks do not show their frames (tb_frame) yet: no FrameType

def _cell_factory():
    a = 1
    def f():
        nonlocal a
    return f.__closure__[0]
CellType = type(_cell_factory())

SimpleNamespace = type(sys.implementation)

NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)



class _GeneratorWrapper:
    # A generator seen as a coroutine: awaiting it runs the generator.
    def __init__(self, gen):
        self.__wrapped = gen
        self.__isgen = gen.__class__ is GeneratorType
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)
    def send(self, val):
        return self.__wrapped.send(val)
    def throw(self, tp, *rest):
        return self.__wrapped.throw(tp, *rest)
    def close(self):
        return self.__wrapped.close()
    @property
    def gi_code(self):
        return self.__wrapped.gi_code
    @property
    def gi_frame(self):
        return self.__wrapped.gi_frame
    @property
    def gi_running(self):
        return self.__wrapped.gi_running
    @property
    def gi_yieldfrom(self):
        return self.__wrapped.gi_yieldfrom
    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom
    def __next__(self):
        return next(self.__wrapped)
    def __iter__(self):
        if self.__isgen:
            return self.__wrapped
        return self
    __await__ = __iter__


def coroutine(func):
    """Convert regular generator function to a coroutine."""
    # CPython marks a generator function's code CO_ITERABLE_COROUTINE with
    # code.replace(); minipy's code objects cannot be changed or copied, so
    # a generator function takes the path CPython keeps for other callables
    # that return generators: its generators are wrapped in an awaitable.
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if (func.__class__ is FunctionType and
            getattr(func, '__code__', None).__class__ is CodeType):
        # 0x180 == CO_COROUTINE | CO_ITERABLE_COROUTINE
        if func.__code__.co_flags & 0x180:
            return func

    import functools
    import _collections_abc

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if (coro.__class__ is CoroutineType or
                coro.__class__ is GeneratorType and coro.gi_code.co_flags & 0x100):
            return coro
        if (isinstance(coro, _collections_abc.Generator) and
                not isinstance(coro, _collections_abc.Coroutine)):
            return _GeneratorWrapper(coro)
        return coro

    return wrapped


del _f, _g, _C, _cell_factory, _c, _ag

GetSetDescriptorType = type(FunctionType.__dict__['__code__'])
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])


class _Slotted:
    __slots__ = ('member',)


MemberDescriptorType = type(_Slotted.member)
del _Slotted


FrameType = type(sys._getframe())
del sys


MappingProxyType = type(type.__dict__)    # a class's __dict__: runtime/mappingproxy.c


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type) or not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass.

    Returns (metaclass, namespace, kwds) as a 3-tuple."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        # the most derived metaclass among meta and the bases' (as the class statement)
        winner = meta
        for base in bases:
            base_meta = type(base)
            if issubclass(winner, base_meta):
                continue
            if issubclass(base_meta, winner):
                winner = base_meta
                continue
            raise TypeError("metaclass conflict: the metaclass of a derived class must be "
                            "a (non-strict) subclass of the metaclasses of all its bases")
        meta = winner
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


GenericAlias = type(list[int])          # list[int]: runtime/typealias.c
UnionType = type(int | str)             # int | str

