"""functools -- functions that act on or return other functions.

Lesson 9 (closures) in library form: partial() remembers arguments,
wraps() makes a decorator's closure look like the function it wraps,
lru_cache() keeps results in a dict that a closure owns -- the memoised
Fibonacci of every interview. reduce(), total_ordering and cmp_to_key are
the other classics (folding a list, sorting with a comparison function).

CPython writes lru_cache, partial, reduce and cmp_to_key in C; here all of
it is Python, and their results, reprs and error messages are CPython's.
Where a learner could see a difference: an lru_cache wrapper is a plain
function (CPython's is a functools._lru_cache_wrapper object), and a call
with a wrong number of arguments is worded as a Python function's.
"""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'cached_property']

from collections import namedtuple


# ---- update_wrapper() and wraps() -------------------------------------------

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Update a wrapper function to look like the wrapped function.

    The attributes named in assigned are copied from wrapped (those it lacks
    are skipped), the dicts named in updated are merged into wrapper's, and
    wrapper.__wrapped__ is set to wrapped.
    """
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    # set last, so that the __dict__ copied above cannot overwrite it
    wrapper.__wrapped__ = wrapped
    return wrapper

def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory to apply update_wrapper() to a wrapper function.

    @wraps(f) above a decorator's inner function gives it f's name, doc and
    the rest: the decorated function then still says what it is.
    """
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


# ---- total_ordering ------------------------------------------------------------
#
# Each derived method calls the root one through the class (type(self).__lt__)
# and passes NotImplemented on, so that Python can then try the reflected
# operation of the other operand.

def _gt_from_lt(self, other):
    'Return a > b.  Computed by @total_ordering from (not a < b) and (a != b).'
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other

def _le_from_lt(self, other):
    'Return a <= b.  Computed by @total_ordering from (a < b) or (a == b).'
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other

def _ge_from_lt(self, other):
    'Return a >= b.  Computed by @total_ordering from (not a < b).'
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result

def _ge_from_le(self, other):
    'Return a >= b.  Computed by @total_ordering from (not a <= b) or (a == b).'
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other

def _lt_from_le(self, other):
    'Return a < b.  Computed by @total_ordering from (a <= b) and (a != b).'
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other

def _gt_from_le(self, other):
    'Return a > b.  Computed by @total_ordering from (not a <= b).'
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result

def _lt_from_gt(self, other):
    'Return a < b.  Computed by @total_ordering from (not a > b) and (a != b).'
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other

def _ge_from_gt(self, other):
    'Return a >= b.  Computed by @total_ordering from (a > b) or (a == b).'
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other

def _le_from_gt(self, other):
    'Return a <= b.  Computed by @total_ordering from (not a > b).'
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result

def _le_from_ge(self, other):
    'Return a <= b.  Computed by @total_ordering from (not a >= b) or (a == b).'
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other

def _gt_from_ge(self, other):
    'Return a > b.  Computed by @total_ordering from (a >= b) and (a != b).'
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other

def _lt_from_ge(self, other):
    'Return a < b.  Computed by @total_ordering from (not a >= b).'
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result

# for each operation the class may define: the three it gives the others
_derived = {
    '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
}

def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    # the orderings the class defines itself (not object's)
    roots = [op for op in _derived
             if getattr(cls, op, None) is not getattr(object, op, None)]
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)       # __lt__ first, then __le__, __gt__, __ge__
    for name, func in _derived[root]:
        if name not in roots:
            func.__name__ = name
            setattr(cls, name, func)
    return cls


# ---- cmp_to_key ------------------------------------------------------------------

class KeyWrapper:
    """A key for sorted() that compares by calling a cmp function."""
    __slots__ = ('cmp', 'obj')

    def __init__(self, cmp, obj):
        self.cmp = cmp
        self.obj = obj

    def _other(self, other):
        if not isinstance(other, KeyWrapper):
            raise TypeError('other argument must be K instance')
        return other.obj

    def __lt__(self, other):
        return self.cmp(self.obj, self._other(other)) < 0

    def __gt__(self, other):
        return self.cmp(self.obj, self._other(other)) > 0

    def __eq__(self, other):
        return self.cmp(self.obj, self._other(other)) == 0

    def __le__(self, other):
        return self.cmp(self.obj, self._other(other)) <= 0

    def __ge__(self, other):
        return self.cmp(self.obj, self._other(other)) >= 0

    __hash__ = None

def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function.

    mycmp(a, b) returns a negative number, zero or a positive number when a
    is less than, equal to or greater than b.
    """
    def K(obj):
        return KeyWrapper(mycmp, obj)
    return K


# ---- reduce -------------------------------------------------------------------------

_initial_missing = object()

def reduce(*args):
    """reduce(function, iterable[, initial]) -> value

    Apply a function of two arguments cumulatively to the items of a sequence
    or iterable, from left to right, so as to reduce the iterable to a single
    value.  For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]) calculates
    ((((1+2)+3)+4)+5).  If initial is present, it is placed before the items
    of the iterable in the calculation, and serves as a default when the
    iterable is empty."""
    # *args, so that a wrong count is reported in CPython's words
    if not 2 <= len(args) <= 3:
        bound = ('least', 2) if len(args) < 2 else ('most', 3)
        raise TypeError('reduce expected at %s %d arguments, got %d' % (bound + (len(args),)))
    function, iterable = args[0], args[1]
    initial = args[2] if len(args) == 3 else _initial_missing
    try:
        it = iter(iterable)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if initial is _initial_missing:
        for value in it:
            break
        else:
            raise TypeError('reduce() of empty iterable with no initial value')
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


# ---- partial --------------------------------------------------------------------------

class partial:
    """partial(func, *args, **keywords) - new function with partial application
    of the given arguments and keywords.
    """

    def __new__(*args, **keywords):
        if len(args) < 2:
            raise TypeError("type 'partial' takes at least one argument")
        cls, func, args = args[0], args[1], args[2:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if type(func) is partial:
            # partial(partial(f, 1), 2) is partial(f, 1, 2)
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = object.__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        if _repr_running(self):
            return '...'
        try:
            args = [repr(self.func)]
            args.extend(repr(x) for x in self.args)
            args.extend(f'{k}={v!r}' for k, v in self.keywords.items())
        finally:
            _repr_done(self)
        name = type(self).__qualname__
        if type(self).__module__ == 'functools':
            name = 'functools.' + name
        return f"{name}({', '.join(args)})"

    def __reduce__(self):
        return type(self), (self.func,), (self.func, self.args,
               self.keywords or None, self.__dict__ or None)


class partialmethod:
    """Method descriptor with partial application of the given arguments
    and keywords: partialmethod(f, 1) in a class body makes a method that
    calls f(self, 1, ...)."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('{!r} is not callable or a descriptor'.format(func))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __get__(self, obj, cls=None):
        get = getattr(self.func, '__get__', None)
        if get is not None:
            bound = get(obj, cls)
            if bound is not self.func:
                return partial(bound, *self.args, **self.keywords)
        def method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        return method.__get__(obj, cls)


# repr() of an object that contains itself: its second repr is '...'
_repr_active = []

def _repr_running(obj):
    for x in _repr_active:
        if x is obj:
            return True
    _repr_active.append(obj)
    return False

def _repr_done(obj):
    for i in range(len(_repr_active) - 1, -1, -1):
        if _repr_active[i] is obj:
            del _repr_active[i]
            break


# ---- lru_cache and cache ----------------------------------------------------------
#
# The cache is a dict from the call's arguments to its result. A dict keeps
# its keys in insertion order, which makes it the LRU list too: a hit moves
# its key to the end (pop it, put it back), and when the cache is full the
# first key -- the least recently used -- is evicted.

CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'],
                       module='functools')
_CacheInfo = CacheInfo

_kwd_mark = (object(),)

def _make_key(args, kwds, typed):
    """The cache key of a call: the arguments, then a marker and the keyword
    items, then (typed=True) the type of every argument."""
    key = args
    if kwds:
        key += _kwd_mark
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    return key

def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    If *maxsize* is set to None, the LRU features are disabled and the cache
    can grow without bound.

    If *typed* is True, arguments of different types will be cached separately.
    For example, f(3.0) and f(3) will be treated as distinct calls with
    distinct results.

    Arguments to the cached function must be hashable.

    View the cache statistics named tuple (hits, misses, maxsize, currsize)
    with f.cache_info().  Clear the cache and statistics with f.cache_clear().
    Access the underlying function with f.__wrapped__.
    """
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # @lru_cache without parentheses: maxsize is the function
        user_function, maxsize = maxsize, 128
        return _lru_cache_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)
    return decorating_function

def _lru_cache_wrapper(user_function, maxsize, typed):
    cache = {}
    hits = misses = 0
    missing = object()

    if maxsize == 0:
        def wrapper(*args, **kwds):
            nonlocal misses
            misses += 1
            return user_function(*args, **kwds)
    elif maxsize is None:
        def wrapper(*args, **kwds):
            nonlocal hits, misses
            key = _make_key(args, kwds, typed)
            result = cache.get(key, missing)
            if result is not missing:
                hits += 1
                return result
            misses += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result
    else:
        def wrapper(*args, **kwds):
            nonlocal hits, misses
            key = _make_key(args, kwds, typed)
            result = cache.pop(key, missing)
            if result is not missing:
                cache[key] = result          # now the most recently used
                hits += 1
                return result
            misses += 1
            result = user_function(*args, **kwds)
            if key not in cache:             # the call may have cached it
                if len(cache) >= maxsize:
                    del cache[next(iter(cache))]
                cache[key] = result
            return result

    def cache_info():
        """Report cache statistics"""
        return CacheInfo(hits, misses, maxsize, len(cache))

    def cache_clear():
        """Clear the cache and cache statistics"""
        nonlocal hits, misses
        cache.clear()
        hits = misses = 0

    def cache_parameters():
        return {'maxsize': maxsize, 'typed': typed}

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = cache_parameters
    return update_wrapper(wrapper, user_function)

def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)


# ---- singledispatch --------------------------------------------------------------

def singledispatch(func):
    """Single-dispatch generic function decorator.

    The decorated function is the default; f.register(cls) adds a version
    for arguments of class cls (the first argument decides), found along
    the argument's MRO. minipy's registers classes only, not annotations.
    """
    registry = {object: func}

    def dispatch(cls):
        for c in cls.__mro__:
            if c in registry:
                return registry[c]
        return func

    def register(cls, impl=None):
        if not isinstance(cls, type):
            raise TypeError(f'Invalid first argument to `register()`: {cls!r}. '
                            f'Use either `@register(some_class)` or plain `@register` '
                            f'on an annotated function.')
        if impl is None:
            return lambda f: register(cls, f)
        registry[cls] = impl
        return impl

    funcname = getattr(func, '__name__', 'singledispatch function')

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper


# ---- cached_property ----------------------------------------------------------------

_NOT_FOUND = object()

class cached_property:
    """A property computed once per instance, then kept in the instance's
    __dict__ (where later lookups find it before the class's descriptor)."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                'Cannot assign the same cached_property to two different names '
                f'({self.attrname!r} and {name!r}).')

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                'Cannot use cached_property instance without calling __set_name__ on it.')
        cache = instance.__dict__
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            cache[self.attrname] = val
        return val
