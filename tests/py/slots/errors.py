# the mistakes __slots__ refuses, with CPython's words
def attempt(make):
    try:
        cls = make()
        print('made', cls.__name__)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)

def conflict():
    class C:
        __slots__ = ('x',)
        x = 1
    return C
attempt(conflict)

def not_str():
    class C:
        __slots__ = ('x', 3)
    return C
attempt(not_str)

def not_ident():
    class C:
        __slots__ = ('not valid',)
    return C
attempt(not_ident)

def two_dicts():
    class C:
        __slots__ = ('__dict__', '__dict__')
    return C
attempt(two_dicts)

def dict_again():
    class B:
        pass
    class C(B):
        __slots__ = ('__dict__',)
    return C
attempt(dict_again)

def two_weakrefs():
    class C:
        __slots__ = ('__weakref__', '__weakref__')
    return C
attempt(two_weakrefs)

def from_int():
    class C(int):
        __slots__ = ('x',)
    return C
attempt(from_int)

def from_int_empty():
    class C(int):
        __slots__ = ()
    return C
attempt(from_int_empty)

def from_list():
    class C(list):
        __slots__ = ('x',)
    c = C([1, 2])
    c.x = 3
    print(c, c.x)
    return C
attempt(from_list)

def from_tuple():
    class C(tuple):
        __slots__ = ('x',)
    return C
attempt(from_tuple)

def dup():
    class C:
        __slots__ = ('x', 'x')
    return C
attempt(dup)

def a_dict():
    class C:
        __slots__ = {'x': 'the x', 'y': 'the y'}
    c = C()
    c.x = 1
    print(c.x, C.__slots__)
    return C
attempt(a_dict)

def a_list():
    class C:
        __slots__ = ['x']
    return C
attempt(a_list)

def not_iterable():
    class C:
        __slots__ = 5
    return C
attempt(not_iterable)
