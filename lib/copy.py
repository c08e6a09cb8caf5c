"""copy -- shallow and deep copies of objects.

Lesson 6 (memory) and the aliasing bug every course meets: `b = a` copies
a reference, copy.copy(a) makes a new outer object that shares the inner
ones, copy.deepcopy(a) copies all the way down. deepcopy keeps a memo (a
dict from id() of each original to its copy) so that an object reached
twice is copied once and a cycle is copied as a cycle.

How an object is copied, in order:
  1. the built-in types: immutable ones are their own copy; list, dict, set
     (and, deep, tuple) are copied here;
  2. a class's own __copy__() / __deepcopy__(memo);
  3. its __reduce_ex__(4) or __reduce__(), if its class defines one: a
     recipe (callable, args, state, list items, dict items) to rebuild it;
  4. otherwise, what CPython's object.__reduce_ex__ would give:
     cls.__new__(cls, *args) (args from __getnewargs__, or the value of an
     int, str, tuple ... subclass), then the instance's __dict__ (or
     __getstate__()) as its state, and the items of a list or dict subclass.
CPython has step 4 in C (object.__reduce_ex__ and copyreg); minipy's
object has no __reduce_ex__, so it is written out here.
"""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass

error = Error   # backward compatibility


def _newobj(cls, *args):
    """How a reduced object is made again: cls.__new__(cls, *args)."""
    return cls.__new__(cls, *args)


def _object_reduce(x):
    """The recipe object.__reduce_ex__(4) gives in CPython (see step 4)."""
    cls = type(x)
    getnewargs = getattr(x, '__getnewargs__', None)
    if getnewargs is not None:
        args = tuple(getnewargs())
    elif isinstance(x, (int, float, str)):
        args = (cls.__mro__[-2](x),)     # the built-in base: int(x), str(x), ...
    elif isinstance(x, tuple):
        args = (tuple(x),)
    elif isinstance(x, (set, frozenset)):
        args = (list(x),)
    else:
        args = ()
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None:
        state = getstate()
    else:
        state = getattr(x, '__dict__', None) or None
    listiter = iter(x) if isinstance(x, list) else None
    dictiter = iter(x.items()) if isinstance(x, dict) else None
    if isinstance(x, set) and not isinstance(x, frozenset):
        args = ()
        listiter = None
        state_items = list(x)
        return _newobj, (cls,), state, None, None, state_items
    return _newobj, (cls,) + args, state, listiter, dictiter


def _reduce(x, cls):
    """The recipe to rebuild x: the class's own __reduce_ex__ or
    __reduce__ if it defines one, else object's (above)."""
    reductor = getattr(cls, '__reduce_ex__', None)
    if reductor is not None:
        return reductor(x, 4)
    reductor = getattr(cls, '__reduce__', None)
    if reductor is not None:
        return reductor(x)
    return _object_reduce(x)


# ---- shallow copies ------------------------------------------------------------

def copy(x):
    """Shallow copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    cls = type(x)

    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)

    if issubclass(cls, type):
        # treat it as a regular class:
        return _copy_immutable(x)

    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)

    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


_copy_dispatch = d = {}

def _copy_immutable(x):
    return x

for t in (type(None), int, float, bool, complex, str, bytes, tuple, frozenset, type,
          range, slice, property, type(len), type(Ellipsis), type(NotImplemented),
          type(lambda: 0), type(copy.__code__)):
    d[t] = _copy_immutable

d[list] = list.copy
d[dict] = dict.copy
d[set] = set.copy

del d, t


# ---- deep copies -----------------------------------------------------------------

def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    if memo is None:
        memo = {}

    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)

    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    else:
        if issubclass(cls, type):
            y = _deepcopy_atomic(x, memo)
        else:
            copier = getattr(x, '__deepcopy__', None)
            if copier is not None:
                y = copier(memo)
            else:
                rv = _reduce(x, cls)
                if isinstance(rv, str):
                    y = x
                else:
                    y = _reconstruct(x, memo, *rv)

    # If is its own copy, don't memoize.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)  # Make sure x lives at least as long as d
    return y


_deepcopy_dispatch = d = {}

def _deepcopy_atomic(x, memo):
    return x

for t in (type(None), type(Ellipsis), type(NotImplemented), int, float, bool,
          complex, str, bytes, type, range, property, type(len), type(lambda: 0),
          type(copy.__code__)):
    d[t] = _deepcopy_atomic

def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y           # before the items: an item may be x itself
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y
d[list] = _deepcopy_list

def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # A tuple that contains itself (through a list) was copied while its
    # items were: that copy is the answer.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            y = tuple(y)
            break
    else:
        y = x                 # nothing inside changed: share the tuple
    return y
d[tuple] = _deepcopy_tuple

def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y
d[dict] = _deepcopy_dict

def _deepcopy_set(x, memo, deepcopy=deepcopy):
    y = set()
    memo[id(x)] = y
    for item in x:
        y.add(deepcopy(item, memo))
    return y
d[set] = _deepcopy_set

def _deepcopy_frozenset(x, memo, deepcopy=deepcopy):
    return frozenset(deepcopy(item, memo) for item in x)
d[frozenset] = _deepcopy_frozenset

def _deepcopy_method(x, memo):   # Copy instance methods
    return type(x)(x.__func__, deepcopy(x.__self__, memo))
class _C:
    def _m(self):
        pass
d[type(_C()._m)] = _deepcopy_method
del _C

del d, t


def _keep_alive(x, memo):
    """Keeps a reference to the object x in the memo.

    The memo maps id()s to copies; an original that died could give its id
    to a new object, whose lookup would then find the wrong copy. So the
    memo keeps every original alive, in a list under its own id.
    """
    try:
        memo[id(memo)].append(x)
    except KeyError:
        # aha, this is the first one :-)
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None, setitems=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    if setitems is not None:
        for item in setitems:
            y.add(deepcopy(item, memo) if deep else item)
    return y
