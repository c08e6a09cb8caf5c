"""Weak references (lesson 6: memory), on top of _weakref.ref (runtime/weakref.c).

A weak reference names an object without keeping it alive. The containers
below hold weak references and drop an entry from the callback that runs
when its object dies, as CPython's Lib/weakref.py does (compactly: no
iteration guards, no KeyedRef subclass; a closure keeps the key instead).
proxy is a Python class here, not CPython's C type.
"""

from _weakref import ref, getweakrefcount, getweakrefs, ReferenceType
from _collections_abc import MutableMapping, MutableSet

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "WeakValueDictionary", "WeakSet", "finalize", "ProxyType"]


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

    def __getattr__(self, name): return getattr(self._get(), name)
    def __setattr__(self, name, value): setattr(self._get(), name, value)
    def __delattr__(self, name): delattr(self._get(), name)
    def __repr__(self):
        o = self._get()
        return "<weakproxy at %#x; to '%s' at %#x>" % (id(self), type(o).__name__, id(o))
    def __str__(self): return str(self._get())
    def __bool__(self): return bool(self._get())
    def __len__(self): return len(self._get())
    def __iter__(self): return iter(self._get())
    def __contains__(self, x): return x in self._get()
    def __getitem__(self, k): return self._get()[k]
    def __setitem__(self, k, v): self._get()[k] = v
    def __delitem__(self, k): del self._get()[k]
    def __call__(self, *a, **k): return self._get()(*a, **k)
    def __eq__(self, o): return self._get() == o
    def __ne__(self, o): return self._get() != o
    def __lt__(self, o): return self._get() < o
    def __le__(self, o): return self._get() <= o
    def __gt__(self, o): return self._get() > o
    def __ge__(self, o): return self._get() >= o
    def __add__(self, o): return self._get() + o
    def __sub__(self, o): return self._get() - o
    def __mul__(self, o): return self._get() * o
    __hash__ = None


def proxy(obj, callback=None):
    return ProxyType(obj, callback)


class WeakValueDictionary(MutableMapping):
    """A mapping whose values are held weakly: an entry goes away when its
    value dies."""

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
    obj dies (or when the finalize object is called, or at exit), once."""

    _registry = {}

    def __init__(self, obj, func, /, *args, **kwargs):
        self._weakref = ref(obj, self)
        # the registry keeps the finalize object (and so its ref) alive
        finalize._registry[self] = (func, args, kwargs or None)
        self.atexit = True

    def __call__(self, _=None):
        info = finalize._registry.pop(self, None)
        if info is not None:
            func, args, kwargs = info
            return func(*args, **(kwargs or {}))

    def detach(self):
        o = self._weakref()
        info = finalize._registry.pop(self, None)
        if o is not None and info is not None:
            return (o, info[0], info[1], info[2] or {})

    def peek(self):
        o = self._weakref()
        info = finalize._registry.get(self)
        if o is not None and info is not None:
            return (o, info[0], info[1], info[2] or {})

    @property
    def alive(self):
        return self in finalize._registry

    def __repr__(self):
        o = self._weakref()
        if o is None:
            return "<finalize object at %#x; dead>" % id(self)
        return "<finalize object at %#x; for %r at %#x>" % (id(self), type(o).__name__, id(o))
