"""itertools -- lazy building blocks for loops.

Lesson 7 (iteration) and lesson 10 (scaling): each of these makes one item
at a time when asked, so a pipeline of them never builds a whole list --
count() is infinite, and islice() takes what it needs. The combinatoric
ones (product, permutations, combinations) are the brute-force halves of
interview answers.

CPython writes them in C as iterator classes; here most are generator
functions, which read as the algorithm they run. Two are classes because
their repr is visible in CPython (count(3), repeat('a', 3)), and groupby is
a class because its groups share one underlying iterator. As in CPython,
the arguments are checked and iter() is called when the iterator is made,
not at its first item; what differs is only the type of the object
(a generator where CPython has itertools.chain and so on).
"""

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']

import sys as _sys
from _collections import deque as _deque


def _index(x):
    """x as an int, through __index__ (TypeError as CPython's)."""
    try:
        index = type(x).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(x).__name__) from None
    return index(x)


def _is_number(x):
    t = type(x)
    return (hasattr(t, '__index__') or hasattr(t, '__int__') or
            hasattr(t, '__float__') or hasattr(t, '__complex__'))


# ---- infinite iterators ------------------------------------------------------

class count:
    """Return a count object whose .__next__() method returns consecutive values.

    Equivalent to:
        def count(firstval=0, step=1):
            x = firstval
            while 1:
                yield x
                x += step
    """
    __slots__ = ('_value', '_step')

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._value = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        step = self._step
        if isinstance(step, int) and step == 1:
            return 'count(%r)' % (self._value,)
        return 'count(%r, %r)' % (self._value, step)

    def __reduce__(self):
        step = self._step
        if isinstance(step, int) and step == 1:
            return type(self), (self._value,)
        return type(self), (self._value, step)


def cycle(iterable):
    """Return elements from the iterable until it is exhausted. Then repeat
    the sequence indefinitely."""
    return _cycle(iter(iterable))

def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""
    __slots__ = ('_object', '_times')

    def __init__(self, object, times=None):
        self._object = object
        if times is not None:
            times = _index(times)
            if times < 0:
                times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        times = self._times
        if times is None:
            return self._object
        if times <= 0:
            raise StopIteration
        self._times = times - 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._object,)
        return 'repeat(%r, %d)' % (self._object, self._times)

    def __reduce__(self):
        if self._times is None:
            return type(self), (self._object,)
        return type(self), (self._object, self._times)


# ---- iterators that stop at the shortest input ---------------------------------

def accumulate(iterable, func=None, *, initial=None):
    """Return series of accumulated sums (or other binary function results).

    accumulate([1,2,3,4,5]) --> 1 3 6 10 15
    accumulate([1,2,3,4,5], initial=100) --> 100 101 103 106 110 115
    accumulate([1,2,3,4,5], operator.mul) --> 1 2 6 24 120
    """
    return _accumulate(iter(iterable), func, initial)

def _accumulate(it, func, total):
    if total is None:
        for total in it:
            break
        else:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def chain(*iterables):
    """Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted."""
    return _chain_from(iterables)

def _chain_from(iterables):
    for it in iterables:
        yield from it

def _from_iterable(iterable):
    """Alternative chain() constructor taking a single iterable argument that
    evaluates lazily."""
    return _chain_from(iter(iterable))

chain.from_iterable = _from_iterable


def compress(data, selectors):
    """Return data elements corresponding to true selector elements.

    compress('ABCDEF', [1,0,1,0,1,1]) --> A C E F
    """
    return _compress(iter(data), iter(selectors))

def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable):
    """Drop items from the iterable while predicate(item) is true.

    Afterwards, return every element until the iterable is exhausted."""
    return _dropwhile(predicate, iter(iterable))

def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    yield from it


def filterfalse(function, iterable):
    """Return those items of iterable for which function(item) is false.

    If function is None, return the items that are false."""
    return _filterfalse(function, iter(iterable))

def _filterfalse(function, it):
    if function is None:
        function = bool
    for x in it:
        if not function(x):
            yield x


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable

      iterable
        Elements to divide into groups according to the key function.
      key
        A function for computing the group category for each element.
        If the key function is not specified or is None, the element itself
        is used for grouping.
    """
    # One iterator feeds every group: a group reads items while their key
    # is its key; moving to the next group ends the current one (its later
    # items are skipped), as in CPython.

    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._marker = object()
        self._tgtkey = self._currkey = self._currvalue = self._marker
        self._group = None

    def __iter__(self):
        return self

    def _step(self):
        """Read the next item and its key (StopIteration at the end)."""
        self._currvalue = next(self._it)
        key = self._keyfunc
        self._currkey = self._currvalue if key is None else key(self._currvalue)

    def __next__(self):
        self._group = group = object()
        marker = self._marker
        # skip what is left of the current group
        while self._currkey is marker or (self._tgtkey is not marker
                                          and self._currkey == self._tgtkey):
            self._step()
        self._tgtkey = self._currkey
        return (self._currkey, self._grouper(self._tgtkey, group))

    def _grouper(self, tgtkey, group):
        while self._group is group and self._currkey == tgtkey:
            yield self._currvalue
            try:
                self._step()
            except StopIteration:
                return


def islice(iterable, *args):
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object

    Return an iterator whose next() method returns selected values from an
    iterable.  If start is specified, will skip all preceding elements;
    otherwise, start defaults to zero.  Step defaults to one.  If
    specified as another value, step determines how many values are
    skipped between successive calls.  Works like a slice() on a list
    but returns an iterator."""
    if not args:
        raise TypeError('islice expected at least 2 arguments, got 1')
    if len(args) > 3:
        raise TypeError('islice expected at most 4 arguments, got %d' % (len(args) + 1))
    if len(args) == 1:
        start, stop, step = None, args[0], None
    else:
        start, stop = args[0], args[1]
        step = args[2] if len(args) == 3 else None
    if stop is not None:
        try:
            stop = _index(stop)
        except TypeError:
            stop = -1
        if not 0 <= stop <= _sys.maxsize:
            raise ValueError('Stop argument for islice() must be None or an integer: '
                             '0 <= x <= sys.maxsize.')
    if start is None:
        start = 0
    else:
        try:
            start = _index(start)
        except TypeError:
            start = -1
        if not 0 <= start <= _sys.maxsize:
            raise ValueError('Indices for islice() must be None or an integer: '
                             '0 <= x <= sys.maxsize.')
    if step is None:
        step = 1
    else:
        try:
            step = _index(step)
        except TypeError:
            step = 0
        if step < 1:
            raise ValueError('Step for islice() must be a positive integer or None.')
    return _islice(iter(iterable), start, stop, step)

def _islice(it, start, stop, step):
    # CPython's algorithm: read (and drop) items up to the next wanted
    # index, never one beyond stop -- the caller may go on with it.
    count = 0
    wanted = start
    while True:
        while count < wanted:
            try:
                next(it)
            except StopIteration:
                return
            count += 1
        if stop is not None and count >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        count += 1
        wanted += step
        if stop is not None and wanted > stop:
            wanted = stop
        yield item


def pairwise(iterable):
    """Return an iterator of overlapping pairs taken from the input iterator.

    s -> (s0,s1), (s1,s2), (s2, s3), ..."""
    return _pairwise(iter(iterable))

def _pairwise(it):
    for a in it:
        break
    else:
        return
    for b in it:
        yield a, b
        a = b


def starmap(function, iterable):
    """Return an iterator whose values are returned from the function
    evaluated with an argument tuple taken from the given sequence."""
    return _starmap(function, iter(iterable))

def _starmap(function, it):
    for args in it:
        if type(args) is not tuple:
            args = tuple(args)
        yield function(*args)


def takewhile(predicate, iterable):
    """Return successive entries from an iterable as long as the predicate
    evaluates to true for each entry."""
    return _takewhile(predicate, iter(iterable))

def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators.

    Each keeps a queue of the items the others read ahead of it."""
    n = _index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    queues = [_deque() for i in range(n)]
    return tuple(_tee(it, queues, q) for q in queues)

def _tee(it, queues, mine):
    while True:
        if not mine:
            try:
                value = next(it)
            except StopIteration:
                return
            for q in queues:
                q.append(value)
        yield mine.popleft()


def zip_longest(*iterables, fillvalue=None):
    """Return a zip_longest object whose .__next__() method returns a tuple
    where the i-th element comes from the i-th iterable argument.  The
    .__next__() method continues until the longest iterable in the argument
    sequence is exhausted and then it raises StopIteration.  When the shorter
    iterables are exhausted, the fillvalue is substituted in their place."""
    return _zip_longest([iter(it) for it in iterables], fillvalue)

def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


# ---- combinatoric iterators ---------------------------------------------------------

def product(*iterables, repeat=1):
    """Cartesian product of input iterables.  Equivalent to nested for-loops.

    For example, product(A, B) returns the same as:  ((x,y) for x in A for y in B).
    The leftmost iterators are in the outermost for-loop, so the output tuples
    cycle in a manner similar to an odometer (with the rightmost element changing
    on every iteration).

    product('ab', range(3)) --> ('a',0) ('a',1) ('a',2) ('b',0) ('b',1) ('b',2)
    product((0,1), (0,1), (0,1)) --> (0,0,0) (0,0,1) (0,1,0) (0,1,1) (1,0,0) ...
    """
    repeat = _index(repeat)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)

def _product(pools):
    # an odometer: indices[i] into pools[i]; the last one turns fastest
    for pool in pools:
        if not pool:
            return
    n = len(pools)
    indices = [0] * n
    yield tuple(pool[0] for pool in pools)
    while True:
        i = n - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
            i -= 1
        else:
            return
        yield tuple(pools[k][indices[k]] for k in range(n))


def permutations(iterable, r=None):
    """Return successive r-length permutations of elements in the iterable.

    permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)
    """
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    else:
        r = _index(r)
        if r < 0:
            raise ValueError('r must be non-negative')
    return _permutations(pool, n, r)

def _permutations(pool, n, r):
    # indices is the current permutation of pool's positions (its first r
    # are the result); cycles[i] counts how many more items position i
    # will take before it rotates back -- lexicographic order of positions
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def combinations(iterable, r):
    """Return successive r-length combinations of elements in the iterable.

    combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)
    """
    pool = tuple(iterable)
    r = _index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations(pool, r)

def _combinations(pool, r):
    # indices are increasing positions; advance the rightmost one that can
    # still move, and set those after it to follow it
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    """Return successive r-length combinations of elements in the iterable
    allowing individual elements to have successive repeats.

    combinations_with_replacement('ABC', 2) --> AA AB AC BB BC CC"""
    pool = tuple(iterable)
    r = _index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations_with_replacement(pool, r)

def _combinations_with_replacement(pool, r):
    # as combinations, with positions that may repeat (non-decreasing)
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)
