"""abc -- abstract base classes.

The object-oriented lessons' Shape: a class with @abstractmethod methods
cannot be instantiated ("Can't instantiate abstract class Shape with
abstract method area") until a subclass defines them all. ABCMeta computes
the class's __abstractmethods__ when the class is made; the interpreter
(object.__new__) refuses a class whose set is not empty.

An ABC also answers isinstance() and issubclass() for classes it never saw
as bases: ones registered with register(), and ones its __subclasshook__
accepts (collections.abc.Iterable accepts any class with __iter__). The
interpreter asks the metaclass's __instancecheck__ and __subclasscheck__.

This is CPython's pure-Python ABCMeta (Lib/_py_abc.py) in outline, with
plain sets where CPython holds weak references.
"""

from _collections import _abc_collection_flag

__all__ = ['ABCMeta', 'ABC', 'abstractmethod', 'abstractclassmethod',
           'abstractstaticmethod', 'abstractproperty', 'get_cache_token']


def abstractmethod(funcobj):
    """A decorator indicating abstract methods.

    A class whose metaclass is ABCMeta cannot be instantiated unless all of
    its abstract methods are overridden.
    """
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """A decorator indicating abstract classmethods (deprecated: use
    classmethod and abstractmethod together)."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """A decorator indicating abstract staticmethods (deprecated)."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """A decorator indicating abstract properties (deprecated)."""
    __isabstractmethod__ = True


def get_cache_token():
    """Return the current ABC cache token: it changes whenever an ABC
    registers a class (so caches of isinstance answers go stale)."""
    return ABCMeta._abc_invalidation_counter


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    # bumped by every register(): the negative caches are then out of date
    _abc_invalidation_counter = 0

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        # abstract: what this class marks abstract, and what its bases left
        # abstract that it does not override
        abstracts = {name for name, value in namespace.items()
                     if getattr(value, '__isabstractmethod__', False)}
        for base in bases:
            for name in getattr(base, '__abstractmethods__', set()):
                value = getattr(cls, name, None)
                if getattr(value, '__isabstractmethod__', False):
                    abstracts.add(name)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = set()
        cls._abc_cache = set()
        cls._abc_negative_cache = set()
        cls._abc_negative_cache_version = ABCMeta._abc_invalidation_counter
        cls._abc_subclasses = []
        for base in cls.__mro__[1:]:
            if isinstance(base, ABCMeta):
                base._abc_subclasses.append(cls)
        # collections.abc.Sequence and Mapping say so in __abc_tpflags__:
        # a match statement's sequence or mapping pattern then accepts
        # instances of the class and of its subclasses (CPython's _abc_init)
        flags = namespace.get('__abc_tpflags__')
        if flags is not None:
            _abc_collection_flag(cls, flags)
            cls._abc_tpflags = flags
            del cls.__abc_tpflags__
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC.

        Returns the subclass, to allow usage as a class decorator.
        """
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass  # already a subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_registry.add(subclass)
        ABCMeta._abc_invalidation_counter += 1
        # a class registered as a Sequence or Mapping matches as one
        flags = getattr(cls, '_abc_tpflags', 0)
        if flags:
            _abc_collection_flag(subclass, flags)
        return subclass

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        subclass = instance.__class__
        if subclass in cls._abc_cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (cls._abc_negative_cache_version == ABCMeta._abc_invalidation_counter
                    and subclass in cls._abc_negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < ABCMeta._abc_invalidation_counter:
            cls._abc_negative_cache = set()
            cls._abc_negative_cache_version = ABCMeta._abc_invalidation_counter
        elif subclass in cls._abc_negative_cache:
            return False
        # the subclass hook decides first
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if ok:
                cls._abc_cache.add(subclass)
            else:
                cls._abc_negative_cache.add(subclass)
            return ok
        # a real subclass
        if cls in subclass.__mro__:
            cls._abc_cache.add(subclass)
            return True
        # a subclass of a registered class
        for rcls in cls._abc_registry:
            if issubclass(subclass, rcls):
                cls._abc_cache.add(subclass)
                return True
        # a subclass of one of our subclasses (it may be registered there)
        for scls in cls._abc_subclasses:
            if issubclass(subclass, scls):
                cls._abc_cache.add(subclass)
                return True
        cls._abc_negative_cache.add(subclass)
        return False

    def __subclasshook__(cls, subclass):
        return NotImplemented


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using
    inheritance.
    """
    __slots__ = ()


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class, after
    methods were added to it (a class decorator may do that)."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = set()
    for scls in cls.__bases__:
        for name in getattr(scls, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if getattr(value, '__isabstractmethod__', False):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if getattr(value, '__isabstractmethod__', False):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls
