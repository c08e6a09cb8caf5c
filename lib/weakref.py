"""Weak references (lesson 6: memory), on top of _weakref.ref (runtime/weakref.c).

A weak reference names an object without keeping it alive. The containers
below hold weak references and drop an entry from the callback that runs
when its object dies, as CPython's Lib/weakref.py does (compactly: no
iteration guards, no KeyedRef subclass; a closure keeps the key instead).
proxy is a Python class here, not CPython's C type: two proxies of one
object are two objects, where CPython shares the one without a callback.
"""

from _weakref import ref, getweakrefcount, getweakrefs, ReferenceType
from _collections_abc import MutableMapping, MutableSet

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]


def _unwrap(o):
    # a proxy given as the other operand stands for its object too
    return o._get() if isinstance(o, ProxyType) else o


class ProxyType:
    """proxy(obj[, callback]): stands for obj while it lives; afterwards
    every use raises ReferenceError."""
    __slots__ = ("_ref",)

    def __init__(self, obj, callback=None):
        if callback is not None:
            me = self
            object.__setattr__(self, "_ref", ref(obj, lambda r: callback(me)))
        else:
            object.__setattr__(self, "_ref", ref(obj))

    def _get(self):
        o = object.__getattribute__(self, "_ref")()
        if o is None:
            raise ReferenceError("weakly-referenced object no longer exists")
        return o

    def __getattribute__(self, name):
        if name == "_get":
            return object.__getattribute__(self, name)
        return getattr(self._get(), name)

    def __setattr__(self, name, value): setattr(self._get(), name, value)
    def __delattr__(self, name): delattr(self._get(), name)

    def __repr__(self):
        o = object.__getattribute__(self, "_ref")()
        return "<weakproxy at %#x to %s at %#x>" % (id(self), type(o).__name__, id(o))

    def __str__(self): return str(self._get())
    def __bytes__(self): return bytes(self._get())
    def __bool__(self): return bool(self._get())
    def __len__(self): return len(self._get())
    def __iter__(self): return iter(self._get())
    def __next__(self): return next(self._get())
    def __reversed__(self): return reversed(self._get())
    def __contains__(self, x): return x in self._get()
    def __getitem__(self, k): return self._get()[k]
    def __setitem__(self, k, v): self._get()[k] = v
    def __delitem__(self, k): del self._get()[k]
    def __index__(self): return self._get().__index__()
    def __int__(self): return int(self._get())
    def __float__(self): return float(self._get())
    def __neg__(self): return -self._get()
    def __pos__(self): return +self._get()
    def __abs__(self): return abs(self._get())
    def __invert__(self): return ~self._get()
    def __eq__(self, o): return self._get() == _unwrap(o)
    def __ne__(self, o): return self._get() != _unwrap(o)
    def __lt__(self, o): return self._get() < _unwrap(o)
    def __le__(self, o): return self._get() <= _unwrap(o)
    def __gt__(self, o): return self._get() > _unwrap(o)
    def __ge__(self, o): return self._get() >= _unwrap(o)
    __hash__ = None


# the binary operators, each both ways round and in place, as CPython's
# proxy: both operands unwrapped, then the operator on the objects
_BINARY = {"add": "+", "sub": "-", "mul": "*", "matmul": "@", "truediv": "/",
           "floordiv": "//", "mod": "%", "pow": "**", "lshift": "<<",
           "rshift": ">>", "and": "&", "or": "|", "xor": "^"}


def _binary_methods(op):
    code = ("def forward(self, o):\n    return self._get() {op} _unwrap(o)\n"
            "def backward(self, o):\n    return _unwrap(o) {op} self._get()\n"
            "def inplace(self, o):\n    x = self._get()\n    x {op}= _unwrap(o)\n    return x\n")
    ns = {"_unwrap": _unwrap}
    exec(code.format(op=op), ns)
    return ns["forward"], ns["backward"], ns["inplace"]


for _name, _op in _BINARY.items():
    _f, _b, _i = _binary_methods(_op)
    setattr(ProxyType, "__%s__" % _name, _f)
    setattr(ProxyType, "__r%s__" % _name, _b)
    setattr(ProxyType, "__i%s__" % _name, _i)
ProxyType.__divmod__ = lambda self, o: divmod(self._get(), _unwrap(o))
ProxyType.__rdivmod__ = lambda self, o: divmod(_unwrap(o), self._get())


class CallableProxyType(ProxyType):
    """The proxy of an object that can be called."""
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return self._get()(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    """proxy(object[, callback]) -- create a proxy object that weakly
    references 'object'.  'callback', if given, is called with a
    reference to the proxy when 'object' is about to be finalized."""
    return (CallableProxyType if callable(obj) else ProxyType)(obj, callback)


class WeakMethod(ref):
    """A weak reference to a bound method, working around the fact that
    a bound method is made anew at each attribute access: it keeps weak
    references to the instance and to the function, and calling it makes
    the bound method again while both live."""
    __slots__ = ("_func_ref", "_meth_type", "_alive", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None

        def _cb(arg):
            # the instance or the function died: the callback runs once
            self = self_wr()
            if self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)
        self = ref.__new__(cls, obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)
        self._alive = True
        self_wr = ref(self)
        return self

    def __init__(self, meth, callback=None):
        pass

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return NotImplemented

    __hash__ = ref.__hash__


class WeakValueDictionary(MutableMapping):
    """A mapping whose values are held weakly: an entry goes away when its
    value dies."""
    __class_getitem__ = classmethod(type(list[int]))   # C[int]: a types.GenericAlias (PEP 585)

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def _ref(self, key, value):
        selfref = ref(self)
        def remove(wr):
            d = selfref()
            if d is not None and d.data.get(key) is wr:
                del d.data[key]
        return ref(value, remove)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value): self.data[key] = self._ref(key, value)
    def __delitem__(self, key): del self.data[key]
    def __len__(self): return sum(1 for wr in list(self.data.values()) if wr() is not None)
    def __contains__(self, key):
        wr = self.data.get(key)
        return wr is not None and wr() is not None
    def __iter__(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k
    def __repr__(self): return "<%s at %#x>" % (type(self).__name__, id(self))

    def get(self, key, default=None):
        wr = self.data.get(key)
        if wr is None:
            return default
        o = wr()
        return default if o is None else o

    def items(self):
        for k, wr in list(self.data.items()):
            v = wr()
            if v is not None:
                yield k, v

    def values(self):
        for k, v in self.items():
            yield v

    def valuerefs(self): return list(self.data.values())
    def copy(self): return WeakValueDictionary(self.items())


class WeakKeyDictionary(MutableMapping):
    """A mapping whose keys are held weakly: an entry goes away when its
    key dies."""
    __class_getitem__ = classmethod(type(list[int]))   # C[int]: a types.GenericAlias (PEP 585)

    def __init__(self, dict=None):
        self.data = {}
        selfref = ref(self)
        def remove(k):
            d = selfref()
            if d is not None:
                d.data.pop(k, None)
        self._remove = remove
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key): return self.data[ref(key)]
    def __setitem__(self, key, value): self.data[ref(key, self._remove)] = value
    def __delitem__(self, key): del self.data[ref(key)]
    def __len__(self): return len(self.data)
    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data
    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o
    def __repr__(self): return "<%s at %#x>" % (type(self).__name__, id(self))

    def get(self, key, default=None): return self.data.get(ref(key), default)

    def items(self):
        for wr, v in list(self.data.items()):
            k = wr()
            if k is not None:
                yield k, v

    def keyrefs(self): return list(self.data)
    def copy(self): return WeakKeyDictionary(dict(self.items()))


class WeakSet(MutableSet):
    """A set whose items are held weakly."""
    __class_getitem__ = classmethod(type(list[int]))   # C[int]: a types.GenericAlias (PEP 585)

    def __init__(self, data=None):
        self.data = set()
        selfref = ref(self)
        def remove(item):
            s = selfref()
            if s is not None:
                s.data.discard(item)
        self._remove = remove
        if data is not None:
            for x in data:
                self.add(x)

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __len__(self): return len(self.data)
    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data
    def add(self, item): self.data.add(ref(item, self._remove))
    def discard(self, item): self.data.discard(ref(item))
    def remove(self, item): self.data.remove(ref(item))
    def copy(self): return WeakSet(self)
    def __repr__(self): return repr(self.data)


class finalize:
    """finalize(obj, func, *args, **kwargs): call func(*args, **kwargs) when
    obj dies, or when the finalize object is called, or at exit (atexit:
    the ones still alive, newest first), whichever comes first, once."""

    # finalize -> [func, args, kwargs, atexit, index]: the registry keeps
    # the finalize object, and so its weak reference, alive
    _registry = {}
    _shutdown = False
    _index = 0
    _dirty = False
    _registered_with_atexit = False

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._registered_with_atexit = True
        finalize._index += 1
        self._weakref = ref(obj, self)
        finalize._registry[self] = [func, args, kwargs or None, True, finalize._index]
        finalize._dirty = True

    def __call__(self, _=None):
        info = finalize._registry.pop(self, None)
        if info is not None and not finalize._shutdown:
            func, args, kwargs = info[0], info[1], info[2]
            return func(*args, **(kwargs or {}))

    def detach(self):
        info = finalize._registry.get(self)
        o = info and self._weakref()
        if o is not None and finalize._registry.pop(self, None):
            return (o, info[0], info[1], info[2] or {})

    def peek(self):
        info = finalize._registry.get(self)
        o = info and self._weakref()
        if o is not None:
            return (o, info[0], info[1], info[2] or {})

    @property
    def alive(self):
        return self in finalize._registry

    @property
    def atexit(self):
        info = finalize._registry.get(self)
        return bool(info) and info[3]

    @atexit.setter
    def atexit(self, value):
        info = finalize._registry.get(self)
        if info:
            info[3] = bool(value)

    def __repr__(self):
        o = self._weakref()
        if o is None:
            return "<finalize object at %#x; dead>" % id(self)
        return "<finalize object at %#x; for %r at %#x>" % (id(self), type(o).__name__, id(o))

    @classmethod
    def _select_for_exit(cls):
        # the ones to call at exit, oldest first (they are popped from the end)
        chosen = [(info[4], f) for f, info in cls._registry.items() if info[3]]
        chosen.sort(key=lambda pair: pair[0])
        return [f for _, f in chosen]

    @classmethod
    def _exitfunc(cls):
        # run from atexit (runtime/mod_atexit.c): the collector stays off
        # meanwhile, so that no finalizer runs from a collection half-way
        import gc
        import sys
        reenable_gc = False
        try:
            if cls._registry:
                if gc.isenabled():
                    reenable_gc = True
                    gc.disable()
                pending = None
                while True:
                    if pending is None or finalize._dirty:
                        pending = cls._select_for_exit()
                        finalize._dirty = False
                    if not pending:
                        break
                    f = pending.pop()
                    try:
                        f()
                    except Exception:
                        sys.excepthook(*sys.exc_info())
        finally:
            finalize._shutdown = True
            if reenable_gc:
                gc.enable()
