"""numbers (PEP 3141): the abstract classes of numbers -- Number, Complex,
Real, Rational, Integral -- each with the operations its kind of number
must have, as abstract methods. int is registered as Integral, float as
Real, complex as Complex; fractions.Fraction derives from Rational. isinstance(x,
numbers.Real) is how a function asks "is this a real number?" without
naming every type.
"""

from abc import ABCMeta, abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


class Number(metaclass=ABCMeta):
    """All numbers inherit from this class.

    If you just want to check if an argument x is a number, without
    caring what kind, use isinstance(x, Number).
    """
    __slots__ = ()

    # Concrete numeric types must provide their own hash implementation
    __hash__ = None


def _abstract(*names):
    # abstract methods that only say they must be written
    def make(name):
        @abstractmethod
        def method(self, *args):
            raise NotImplementedError
        method.__name__ = method.__qualname__ = name
        return method
    return {name: make(name) for name in names}


class Complex(Number):
    """Complex defines the operations that work on the builtin complex type.

    In short, those are: a conversion to complex, .real, .imag, +, -,
    *, /, **, abs(), .conjugate, ==, and !=.
    """
    __slots__ = ()
    locals().update(_abstract(
        '__complex__', '__add__', '__radd__', '__neg__', '__pos__', '__mul__',
        '__rmul__', '__truediv__', '__rtruediv__', '__pow__', '__rpow__',
        '__abs__', 'conjugate', '__eq__'))

    def __bool__(self):
        """True if self != 0. Called for bool(self)."""
        return self != 0

    @property
    @abstractmethod
    def real(self):
        """Retrieve the real component of this number."""
        raise NotImplementedError

    @property
    @abstractmethod
    def imag(self):
        """Retrieve the imaginary component of this number."""
        raise NotImplementedError

    def __sub__(self, other):
        """self - other"""
        return self + -other

    def __rsub__(self, other):
        """other - self"""
        return -self + other


class Real(Complex):
    """To Complex, Real adds the operations that work on real numbers.

    In short, those are: a conversion to float, trunc(), divmod,
    %, <, <=, >, and >=.
    """
    __slots__ = ()
    locals().update(_abstract(
        '__float__', '__trunc__', '__floor__', '__ceil__', '__round__',
        '__floordiv__', '__rfloordiv__', '__mod__', '__rmod__', '__lt__', '__le__'))

    def __divmod__(self, other):
        """divmod(self, other): The pair (self // other, self % other)."""
        return (self // other, self % other)

    def __rdivmod__(self, other):
        """divmod(other, self): The pair (self // other, self % other)."""
        return (other // self, other % self)

    def __complex__(self):
        """complex(self) == complex(float(self), 0)"""
        return complex(float(self))

    @property
    def real(self):
        """Real numbers are their real component."""
        return +self

    @property
    def imag(self):
        """Real numbers have no imaginary component."""
        return 0

    def conjugate(self):
        """Conjugate is a no-op for Reals."""
        return +self


class Rational(Real):
    """.numerator and .denominator should be in lowest terms."""
    __slots__ = ()

    @property
    @abstractmethod
    def numerator(self):
        raise NotImplementedError

    @property
    @abstractmethod
    def denominator(self):
        raise NotImplementedError

    def __float__(self):
        """float(self) = self.numerator / self.denominator

        It's important that this conversion use the integer's "true"
        division rather than casting one side to float before dividing
        so that ratios of huge integers convert without overflowing.
        """
        return int(self.numerator) / int(self.denominator)


class Integral(Rational):
    """Integral adds methods that work on integral numbers.

    In short, these are conversion to int, pow with modulus, and the
    bit-string operations.
    """
    __slots__ = ()
    locals().update(_abstract(
        '__int__', '__lshift__', '__rlshift__', '__rshift__', '__rrshift__',
        '__and__', '__rand__', '__xor__', '__rxor__', '__or__', '__ror__',
        '__invert__'))

    def __index__(self):
        """Called whenever an index is needed, such as in slicing"""
        return int(self)

    @abstractmethod
    def __pow__(self, exponent, modulus=None):
        raise NotImplementedError

    def __float__(self):
        """float(self) == float(int(self))"""
        return float(int(self))

    @property
    def numerator(self):
        """Integers are their own numerators."""
        return +self

    @property
    def denominator(self):
        """Integers have a denominator of 1."""
        return 1


Complex.register(complex)
Real.register(float)
Integral.register(int)
del _abstract
