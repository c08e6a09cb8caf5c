"""decimal: decimal floating point as CPython 3.11's `decimal` (issue 17).

This file owns Decimal, Context, the signals (DecimalException and its
subclasses) and the module functions getcontext, setcontext and
localcontext. CPython's module is C (`_decimal`, on libmpdec); its results,
reprs, flags and messages are what these match. Debian 12 ships no
libmpdec-dev, so the arithmetic is written here, after the General Decimal
Arithmetic specification: a finite Decimal is (sign, coefficient, exponent)
with the coefficient held in one of minipy's ints, which are GMP-backed, so
a 28-digit coefficient costs one machine-sized operation and a
10000-digit one stays fast.

Where to start reading: `_finish`, which rounds an exact result to a
context (precision, exponent limits, clamping) and says which conditions
happened; every operation computes exactly (or with a sticky digit), then
hands its result to `_finish`. Operations return (result, status) and the
public methods pass the status to `Context._signal`, which sets the flags
and raises for a trapped signal, naming the conditions as libmpdec does
(`decimal.InvalidOperation: [<class 'decimal.ConversionSyntax'>]`).

The power function follows libmpdec's recipe (not the spec's exact-result
search): integer exponents by squaring at a few more digits, other
exponents as exp(y * ln(x)) at a wider precision, so results such as
Decimal(4) ** Decimal('0.5') == Decimal('2.000000000000000000000000000')
come out as CPython's. exp, ln and log10 are correctly rounded (Ziv's
strategy: compute with guard digits, widen until the rounding is certain).
"""

import math
import numbers
import sys
from collections import namedtuple
import threading as _threading

__all__ = [
    'Decimal', 'Context', 'DecimalTuple',
    'DefaultContext', 'BasicContext', 'ExtendedContext',
    'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero',
    'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
    'FloatOperation', 'DivisionImpossible', 'InvalidContext',
    'ConversionSyntax', 'DivisionUndefined',
    'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING',
    'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
    'setcontext', 'getcontext', 'localcontext',
    'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY',
    'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

# the limits of a 64-bit libmpdec, which programs print
MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR,
              ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

DecimalTuple = namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


# --- signals --------------------------------------------------------------

class DecimalException(ArithmeticError):
    __module__ = 'decimal'

class Clamped(DecimalException):
    __module__ = 'decimal'

class InvalidOperation(DecimalException):
    __module__ = 'decimal'

class ConversionSyntax(InvalidOperation):
    __module__ = 'decimal'

class DivisionByZero(DecimalException, ZeroDivisionError):
    __module__ = 'decimal'

class DivisionImpossible(InvalidOperation):
    __module__ = 'decimal'

class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    __module__ = 'decimal'

class Inexact(DecimalException):
    __module__ = 'decimal'

class InvalidContext(InvalidOperation):
    __module__ = 'decimal'

class Rounded(DecimalException):
    __module__ = 'decimal'

class Subnormal(DecimalException):
    __module__ = 'decimal'

class Overflow(Inexact, Rounded):
    __module__ = 'decimal'

class Underflow(Inexact, Rounded, Subnormal):
    __module__ = 'decimal'

class FloatOperation(DecimalException, TypeError):
    __module__ = 'decimal'


# Status bits, in libmpdec's order: a Context's repr lists its flags and
# traps in this order. The conditions (ConversionSyntax, ...) are bits of
# their own and count as InvalidOperation in flags and traps.
_CLAMPED = 1
_CONV = 2
_DIVZERO = 4
_DIVIMP = 8
_DIVUNDEF = 16
_INEXACT = 64
_INVCTX = 128
_INVALID = 256
_FLOATOP = 1024
_OVERFLOW = 2048
_ROUNDED = 4096
_SUBNORMAL = 8192
_UNDERFLOW = 16384
_IEEE_INVALID = _CONV | _DIVIMP | _DIVUNDEF | _INVCTX | _INVALID

# the signals as flags and traps know them, in the order CPython's
# exceptions pick one: (class, bits)
_SIGNALS = (
    (InvalidOperation, _IEEE_INVALID), (FloatOperation, _FLOATOP),
    (DivisionByZero, _DIVZERO), (Overflow, _OVERFLOW), (Underflow, _UNDERFLOW),
    (Subnormal, _SUBNORMAL), (Inexact, _INEXACT), (Rounded, _ROUNDED),
    (Clamped, _CLAMPED))
_SIGNAL_BITS = dict(_SIGNALS)
# the conditions an InvalidOperation names, in CPython's order
_CONDITIONS = ((InvalidOperation, _INVALID), (ConversionSyntax, _CONV),
               (DivisionImpossible, _DIVIMP), (DivisionUndefined, _DIVUNDEF),
               (InvalidContext, _INVCTX))
# the names a Context's repr lists, in bit order
_REPR_ORDER = (('Clamped', _CLAMPED), ('InvalidOperation', _IEEE_INVALID),
               ('DivisionByZero', _DIVZERO), ('Inexact', _INEXACT),
               ('FloatOperation', _FLOATOP), ('Overflow', _OVERFLOW),
               ('Rounded', _ROUNDED), ('Subnormal', _SUBNORMAL),
               ('Underflow', _UNDERFLOW))

_SIGNALS_MSG = ('valid values for signals are:\n'
                '  [InvalidOperation, FloatOperation, DivisionByZero,\n'
                '   Overflow, Underflow, Subnormal, Inexact, Rounded,\n'
                '   Clamped]')
_ROUNDING_MSG = ('valid values for rounding are:\n'
                 '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                 '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                 '   ROUND_05UP]')


# --- integer helpers --------------------------------------------------------

_POW10 = [10 ** i for i in range(120)]


def _p10(n):
    # 10**n, from a table for the small n of everyday precisions
    return _POW10[n] if n < 120 else 10 ** n


def _ndigits(c):
    # how many decimal digits c (>= 0) has; 0 has one
    if c < 10:
        return 1
    b = c.bit_length()
    d = (b * 1233) >> 12          # about b * log10(2): the answer or one less
    if b > 60000:
        # the estimate may be low by more for huge numbers: step up
        d -= 2 + b // 100000
        while c >= 10 ** d:
            d += 1
        return d
    return d + 1 if c >= (_POW10[d] if d < 120 else 10 ** d) else d


def _round_coef(coef, drop, sign, rounding):
    # coef with its last `drop` (>= 1) digits rounded away: (new, inexact)
    if drop > 19 and drop > _ndigits(coef) + 1:
        # every digit is dropped: only "less than half, not zero" matters
        if not coef:
            return 0, False
        coef, drop = 1, 2
    p = (_POW10[drop] if drop < 120 else 10 ** drop)
    q, r = divmod(coef, p)
    if not r:
        return q, False
    if rounding == ROUND_HALF_EVEN:
        h = p >> 1
        if r > h or (r == h and q & 1):
            q += 1
    elif rounding == ROUND_HALF_UP:
        if r >= p >> 1:
            q += 1
    elif rounding == ROUND_HALF_DOWN:
        if r > p >> 1:
            q += 1
    elif rounding == ROUND_UP:
        q += 1
    elif rounding == ROUND_CEILING:
        if not sign:
            q += 1
    elif rounding == ROUND_FLOOR:
        if sign:
            q += 1
    elif rounding == ROUND_05UP:
        if q % 5 == 0:
            q += 1
    return q, True


# --- making Decimals ------------------------------------------------------

def _new(sign, coef, exp, special=None, cls=None):
    # a Decimal from its parts: special is None, 'F' (infinity), 'n' (quiet
    # NaN) or 'N' (signaling NaN); a NaN's coef is its payload
    d = object.__new__(cls or Decimal)
    d._sign = sign
    d._coef = coef
    d._exp = exp
    d._special = special
    return d


def _parse(s, loose=True):
    # a string in the specification's numeric-string syntax: (sign, coef,
    # exp, special) or None; loose (the Decimal constructor, not
    # Context.create_decimal) also allows whitespace around and underscores
    # the common spellings first: digits, or digits.digits
    if s.isascii():
        if s.isdigit():
            return 0, int(s), 0, None
        ip, dot, fp = s.partition('.')
        if ip.isdigit() and fp.isdigit():
            return 0, int(ip + fp), -len(fp), None
    if loose:
        # CPython's C module drops every underscore, wherever it is
        s = s.strip().replace('_', '')
    if not s.isascii():
        s = ''.join(str(int(c)) if c.isdecimal() else c for c in s)
        if not s.isascii():
            return None
    s = s.lower()
    sign = 0
    i = 0
    if s[:1] in ('+', '-'):
        sign = 1 if s[0] == '-' else 0
        i = 1
    body = s[i:]
    if body in ('inf', 'infinity'):
        return sign, 0, 0, 'F'
    special = None
    if body.startswith('nan'):
        special, rest = 'n', body[3:]
    elif body.startswith('snan'):
        special, rest = 'N', body[4:]
    if special:
        if not rest:
            return sign, 0, 0, special
        if not rest.isdigit():
            return None
        return sign, int(rest), 0, special
    mant, e, ex = body.partition('e')
    exp = 0
    if e:
        if ex[:1] in ('+', '-'):
            es = ex[0]
            ex = ex[1:]
        else:
            es = '+'
        if not ex.isdigit():
            return None
        exp = int(ex) if es == '+' else -int(ex)
    ip, dot, fp = mant.partition('.')
    if (ip and not ip.isdigit()) or (fp and not fp.isdigit()):
        return None
    if not ip and not fp:
        return None
    return sign, int(ip + fp), exp - len(fp), None


def _from_float(f, cls=None):
    # the exact value of the float f
    if f != f:
        sign = 1 if math.copysign(1.0, f) < 0 else 0
        return _new(sign, 0, 0, 'n', cls)
    sign = 1 if math.copysign(1.0, f) < 0 else 0
    if f in (_INF_F, -_INF_F):
        return _new(sign, 0, 0, 'F', cls)
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1        # d is 2**k, so n / 2**k == n * 5**k / 10**k
    return _new(sign, n * 5 ** k, -k, None, cls)


_INF_F = float('inf')


def _from_tuple(t, cls=None):
    if len(t) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = t
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError('sign must be an integer with the value 0 or 1')
    special = None
    if isinstance(exp, str):
        if exp not in ('F', 'n', 'N'):
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
        special = exp
        exp = 0
    elif not isinstance(exp, int):
        raise ValueError('exponent must be an integer')
    if not isinstance(digits, (tuple, list)):
        raise ValueError('coefficient must be a tuple of digits')
    coef = 0
    for dg in digits:
        if not isinstance(dg, int) or not 0 <= dg <= 9:
            raise ValueError('coefficient must be a tuple of digits')
        coef = coef * 10 + dg
    if special == 'F':
        coef = 0
    return _new(sign, coef, exp, special, cls)


def _type_name(x):
    t = type(x)
    if t is Decimal:
        return 'decimal.Decimal'
    return t.__name__


def _convert_strict(x):
    # a method's operand: a Decimal or an int
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return _new(1 if x < 0 else 0, abs(x), 0)
    raise TypeError('conversion from %s to Decimal is not supported' % _type_name(x))


def _from_str_strict(s, ctx):
    # create_decimal's reading of a str: no whitespace, no underscores
    p = _parse(s, False)
    if p is None:
        ctx._signal(_CONV)
        return _NAN
    return _new(p[0], p[1], p[2], p[3])


# the reflected methods of these types return NotImplemented for a Decimal,
# so an operator names the operands itself, as CPython's C type does
_NO_REFLECTION = (float, complex, str, bytes, list, tuple, dict, set,
                  frozenset, type(None))


def _binop_failed(a, b, sym):
    # CPython's words, the sequences' own included (they try to repeat or
    # concatenate before giving up)
    seqs = (str, list, tuple, bytes, bytearray)
    if sym == '*' and (type(a) in seqs or type(b) in seqs):
        raise TypeError("can't multiply sequence by non-int of type 'decimal.Decimal'")
    if sym == '+' and type(a) in seqs:
        if type(a) in (bytes, bytearray):
            raise TypeError("can't concat decimal.Decimal to %s" % type(a).__name__)
        raise TypeError('can only concatenate %s (not "decimal.Decimal") to %s'
                        % (type(a).__name__, type(a).__name__))
    raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                    % (sym, _type_name(a), _type_name(b)))


def _operand(self, other, sym, rname, reflected):
    # an operator's other operand as a Decimal, or NotImplemented
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _new(1 if other < 0 else 0, abs(other), 0)
    t = type(other)
    if t in _NO_REFLECTION or t.__module__ == 'fractions' or (
            not reflected and not hasattr(t, rname)):
        if reflected:
            _binop_failed(other, self, sym)
        _binop_failed(self, other, sym)
    return NotImplemented


def _forward(name, sym, op):
    # Decimal.__NAME__: self NAME other in the current context; op is one of
    # the (ctx, a, b) -> (result, status) functions above
    reflected = '__r' + name + '__'

    def forward(self, other):
        if type(other) is not Decimal:
            other = _operand(self, other, sym, reflected, False)
            if other is NotImplemented:
                return other
        try:
            ctx = _local.context
        except AttributeError:
            ctx = getcontext()
        r, st = op(ctx, self, other)
        if st:
            ctx._signal(st)
        return r
    forward.__name__ = '__' + name + '__'
    forward.__qualname__ = 'Decimal.' + forward.__name__
    return forward


def _sub(ctx, a, b):
    return _add(ctx, a, b, True)


def _reflected(name, sym):
    # Decimal.__rNAME__: other NAME self, once other is made a Decimal
    forward = '__' + name + '__'

    def reflected(self, other):
        other = _operand(self, other, sym, forward, True)
        if other is NotImplemented:
            return other
        return getattr(other, forward)(self)
    reflected.__name__ = '__r' + name + '__'
    reflected.__qualname__ = 'Decimal.' + reflected.__name__
    return reflected


def _ctx_arg(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError('optional argument must be a context')
    return context


def _rounding_arg(rounding):
    if rounding not in _ROUNDINGS or not isinstance(rounding, str):
        raise TypeError(_ROUNDING_MSG)
    return rounding


# --- the core: rounding a result to a context ---------------------------

def _finish(ctx, sign, coef, exp):
    # the finite exact value (-1)**sign * coef * 10**exp rounded to ctx:
    # (Decimal, status), as the specification's rules for results
    prec = ctx._prec
    emax = ctx._Emax
    # the common case: few enough digits, an exponent well inside the range
    if prec < 120 and coef < _POW10[prec] and ctx._Emin <= exp <= emax - prec + 1:
        return _new(sign, coef, exp), 0
    etiny = ctx._Emin - prec + 1
    if not coef:
        top = emax - prec + 1 if ctx._clamp else emax
        if exp < etiny:
            return _new(sign, 0, etiny), _CLAMPED
        if exp > top:
            return _new(sign, 0, top), _CLAMPED
        return _new(sign, 0, exp), 0
    nd = _ndigits(coef)
    if exp + nd - 1 > emax:
        return _overflow(ctx, sign), _OVERFLOW | _INEXACT | _ROUNDED
    etop = emax - prec + 1
    low = exp + nd - prec         # the exponent prec digits would have
    subnormal = low < etiny
    if subnormal:
        low = etiny
    if exp < low:
        coef, inexact = _round_coef(coef, low - exp, sign, ctx._rounding)
        if coef >= _p10(prec):        # rounding carried into a new digit
            coef //= 10
            low += 1
        st = _ROUNDED
        if low > etop:
            return _overflow(ctx, sign), _OVERFLOW | _INEXACT | _ROUNDED
        if inexact:
            st |= _INEXACT
            if subnormal:
                st |= _UNDERFLOW
        if subnormal:
            st |= _SUBNORMAL
        if not coef:
            st |= _CLAMPED
        return _new(sign, coef, low), st
    st = _SUBNORMAL if subnormal else 0
    if ctx._clamp and exp > etop:
        return _new(sign, coef * _p10(exp - etop), etop), st | _CLAMPED
    return _new(sign, coef, exp), st


def _overflow(ctx, sign):
    # what an overflow gives: infinity or the largest finite number,
    # whichever the rounding direction points to
    r = ctx._rounding
    if r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or (
            r == ROUND_CEILING and not sign) or (r == ROUND_FLOOR and sign):
        return _new(sign, 0, 0, 'F')
    return _new(sign, _p10(ctx._prec) - 1, ctx._Emax - ctx._prec + 1)


def _fix_nan(ctx, d):
    # a NaN's payload keeps at most prec - clamp digits (its lowest ones)
    keep = ctx._prec - ctx._clamp
    if d._coef and _ndigits(d._coef) > keep:
        return _new(d._sign, d._coef % _p10(keep) if keep > 0 else 0, 0, d._special)
    return d


def _nan_result(ctx, a, b=None):
    # the result for operands one of which is a NaN, or None: a signaling
    # NaN is InvalidOperation and becomes quiet, else the first NaN wins
    if a._special == 'N':
        return _fix_nan(ctx, _new(a._sign, a._coef, 0, 'n')), _INVALID
    if b is not None and b._special == 'N':
        return _fix_nan(ctx, _new(b._sign, b._coef, 0, 'n')), _INVALID
    if a._special == 'n':
        return _fix_nan(ctx, a), 0
    if b is not None and b._special == 'n':
        return _fix_nan(ctx, b), 0
    return None


def _nan_result3(ctx, a, b, c):
    # _nan_result for three operands: any signaling NaN first
    for x in (a, b, c):
        if x._special == 'N':
            return _fix_nan(ctx, _new(x._sign, x._coef, 0, 'n')), _INVALID
    for x in (a, b, c):
        if x._special == 'n':
            return _fix_nan(ctx, x), 0
    return None


_NAN = None   # set below, once Decimal exists


def _invalid():
    return _NAN, _INVALID


def _plus(ctx, a):
    # a rounded to ctx (unary plus); zero loses a minus sign unless flooring
    if a._special:
        r = _nan_result(ctx, a)
        return r if r else (a, 0)
    sign = a._sign
    if not a._coef and ctx._rounding != ROUND_FLOOR:
        sign = 0
    return _finish(ctx, sign, a._coef, a._exp)


def _minus(ctx, a):
    if a._special:
        r = _nan_result(ctx, a)
        return r if r else (_new(1 - a._sign, 0, 0, 'F'), 0)
    sign = 1 - a._sign
    if not a._coef and ctx._rounding != ROUND_FLOOR:
        sign = 0
    return _finish(ctx, sign, a._coef, a._exp)


def _abs(ctx, a):
    if a._special:
        r = _nan_result(ctx, a)
        return r if r else (_new(0, 0, 0, 'F'), 0)
    return _finish(ctx, 0, a._coef, a._exp)


def _add(ctx, a, b, negate_b=False):
    bsign = b._sign ^ 1 if negate_b else b._sign
    if a._special or b._special:
        r = _nan_result(ctx, a, b)
        if r:
            return r
        if a._special:
            if b._special and a._sign != bsign:
                return _invalid()
            return a, 0
        return _new(bsign, 0, 0, 'F'), 0
    ac = a._coef
    bc = b._coef
    ae = a._exp
    be = b._exp
    exp = ae if ae < be else be
    if not ac or not bc:
        if not ac and not bc:
            if a._sign == bsign:
                sign = bsign
            else:
                sign = 1 if ctx._rounding == ROUND_FLOOR else 0
            return _finish(ctx, sign, 0, exp)
        if not ac:
            # 0 + b: b, at an exponent no lower than it needs
            if exp < be - ctx._prec - 1:
                exp = be - ctx._prec - 1
            return _finish(ctx, bsign, bc * _p10(be - exp), exp)
        if exp < ae - ctx._prec - 1:
            exp = ae - ctx._prec - 1
        return _finish(ctx, a._sign, ac * _p10(ae - exp), exp)
    if ae != be:
        # an operand far below the other's last digit matters only as a
        # sticky digit: replace it by a 1 just below the precision, rather
        # than shift the other across the gap (only worth it for big gaps)
        if ae > be:
            if ae - be > 2 * ctx._prec + 20:
                lim = ae + min(-1, _ndigits(ac) - ctx._prec - 2)
                if _ndigits(bc) + be - 1 < lim:
                    bc, be = 1, lim
            exp = be
            d = ae - be
            ac *= _POW10[d] if d < 120 else 10 ** d
        else:
            if be - ae > 2 * ctx._prec + 20:
                lim = be + min(-1, _ndigits(bc) - ctx._prec - 2)
                if _ndigits(ac) + ae - 1 < lim:
                    ac, ae = 1, lim
            exp = ae
            d = be - ae
            bc *= _POW10[d] if d < 120 else 10 ** d
    if a._sign:
        ac = -ac
    if bsign:
        bc = -bc
    c = ac + bc
    if c > 0:
        sign = 0
    elif c < 0:
        sign = 1
        c = -c
    else:
        sign = 1 if ctx._rounding == ROUND_FLOOR else 0
    prec = ctx._prec
    # _finish's common case, inline: this is the hot path of sums
    if prec < 120 and c < _POW10[prec] and ctx._Emin <= exp <= ctx._Emax - prec + 1:
        return _new(sign, c, exp), 0
    return _finish(ctx, sign, c, exp)


def _mul(ctx, a, b):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        r = _nan_result(ctx, a, b)
        if r:
            return r
        if (a._special and not b._special and not b._coef) or (
                b._special and not a._special and not a._coef):
            return _invalid()
        return _new(sign, 0, 0, 'F'), 0
    c = a._coef * b._coef
    exp = a._exp + b._exp
    prec = ctx._prec
    # _finish's common case, inline: this is the hot path of products
    if prec < 120 and c < _POW10[prec] and ctx._Emin <= exp <= ctx._Emax - prec + 1:
        return _new(sign, c, exp), 0
    return _finish(ctx, sign, c, exp)


def _div(ctx, a, b):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        r = _nan_result(ctx, a, b)
        if r:
            return r
        if a._special:
            if b._special:
                return _invalid()
            return _new(sign, 0, 0, 'F'), 0
        # x / Infinity is a zero at the lowest exponent
        return _finish(ctx, sign, 0, ctx._Emin - ctx._prec + 1)[0], _CLAMPED
    if not b._coef:
        if not a._coef:
            return _NAN, _DIVUNDEF
        return _new(sign, 0, 0, 'F'), _DIVZERO
    ideal = a._exp - b._exp
    if not a._coef:
        return _finish(ctx, sign, 0, ideal)
    prec = ctx._prec
    shift = _ndigits(b._coef) - _ndigits(a._coef) + prec + 1
    exp = ideal - shift
    if shift >= 0:
        q, r = divmod(a._coef * _p10(shift), b._coef)
    else:
        q, r = divmod(a._coef, b._coef * _p10(-shift))
    if r:
        # a nonzero remainder: a last digit of 1 or 6 keeps rounding right
        if q % 5 == 0:
            q += 1
    else:
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    return _finish(ctx, sign, q, exp)


def _divmod_parts(ctx, a, b):
    # the integer quotient (truncated) and remainder of finite a and b != 0,
    # exact: (q, r) as (sign, coef, exp) triples, or None when the quotient
    # has more than prec digits
    ideal = a._exp if a._exp < b._exp else b._exp
    qsign = a._sign ^ b._sign
    if not a._coef:
        return (qsign, 0, 0), (a._sign, 0, ideal)
    adiff = (a._exp + _ndigits(a._coef)) - (b._exp + _ndigits(b._coef))
    if adiff <= -2:
        return (qsign, 0, 0), (a._sign, a._coef * _p10(a._exp - ideal), ideal)
    if adiff > ctx._prec:
        return None
    ac = a._coef * _p10(a._exp - ideal)
    bc = b._coef * _p10(b._exp - ideal)
    q, r = divmod(ac, bc)
    if q >= _p10(ctx._prec):
        return None
    return (qsign, q, 0), (a._sign, r, ideal)


def _floordiv(ctx, a, b):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        r = _nan_result(ctx, a, b)
        if r:
            return r
        if a._special:
            if b._special:
                return _invalid()
            return _new(sign, 0, 0, 'F'), 0
        return _new(sign, 0, 0), 0
    if not b._coef:
        if not a._coef:
            return _NAN, _DIVUNDEF
        return _new(sign, 0, 0, 'F'), _DIVZERO
    parts = _divmod_parts(ctx, a, b)
    if parts is None:
        return _NAN, _DIVIMP
    return _finish(ctx, *parts[0])


def _mod(ctx, a, b):
    if a._special or b._special:
        r = _nan_result(ctx, a, b)
        if r:
            return r
        if a._special:
            return _invalid()
        return _finish(ctx, a._sign, a._coef, a._exp)
    if not b._coef:
        if not a._coef:
            return _NAN, _DIVUNDEF
        return _invalid()
    parts = _divmod_parts(ctx, a, b)
    if parts is None:
        return _NAN, _DIVIMP
    return _finish(ctx, *parts[1])


def _divmod(ctx, a, b):
    # ((q, r), status)
    sign = a._sign ^ b._sign
    if a._special or b._special:
        r = _nan_result(ctx, a, b)
        if r:
            return (r[0], r[0]), r[1]
        if a._special:
            if b._special:
                return (_NAN, _NAN), _INVALID
            return (_new(sign, 0, 0, 'F'), _NAN), _INVALID
        rem, st = _finish(ctx, a._sign, a._coef, a._exp)
        return (_new(sign, 0, 0), rem), st
    if not b._coef:
        if not a._coef:
            return (_NAN, _NAN), _DIVUNDEF
        return (_new(sign, 0, 0, 'F'), _NAN), _DIVZERO | _INVALID
    parts = _divmod_parts(ctx, a, b)
    if parts is None:
        return (_NAN, _NAN), _DIVIMP
    q, st1 = _finish(ctx, *parts[0])
    r, st2 = _finish(ctx, *parts[1])
    return (q, r), st1 | st2


def _remainder_near(ctx, a, b):
    if a._special or b._special:
        r = _nan_result(ctx, a, b)
        if r:
            return r
        if a._special:
            return _invalid()
        return _finish(ctx, a._sign, a._coef, a._exp)
    if not b._coef:
        if not a._coef:
            return _NAN, _DIVUNDEF
        return _invalid()
    ideal = a._exp if a._exp < b._exp else b._exp
    if not a._coef:
        return _finish(ctx, a._sign, 0, ideal)
    adiff = (a._exp + _ndigits(a._coef)) - (b._exp + _ndigits(b._coef))
    if adiff >= ctx._prec + 1:
        return _NAN, _DIVIMP
    if adiff <= -2:
        return _finish(ctx, a._sign, a._coef * _p10(a._exp - ideal), ideal)
    ac = a._coef * _p10(a._exp - ideal)
    bc = b._coef * _p10(b._exp - ideal)
    q, r = divmod(ac, bc)
    # to the nearest quotient, ties to an even one
    if 2 * r + (q & 1) > bc:
        r -= bc
        q += 1
    if q >= _p10(ctx._prec):
        return _NAN, _DIVIMP
    sign = a._sign
    if r < 0:
        sign ^= 1
        r = -r
    return _finish(ctx, sign, r, ideal)


def _fma(ctx, a, b, c):
    # a * b + c with one rounding: the product is kept exact
    if a._special or b._special:
        r = _nan_result3(ctx, a, b, c)
        if r:
            return r
        if (a._special == 'F' and not b._special and not b._coef) or (
                b._special == 'F' and not a._special and not a._coef):
            return _invalid()
        prod = _new(a._sign ^ b._sign, 0, 0, 'F')
    else:
        prod = _new(a._sign ^ b._sign, a._coef * b._coef, a._exp + b._exp)
    return _add(ctx, prod, c)


# --- comparison ------------------------------------------------------------

def _cmp(a, b):
    # -1, 0 or 1 for two non-NaN Decimals, by value
    if a._special or b._special:
        av = 0 if not a._special else (-1 if a._sign else 1)
        bv = 0 if not b._special else (-1 if b._sign else 1)
        if av or bv:
            if av == bv:
                return 0
            if av and bv:
                return -1 if av < bv else 1
            if av:
                return av
            return -bv
    ac = a._coef
    bc = b._coef
    if not ac:
        if not bc:
            return 0
        return 1 if b._sign else -1
    if not bc:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    ae = a._exp
    be = b._exp
    if ae != be:
        aa = ae + _ndigits(ac)
        ba = be + _ndigits(bc)
        if aa != ba:
            r = 1 if aa > ba else -1
            return -r if a._sign else r
        if ae > be:
            d = ae - be
            ac *= _POW10[d] if d < 120 else 10 ** d
        else:
            d = be - ae
            bc *= _POW10[d] if d < 120 else 10 ** d
    if ac == bc:
        return 0
    r = 1 if ac > bc else -1
    return -r if a._sign else r


def _cmp_total(a, b):
    # the total order of the specification: -NaN < -sNaN < -Inf < ... <
    # finite by value then exponent ... < Inf < sNaN < NaN
    if a._sign != b._sign:
        return -1 if a._sign else 1
    s = -1 if a._sign else 1
    ka = _total_rank(a)
    kb = _total_rank(b)
    if ka != kb:
        return s if ka > kb else -s
    if ka >= 2:     # both NaNs of one kind: by payload
        if a._coef == b._coef:
            return 0
        return s if a._coef > b._coef else -s
    if ka == 1:
        return 0
    c = _cmp(a, b)
    if c:
        return c
    if a._exp == b._exp:
        return 0
    return s if a._exp > b._exp else -s


_TOTAL_RANK = {None: 0, 'F': 1, 'N': 2, 'n': 3}


def _total_rank(d):
    # finite < infinity < sNaN < NaN, in magnitude
    return _TOTAL_RANK[d._special]


# --- the Decimal type ------------------------------------------------------

class Decimal(object):
    """Construct a new Decimal object. 'value' can be an integer, string, tuple,
or another Decimal object. If no value is given, return Decimal('0'). The
context does not affect the conversion and is only passed to determine if
the InvalidOperation trap is active.

"""
    __module__ = 'decimal'
    __slots__ = ('_sign', '_coef', '_exp', '_special')

    def __new__(cls, value='0', context=None):
        if context is not None and not isinstance(context, Context):
            raise TypeError('optional argument must be a context')
        if type(value) is str:
            p = _parse(value)
            if p is None:
                ctx = _ctx_arg(context)
                ctx._signal(_CONV)
                return _new(0, 0, 0, 'n', cls)
            return _new(p[0], p[1], p[2], p[3], cls)
        if isinstance(value, int):
            return _new(1 if value < 0 else 0, abs(value), 0, None, cls)
        if isinstance(value, Decimal):
            if cls is Decimal and type(value) is Decimal:
                return value
            return _new(value._sign, value._coef, value._exp, value._special, cls)
        if isinstance(value, str):
            return cls.__new__(cls, str.__str__(value), context)
        if isinstance(value, float):
            ctx = _ctx_arg(context)
            ctx._signal(_FLOATOP)
            return _from_float(value, cls)
        if isinstance(value, (tuple, list)):
            return _from_tuple(value, cls)
        raise TypeError('conversion from %s to Decimal is not supported' % _type_name(value))

    @classmethod
    def from_float(cls, f):
        """Class method that converts a float to a decimal number, exactly."""
        if isinstance(f, int):
            d = _new(1 if f < 0 else 0, abs(f), 0)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError('argument must be int or float')
        return d if cls is Decimal else cls(d)

    # --- properties of the value ---

    def adjusted(self):
        """Return the adjusted exponent of the number."""
        if self._special:
            return 0
        return self._exp + _ndigits(self._coef) - 1

    def as_tuple(self):
        """Return a tuple representation of the number."""
        if self._special == 'F':
            return DecimalTuple(self._sign, (0,), 'F')
        if self._special:
            digits = tuple(map(int, str(self._coef))) if self._coef else ()
            return DecimalTuple(self._sign, digits, self._special)
        return DecimalTuple(self._sign, tuple(map(int, str(self._coef))), self._exp)

    def as_integer_ratio(self):
        """Return a pair of integers whose ratio is exactly equal to the original
Decimal and with a positive denominator."""
        if self._special:
            if self._special == 'F':
                raise OverflowError('cannot convert Infinity to integer ratio')
            raise ValueError('cannot convert NaN to integer ratio')
        n = self._coef
        if self._exp >= 0:
            n *= _p10(self._exp)
            d = 1
        else:
            d = _p10(-self._exp)
            g = math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    def canonical(self):
        return self

    def conjugate(self):
        return self

    def radix(self):
        return Decimal(10)

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def is_canonical(self):
        return True

    def is_finite(self):
        return not self._special

    def is_infinite(self):
        return self._special == 'F'

    def is_nan(self):
        return self._special in ('n', 'N')

    def is_qnan(self):
        return self._special == 'n'

    def is_snan(self):
        return self._special == 'N'

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return not self._special and not self._coef

    def is_normal(self, context=None):
        ctx = _ctx_arg(context)
        if self._special or not self._coef:
            return False
        return self.adjusted() >= ctx._Emin

    def is_subnormal(self, context=None):
        ctx = _ctx_arg(context)
        if self._special or not self._coef:
            return False
        return self.adjusted() < ctx._Emin

    def number_class(self, context=None):
        ctx = _ctx_arg(context)
        if self._special == 'N':
            return 'sNaN'
        if self._special == 'n':
            return 'NaN'
        s = '-' if self._sign else '+'
        if self._special == 'F':
            return s + 'Infinity'
        if not self._coef:
            return s + 'Zero'
        if self.adjusted() < ctx._Emin:
            return s + 'Subnormal'
        return s + 'Normal'

    def same_quantum(self, other, context=None):
        other = _convert_strict(other)
        if self._special or other._special:
            return (self.is_nan() and other.is_nan()) or (
                self._special == 'F' and other._special == 'F')
        return self._exp == other._exp

    # --- text ---

    def __str__(self):
        return _to_string(self, False, getcontext()._capitals)

    def __repr__(self):
        return "Decimal('%s')" % _to_string(self, False, getcontext()._capitals)

    def to_eng_string(self, context=None):
        """Convert to an engineering-type string."""
        ctx = _ctx_arg(context)
        return _to_string(self, True, ctx._capitals)

    def __format__(self, spec):
        return _format(self, spec)

    # --- conversions ---

    def __bool__(self):
        return bool(self._special or self._coef)

    def __float__(self):
        if self._special:
            if self._special == 'N':
                raise ValueError('cannot convert signaling NaN to float')
            if self._special == 'n':
                return float('-nan') if self._sign else float('nan')
            return float('-inf') if self._sign else float('inf')
        return float(_to_string(self, False, 1))

    def _int_check(self):
        if self._special:
            if self._special == 'F':
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')

    def __int__(self):
        self._int_check()
        if self._exp >= 0:
            n = self._coef * _p10(self._exp)
        else:
            n = self._coef // _p10(-self._exp)
        return -n if self._sign else n

    __trunc__ = __int__

    def _to_int(self, rounding):
        self._int_check()
        if self._exp >= 0:
            n = self._coef * _p10(self._exp)
        else:
            n, _ = _round_coef(self._coef, -self._exp, self._sign, rounding)
        return -n if self._sign else n

    def __floor__(self):
        return self._to_int(ROUND_FLOOR)

    def __ceil__(self):
        return self._to_int(ROUND_CEILING)

    def __round__(self, n=None):
        if n is None:
            return self._to_int(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        ctx = getcontext()
        return self.quantize(_new(0, 1, -n), None, ctx)

    def __complex__(self):
        return complex(float(self))

    def __hash__(self):
        if self._special:
            if self._special == 'N':
                raise TypeError('Cannot hash a signaling NaN value')
            if self._special == 'n':
                return object.__hash__(self)
            return -_PyHASH_INF if self._sign else _PyHASH_INF
        if self._exp >= 0:
            h = self._coef * pow(10, self._exp, _PyHASH_MODULUS)
        else:
            h = self._coef * pow(_PyHASH_10INV, -self._exp, _PyHASH_MODULUS)
        h %= _PyHASH_MODULUS
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return type(self)(self)

    def __deepcopy__(self, memo):
        if type(self) is Decimal:
            return self
        return type(self)(self)

    def __getstate__(self):
        return None

    def __sizeof__(self):
        return object.__sizeof__(self)

    # --- comparisons ---

    def _compare_op(self, other, op):
        # other as a Decimal for ==, <, ...: ints and Decimals exactly;
        # floats and Fractions by their exact values; None: NotImplemented
        if isinstance(other, Decimal):
            return other, None
        if isinstance(other, int):
            return _new(1 if other < 0 else 0, abs(other), 0), None
        if isinstance(other, float):
            ctx = getcontext()
            if op in ('==', '!='):
                ctx._flags |= _FLOATOP
            else:
                ctx._signal(_FLOATOP)
            return _from_float(other), None
        if isinstance(other, numbers.Rational):
            return None, (other.numerator, other.denominator)
        if isinstance(other, complex) and op in ('==', '!=') and other.imag == 0:
            ctx = getcontext()
            ctx._flags |= _FLOATOP
            return _from_float(other.real), None
        return None, None

    def _richcmp(self, other, op):
        # -1, 0, 1; None for NotImplemented; 'nan' when a NaN takes part
        if type(other) is Decimal and not self._special and not other._special:
            return _cmp(self, other)      # the common case, first
        d, ratio = self._compare_op(other, op)
        if d is None:
            if ratio is None:
                return None
            if self._special in ('n', 'N'):
                d = self
            elif self._special:
                return -1 if self._sign else 1
            else:
                # compare self * den with num, both exact
                num, den = ratio
                left = _new(self._sign, self._coef * den, self._exp)
                return _cmp(left, _new(1 if num < 0 else 0, abs(num), 0))
        if self._special in ('n', 'N') or d._special in ('n', 'N'):
            if op in ('==', '!='):
                if self._special == 'N' or d._special == 'N':
                    getcontext()._signal(_INVALID)
            else:
                getcontext()._signal(_INVALID)
            return 'nan'
        return _cmp(self, d)

    def __eq__(self, other):
        c = self._richcmp(other, '==')
        if c is None:
            return NotImplemented
        return c == 0

    def __ne__(self, other):
        c = self._richcmp(other, '!=')
        if c is None:
            return NotImplemented
        return c != 0

    def __lt__(self, other):
        c = self._richcmp(other, '<')
        if c is None:
            return NotImplemented
        return c == -1

    def __le__(self, other):
        c = self._richcmp(other, '<=')
        if c is None:
            return NotImplemented
        return c == -1 or c == 0

    def __gt__(self, other):
        c = self._richcmp(other, '>')
        if c is None:
            return NotImplemented
        return c == 1

    def __ge__(self, other):
        c = self._richcmp(other, '>=')
        if c is None:
            return NotImplemented
        return c == 1 or c == 0

    # --- arithmetic operators ---

    __add__ = _forward('add', '+', _add)
    __sub__ = _forward('sub', '-', _sub)
    __mul__ = _forward('mul', '*', _mul)
    __truediv__ = _forward('truediv', '/', _div)
    __floordiv__ = _forward('floordiv', '//', _floordiv)
    __mod__ = _forward('mod', '%', _mod)
    __divmod__ = _forward('divmod', 'divmod()', _divmod)

    def __pow__(self, other, modulo=None):
        other = _operand(self, other, '** or pow()', '__rpow__', False)
        if other is NotImplemented:
            return other
        ctx = getcontext()
        if modulo is not None:
            modulo = _operand(self, modulo, '** or pow()', '__rpow__', False)
            if modulo is NotImplemented:
                return modulo
            return ctx._do(_powmod, self, other, modulo)
        return ctx._do(_pow, self, other)

    __radd__ = _reflected('add', '+')
    __rsub__ = _reflected('sub', '-')
    __rmul__ = _reflected('mul', '*')
    __rtruediv__ = _reflected('truediv', '/')
    __rfloordiv__ = _reflected('floordiv', '//')
    __rmod__ = _reflected('mod', '%')
    __rdivmod__ = _reflected('divmod', 'divmod()')

    def __rpow__(self, other, modulo=None):
        other = _operand(self, other, '** or pow()', '__pow__', True)
        if other is NotImplemented:
            return other
        return other.__pow__(self, modulo)

    def __neg__(self):
        return getcontext()._do(_minus, self)

    def __pos__(self):
        return getcontext()._do(_plus, self)

    def __abs__(self):
        return getcontext()._do(_abs, self)

    # --- methods taking a context ---

    def exp(self, context=None):
        return _ctx_arg(context)._do(_exp, self)

    def ln(self, context=None):
        return _ctx_arg(context)._do(_ln, self)

    def log10(self, context=None):
        return _ctx_arg(context)._do(_log10, self)

    def logb(self, context=None):
        return _ctx_arg(context)._do(_logb, self)

    def sqrt(self, context=None):
        return _ctx_arg(context)._do(_sqrt, self)

    def normalize(self, context=None):
        return _ctx_arg(context)._do(_normalize, self)

    def next_plus(self, context=None):
        return _ctx_arg(context)._do(_next_plus, self)

    def next_minus(self, context=None):
        return _ctx_arg(context)._do(_next_minus, self)

    def next_toward(self, other, context=None):
        ctx = _ctx_arg(context)
        return ctx._do(_next_toward, self, _convert_strict(other))

    def quantize(self, exp, rounding=None, context=None):
        ctx = _ctx_arg(context)
        exp = _convert_strict(exp)
        if rounding is not None:
            _rounding_arg(rounding)
        return ctx._do(_quantize, self, exp, rounding)

    def to_integral_value(self, rounding=None, context=None):
        ctx = _ctx_arg(context)
        if rounding is not None:
            _rounding_arg(rounding)
        return ctx._do(_to_integral, self, rounding, False)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = _ctx_arg(context)
        if rounding is not None:
            _rounding_arg(rounding)
        return ctx._do(_to_integral, self, rounding, True)

    def compare(self, other, context=None):
        ctx = _ctx_arg(context)
        return ctx._do(_compare, self, _convert_strict(other), False)

    def compare_signal(self, other, context=None):
        ctx = _ctx_arg(context)
        return ctx._do(_compare, self, _convert_strict(other), True)

    def compare_total(self, other, context=None):
        c = _cmp_total(self, _convert_strict(other))
        return _SMALL[c]

    def compare_total_mag(self, other, context=None):
        other = _convert_strict(other)
        c = _cmp_total(self.copy_abs(), other.copy_abs())
        return _SMALL[c]

    def max(self, other, context=None):
        ctx = _ctx_arg(context)
        return ctx._do(_minmax, self, _convert_strict(other), 1, False)

    def min(self, other, context=None):
        ctx = _ctx_arg(context)
        return ctx._do(_minmax, self, _convert_strict(other), -1, False)

    def max_mag(self, other, context=None):
        ctx = _ctx_arg(context)
        return ctx._do(_minmax, self, _convert_strict(other), 1, True)

    def min_mag(self, other, context=None):
        ctx = _ctx_arg(context)
        return ctx._do(_minmax, self, _convert_strict(other), -1, True)

    def copy_abs(self):
        return _new(0, self._coef, self._exp, self._special)

    def copy_negate(self):
        return _new(1 - self._sign, self._coef, self._exp, self._special)

    def copy_sign(self, other, context=None):
        other = _convert_strict(other)
        return _new(other._sign, self._coef, self._exp, self._special)

    def fma(self, other, third, context=None):
        ctx = _ctx_arg(context)
        return ctx._do(_fma, self, _convert_strict(other), _convert_strict(third))

    def remainder_near(self, other, context=None):
        ctx = _ctx_arg(context)
        return ctx._do(_remainder_near, self, _convert_strict(other))

    def scaleb(self, other, context=None):
        ctx = _ctx_arg(context)
        return ctx._do(_scaleb, self, _convert_strict(other))

    def rotate(self, other, context=None):
        ctx = _ctx_arg(context)
        return ctx._do(_rotate_shift, self, _convert_strict(other), True)

    def shift(self, other, context=None):
        ctx = _ctx_arg(context)
        return ctx._do(_rotate_shift, self, _convert_strict(other), False)

    def logical_and(self, other, context=None):
        ctx = _ctx_arg(context)
        return ctx._do(_logical, self, _convert_strict(other), 'and')

    def logical_or(self, other, context=None):
        ctx = _ctx_arg(context)
        return ctx._do(_logical, self, _convert_strict(other), 'or')

    def logical_xor(self, other, context=None):
        ctx = _ctx_arg(context)
        return ctx._do(_logical, self, _convert_strict(other), 'xor')

    def logical_invert(self, context=None):
        ctx = _ctx_arg(context)
        return ctx._do(_logical, self, _new(0, 0, 0), 'invert')


Decimal.__qualname__ = 'Decimal'

_PyHASH_MODULUS = sys.hash_info.modulus
_PyHASH_INF = sys.hash_info.inf
_PyHASH_10INV = pow(10, _PyHASH_MODULUS - 2, _PyHASH_MODULUS)

_NAN = _new(0, 0, 0, 'n')
_SMALL = {-1: _new(1, 1, 0), 0: _new(0, 0, 0), 1: _new(0, 1, 0)}

numbers.Number.register(Decimal)


# --- text: str, repr, to_eng_string ------------------------------------------

def _to_string(d, eng, caps):
    sign = '-' if d._sign else ''
    if d._special:
        if d._special == 'F':
            return sign + 'Infinity'
        body = 'NaN' if d._special == 'n' else 'sNaN'
        return sign + body + (str(d._coef) if d._coef else '')
    digits = str(d._coef)
    exp = d._exp
    if exp == 0:
        return sign + digits
    n = len(digits)
    left = exp + n
    if exp < 0 and left > -6:
        dot = left
    elif not eng:
        dot = 1
    elif not d._coef:
        dot = (left + 1) % 3 - 1
    else:
        dot = (left - 1) % 3 + 1
    if dot <= 0:
        s = '0.' + '0' * (-dot) + digits
    elif dot >= n:
        s = digits + '0' * (dot - n)
    else:
        s = digits[:dot] + '.' + digits[dot:]
    if left != dot:
        s += ('E' if caps else 'e') + '%+d' % (left - dot)
    return sign + s


# --- the other operations ----------------------------------------------------

def _compare(ctx, a, b, signal):
    if a._special in ('n', 'N') or b._special in ('n', 'N'):
        r = _nan_result(ctx, a, b)
        if signal:
            return r[0], _INVALID
        return r
    return _SMALL[_cmp(a, b)], 0


def _minmax(ctx, a, b, direction, mag):
    # max/min (direction 1/-1), of magnitudes when mag: a quiet NaN loses
    # to a number; ties are broken by sign, then by exponent
    an = a._special in ('n', 'N')
    bn = b._special in ('n', 'N')
    if an or bn:
        if a._special == 'N' or b._special == 'N' or (an and bn):
            return _nan_result(ctx, a, b)
        return _plus_keep(ctx, b if an else a)
    c = _cmp(a.copy_abs(), b.copy_abs()) if mag else _cmp(a, b)
    if c == 0:
        if mag:
            c = _cmp(a, b)
        if c == 0:
            c = _cmp_total(a, b)
    if c * direction >= 0:
        return _plus_keep(ctx, a)
    return _plus_keep(ctx, b)


def _plus_keep(ctx, a):
    # a rounded to ctx, keeping the sign of a zero
    if a._special:
        return a, 0
    return _finish(ctx, a._sign, a._coef, a._exp)


def _normalize(ctx, a):
    if a._special:
        r = _nan_result(ctx, a)
        return r if r else (a, 0)
    d, st = _finish(ctx, a._sign, a._coef, a._exp)
    if d._special:
        return d, st
    if not d._coef:
        return _new(d._sign, 0, 0), st
    coef = d._coef
    exp = d._exp
    top = ctx._Emax - ctx._prec + 1 if ctx._clamp else ctx._Emax
    while coef % 10 == 0 and exp < top:
        coef //= 10
        exp += 1
    return _new(d._sign, coef, exp), st


def _rescale(d, exp, rounding):
    # the finite d at exponent exp, rounding its coefficient: (Decimal, inexact)
    if d._exp >= exp:
        return _new(d._sign, d._coef * _p10(d._exp - exp), exp), False
    coef, inexact = _round_coef(d._coef, exp - d._exp, d._sign, rounding)
    return _new(d._sign, coef, exp), inexact


def _quantize(ctx, a, b, rounding):
    if a._special or b._special:
        r = _nan_result(ctx, a, b)
        if r:
            return r
        if a._special == 'F' and b._special == 'F':
            return a, 0
        return _invalid()
    exp = b._exp
    if not (ctx._Emin - ctx._prec + 1 <= exp <= ctx._Emax):
        return _invalid()
    if a._coef and a._exp + _ndigits(a._coef) - exp > ctx._prec:
        return _invalid()     # more digits than prec at that exponent
    r, inexact = _rescale(a, exp, rounding or ctx._rounding)
    st = 0
    if r._coef:
        nd = _ndigits(r._coef)
        if nd > ctx._prec or r._exp + nd - 1 > ctx._Emax:
            return _invalid()
        if r._exp + nd - 1 < ctx._Emin:
            st |= _SUBNORMAL
    if (r._exp > a._exp and a._coef) or inexact:
        if inexact:
            st |= _INEXACT
        st |= _ROUNDED     # (no Underflow from quantize, as libmpdec)
    top = ctx._Emax - ctx._prec + 1
    if ctx._clamp and r._exp > top:
        r = _new(r._sign, r._coef * _p10(r._exp - top), top)
        st |= _CLAMPED
    return r, st


def _to_integral(ctx, a, rounding, exact):
    if a._special:
        r = _nan_result(ctx, a)
        return r if r else (a, 0)
    if a._exp >= 0:
        return a, 0
    if not a._coef:
        return _new(a._sign, 0, 0), 0
    r, inexact = _rescale(a, 0, rounding or ctx._rounding)
    st = 0
    if exact:
        st = _ROUNDED | (_INEXACT if inexact else 0)
    return r, st


def _scaleb(ctx, a, b):
    if a._special or b._special:
        r = _nan_result(ctx, a, b)
        if r:
            return r
    if b._special or b._exp != 0:
        return _invalid()
    n = -b._coef if b._sign else b._coef
    lim = 2 * (ctx._Emax + ctx._prec)
    if not -lim <= n <= lim:
        return _invalid()
    if a._special:
        return a, 0
    return _finish(ctx, a._sign, a._coef, a._exp + n)


def _logb(ctx, a):
    if a._special:
        r = _nan_result(ctx, a)
        return r if r else (_new(0, 0, 0, 'F'), 0)
    if not a._coef:
        return _new(1, 0, 0, 'F'), _DIVZERO
    adj = a._exp + _ndigits(a._coef) - 1
    return _finish(ctx, 1 if adj < 0 else 0, abs(adj), 0)


def _rotate_shift(ctx, a, b, rotate):
    if a._special or b._special:
        r = _nan_result(ctx, a, b)
        if r:
            return r
    if b._special or b._exp != 0:
        return _invalid()
    n = -b._coef if b._sign else b._coef
    prec = ctx._prec
    if not -prec <= n <= prec:
        return _invalid()
    if a._special:
        return a, 0
    coef = a._coef % _p10(prec)
    if rotate:
        n %= prec
        coef = (coef * _p10(n)) % _p10(prec) + coef // _p10(prec - n)
    elif n >= 0:
        coef = (coef * _p10(n)) % _p10(prec)
    else:
        coef //= _p10(-n)
    return _new(a._sign, coef, a._exp), 0


def _logical(ctx, a, b, op):
    # digit-wise logic on operands whose digits are all 0 or 1
    def digits(d):
        if d._special or d._sign or d._exp != 0:
            return None
        s = str(d._coef)
        if s.strip('01'):
            return None
        return s
    da = digits(a)
    db = digits(b)
    if da is None or db is None:
        return _invalid()
    p = ctx._prec
    da = da.rjust(p, '0')[-p:]
    db = db.rjust(p, '0')[-p:]
    if op == 'and':
        out = [str(int(x) & int(y)) for x, y in zip(da, db)]
    elif op == 'or':
        out = [str(int(x) | int(y)) for x, y in zip(da, db)]
    elif op == 'xor':
        out = [str(int(x) ^ int(y)) for x, y in zip(da, db)]
    else:
        out = ['1' if x == '0' else '0' for x in da]
    return _new(0, int(''.join(out)), 0), 0


def _next_plus(ctx, a):
    return _next(ctx, a, 1)


def _next_minus(ctx, a):
    return _next(ctx, a, -1)


def _next(ctx, a, direction):
    # the closest representable number above (1) or below (-1) a
    if a._special:
        r = _nan_result(ctx, a)
        if r:
            return r
        if (direction > 0) == (a._sign == 0):
            return a, 0
        return _new(a._sign, _p10(ctx._prec) - 1, ctx._Emax - ctx._prec + 1), 0
    work = ctx._work(ROUND_CEILING if direction > 0 else ROUND_FLOOR)
    d, st = _finish(work, a._sign, a._coef, a._exp)
    if st & (_INEXACT | _IEEE_INVALID):
        return d, st & _IEEE_INVALID
    etiny = ctx._Emin - ctx._prec + 1
    tiny = _new(0 if direction > 0 else 1, 1, etiny - 1)
    d, st = _add(work, a, tiny)
    return d, st & _IEEE_INVALID


def _next_toward(ctx, a, b):
    if a._special in ('n', 'N') or b._special in ('n', 'N'):
        return _nan_result(ctx, a, b)
    c = _cmp(a, b)
    if c == 0:
        return _new(b._sign, a._coef, a._exp, a._special), 0
    d, st = _next(ctx, a, 1 if c < 0 else -1)
    if d._special == 'F':
        st |= _OVERFLOW | _ROUNDED | _INEXACT
    elif d.adjusted() < ctx._Emin:
        st |= _UNDERFLOW | _SUBNORMAL | _ROUNDED | _INEXACT
        if not d._coef:
            st |= _CLAMPED
    return d, st


def _sqrt(ctx, a):
    if a._special:
        r = _nan_result(ctx, a)
        if r:
            return r
        if a._sign:
            return _invalid()
        return a, 0
    ideal = a._exp >> 1
    if not a._coef:
        return _finish(ctx, a._sign, 0, ideal)
    if a._sign:
        return _invalid()
    # c * 10**e with e even; the root to prec+1 digits, and whether exact
    prec = ctx._prec + 1
    c = a._coef
    e = a._exp
    if e & 1:
        c *= 10
        e -= 1
        half_len = (_ndigits(a._coef) >> 1) + 1
    else:
        half_len = (_ndigits(c) + 1) >> 1
    shift = prec - half_len
    if shift >= 0:
        c *= _p10(2 * shift)
        exact = True
    else:
        c, rem = divmod(c, _p10(-2 * shift))
        exact = not rem
    rexp = e // 2 - shift
    r = math.isqrt(c)
    exact = exact and r * r == c
    if exact:
        # the exact root, at the ideal exponent if it has the digits
        if shift >= 0:
            p = _p10(shift)
            if r % p == 0:
                r //= p
                rexp += shift
            else:
                while r % 10 == 0 and rexp < ideal:
                    r //= 10
                    rexp += 1
        work = ctx._work(ROUND_HALF_EVEN)
        d, st = _finish(work, 0, r, rexp)
        return d, st
    if r % 5 == 0:
        r += 1
    work = ctx._work(ROUND_HALF_EVEN)
    d, st = _finish(work, 0, r, rexp)
    return d, st | _INEXACT | _ROUNDED


# --- exp, ln, log10: correctly rounded by widening ----------------------------

def _ilog_fixed(x, p):
    # ln(x / 10**p) * 10**p, to within a few units, for x > 0 with about p
    # digits after a fixed point (x / 10**p near 1 converges fastest): the
    # argument is brought near 1 by square roots, then atanh's series
    # ln(y) = 2 * (z + z**3/3 + ...), z = (y - 1) / (y + 1)
    one = _p10(p)
    k = 0
    while abs(x - one) * 1000 > one:
        x = math.isqrt(x * one)
        k += 1
    # the series on |z| (floor division of negatives would never reach 0)
    z = (abs(x - one) * one) // (x + one)
    z2 = (z * z) // one
    term = z
    total = 0
    i = 1
    while term:
        total += term // i
        term = (term * z2) // one
        i += 2
    if x < one:
        total = -total
    return (2 * total) << k


# (digits, ln(10) * 10**digits): replaced whole, so that a thread never
# reads the digits of one value with another's number
_ln10_cache = (0, 0)


def _ln10_fixed(p):
    # ln(10) * 10**p, cut from a cached wider value: ln 10 = 3 ln 2 + ln 1.25
    global _ln10_cache
    q, v = _ln10_cache
    if q < p:
        q = p + 20
        v = _ilog_fixed(_p10(q) * 125 // 100, q) + 3 * _ln2_fixed(q)
        _ln10_cache = (q, v)
    return v // _p10(q - p)


def _ln2_fixed(p):
    # ln(2) * 10**p = 2 * atanh(1/3): the series in powers of 1/9
    term = _p10(p) // 3
    total = 0
    i = 1
    while term:
        total += term // i
        term //= 9
        i += 2
    return 2 * total


def _ln_approx(c, e, p):
    # ln(c * 10**e) * 10**p (c > 0), within a few units: with n the digits
    # of c, ln(c / 10**n) + (e + n) * ln(10), the first argument in [0.1, 1)
    n = _ndigits(c)
    adj = e + n
    w = p + _ndigits(abs(adj)) + 8
    m = c * _p10(w - n) if w >= n else c // _p10(n - w)
    total = _ilog_fixed(m, w) + adj * _ln10_fixed(w)
    return total // _p10(w - p)


def _exp_approx(c, e, w):
    # e ** (c * 10**e) as (coef, exp), coef of about w digits, within a few
    # units of its last place: take out k * ln(10), halve the rest until it
    # is small, sum Taylor's series, square back
    xi = e + _ndigits(abs(c)) if e + _ndigits(abs(c)) > 0 else 0
    w += 10 + xi
    one = _p10(w)
    if e >= 0:
        x = c * _p10(e) * one
    elif -e <= w + _ndigits(abs(c)):
        x = c * one // _p10(-e)
    else:
        x = 0
    l10 = _ln10_fixed(w)
    k = x // l10
    r = x - k * l10
    h = 0
    while r > one // 100:
        r >>= 1
        h += 1
    term = one
    total = one
    i = 1
    while term:
        term = term * r // (one * i)
        total += term
        i += 1
    for _ in range(h):
        total = total * total // one
    return total, k - w


def _correctly_rounded(ctx, sign, approx):
    # Ziv's strategy: approx(p) gives (coef, exp) for the value, coef of at
    # least p digits and within 8 units of its last place; widen p until
    # both ends of that interval round alike, then round half-even
    prec = ctx._prec
    extra = 6
    while True:
        coef, exp = approx(prec + extra)
        if coef > 8 and _ndigits(coef - 8) > prec and (
                _round_sig_parts(coef - 8, exp, prec, sign) ==
                _round_sig_parts(coef + 8, exp, prec, sign)):
            break
        extra += extra
    # a sticky digit below: the result is inexact even if coef is round
    d, st = _finish(ctx._work(ROUND_HALF_EVEN), sign, coef * 10 + 1, exp - 1)
    return d, st | _INEXACT | _ROUNDED


def _round_sig_parts(c, e, prec, sign):
    # c * 10**e rounded half-even to prec digits, as (coef, exp)
    drop = _ndigits(c) - prec
    q, _ = _round_coef(c, drop, sign, ROUND_HALF_EVEN)
    if _ndigits(q) > prec:
        q //= 10
        drop += 1
    return q, e + drop


def _exp(ctx, a):
    if a._special:
        r = _nan_result(ctx, a)
        if r:
            return r
        if a._sign:
            return _new(0, 0, 0), 0
        return a, 0
    if not a._coef:
        return _new(0, 1, 0), 0
    adj = a._exp + _ndigits(a._coef) - 1
    prec = ctx._prec
    etiny = ctx._Emin - prec + 1
    # far beyond the exponent range: overflow or underflow outright
    if adj > _ndigits(max(ctx._Emax, -etiny)) + 1:
        work = ctx._work(ROUND_HALF_EVEN)
        if a._sign:
            return _finish(work, 0, 1, etiny - 2)
        return _finish(work, 0, 1, ctx._Emax + 1)
    c = -a._coef if a._sign else a._coef
    e = a._exp
    if adj < -(prec + 3):
        # 1 + x with x far below the last digit: 1 -+ a sticky unit
        k = prec + 3
        d, st = _finish(ctx._work(ROUND_HALF_EVEN), 0,
                        _p10(k) - 1 if a._sign else _p10(k) + 1, -k)
        return d, st | _INEXACT | _ROUNDED

    def approx(p):
        return _exp_approx(c, e, p + 2)
    return _correctly_rounded(ctx, 0, approx)


def _near_one_mag(c, e):
    # where the leading digit of ln(c * 10**e) is, roughly (a power of ten
    # at or above the value); near 1 from the size of x - 1
    adj = e + _ndigits(c)
    if -1 <= adj <= 1:
        if e < 0:
            d = abs(c - _p10(-e))
            return e + _ndigits(d)
        return 1
    return _ndigits(abs(adj)) + 1


def _ln(ctx, a):
    if a._special:
        r = _nan_result(ctx, a)
        if r:
            return r
        if a._sign:
            return _invalid()
        return a, 0
    if not a._coef:
        return _new(1, 0, 0, 'F'), 0
    if a._sign:
        return _invalid()
    c = a._coef
    e = a._exp
    if e <= 0 and c == _p10(-e):
        return _new(0, 0, 0), 0
    mag = _near_one_mag(c, e)

    def approx(p):
        q = p - mag + 2
        v = _ln_approx(c, e, q)
        return abs(v), -q
    sign = 1 if _cmp(a, _ONE) < 0 else 0
    return _correctly_rounded(ctx, sign, approx)


def _log10(ctx, a):
    if a._special:
        r = _nan_result(ctx, a)
        if r:
            return r
        if a._sign:
            return _invalid()
        return a, 0
    if not a._coef:
        return _new(1, 0, 0, 'F'), 0
    if a._sign:
        return _invalid()
    c = a._coef
    e = a._exp
    # a power of ten: an exact integer
    s = str(c)
    if s[0] == '1' and not s[1:].strip('0'):
        n = e + len(s) - 1
        return _finish(ctx, 1 if n < 0 else 0, abs(n), 0)
    mag = _near_one_mag(c, e)

    def approx(p):
        q = p - mag + 3
        v = _ln_approx(c, e, q + 5)
        r = abs(v) * _p10(q) // _ln10_fixed(q + 5)
        return r, -q
    sign = 1 if _cmp(a, _ONE) < 0 else 0
    return _correctly_rounded(ctx, sign, approx)


# --- power -------------------------------------------------------------------

def _is_integral(d):
    if d._special:
        return False
    if d._exp >= 0 or not d._coef:
        return True
    return d._coef % _p10(-d._exp) == 0


def _is_odd(d):
    # 1 if the integral d is odd (without building 10**exp for a big exponent)
    if d._exp > 0:
        return 0
    return (d._coef // _p10(-d._exp)) & 1


def _int_value(d):
    v = d._coef * _p10(d._exp) if d._exp >= 0 else d._coef // _p10(-d._exp)
    return -v if d._sign else v


def _pow(ctx, x, y):
    # x ** y by libmpdec's recipe (see the head comment)
    if x._special or y._special:
        r = _nan_result(ctx, x, y)
        if r:
            return r
    intexp = _is_integral(y)
    # a negative base to an odd integer power gives a negative result
    sign = x._sign & _is_odd(y) if intexp else 0
    if not x._special and not x._coef:
        if not y._special and not y._coef:
            return _invalid()
        if y._sign:
            return _new(sign, 0, 0, 'F'), 0
        return _new(sign, 0, 0), 0
    if x._sign:
        if not intexp or y._special:
            return _invalid()
    if y._special == 'F':
        ax = x.copy_abs()
        c = _cmp(ax, _ONE) if not x._special else 1
        if c == 0:
            p = ctx._prec - 1
            return _new(sign, _p10(p), -p), _INEXACT | _ROUNDED
        if (c < 0) != bool(y._sign):
            return _new(sign, 0, 0), 0
        return _new(sign, 0, 0, 'F'), 0
    if x._special == 'F':
        if not y._coef:
            return _new(sign, 1, 0), 0
        if y._sign:
            return _new(sign, 0, 0), 0
        return _new(sign, 0, 0, 'F'), 0
    if not y._coef:
        return _new(sign, 1, 0), 0
    # |x| == 1
    if x._coef == _p10(-x._exp) if x._exp <= 0 else False:
        if intexp:
            if y._sign:
                return _new(sign, 1, 0), 0
            n = _int_value(y) * (-x._exp)
            st = 0
            if n > ctx._prec - 1:
                n = ctx._prec - 1
                st = _ROUNDED
            return _new(sign, _p10(n), -n), st
        p = ctx._prec - 1
        return _new(sign, _p10(p), -p), _INEXACT | _ROUNDED
    r = _pow_bounds(ctx, x, y, sign)
    if r:
        return r
    if intexp:
        return _pow_int(ctx, x, y, sign)
    return _pow_real(ctx, x, y)


_ONE = _new(0, 1, 0)


def _exp_digits(n):
    # how many digits the exponent n has (libmpdec's mpd_exp_digits)
    return _ndigits(abs(n))


def _pow_bounds(ctx, x, y, sign):
    # a certain overflow or underflow, found from logarithm bounds
    ax = x.copy_abs()
    lb_theta = y.adjusted()
    t = ax.adjusted()
    if t > 0:
        lb_zeta = _exp_digits(t) - 1
    elif t < -1:
        lb_zeta = _exp_digits(t + 1) - 1
    else:
        diff, _ = _add(_MAXCTX, ax, _ONE, True)
        u = diff.adjusted()
        lb_zeta = u - 2 if t == 0 else u - 1
    etiny = ctx._Emin - ctx._prec + 1
    if ((t < 0) ^ y._sign) == 0:
        if _exp_digits(ctx._Emax) < lb_zeta + lb_theta:
            return _finish(ctx, sign, 1, _MAX_EXP_INF)
    else:
        if _exp_digits(etiny) < lb_zeta + lb_theta:
            return _finish(ctx, sign, 1, etiny - 1)
    return None


# an exponent past any Emax: _finish turns a 1 there into an overflow
_MAX_EXP_INF = 2000000000000000001


def _pow_int(ctx, x, y, sign):
    # integer exponent: binary powering at prec + (digits of y) + 2 digits,
    # half-even, then one rounding to ctx
    yd = _ndigits(y._coef) + y._exp
    work = ctx._work(ROUND_HALF_EVEN, extra=yd + 2, clamp=0)
    st = 0
    if y._sign:
        work = work._work(ROUND_HALF_EVEN, extra=1, clamp=0)
        base, s = _div(work, _ONE, x)
        st |= s
        if s & _IEEE_INVALID:
            return _NAN, st
    else:
        base = x
    n = abs(_int_value(y))
    result = base
    wst = 0
    bits = n.bit_length()
    for i in range(bits - 2, -1, -1):
        result, s = _mul(work, result, result)
        wst |= s
        if (n >> i) & 1:
            result, s = _mul(work, result, base)
            wst |= s
        if result._special or (not result._coef and wst & _CLAMPED):
            break
    st |= wst
    result = _new(sign, result._coef, result._exp, result._special)
    if result._special == 'F':
        result = _new(sign, 1, _MAX_EXP_INF)
    if result._special:
        return result, st
    d, s = _finish(ctx, sign, result._coef, result._exp)
    return d, st | s


def _pow_real(ctx, x, y):
    # exp(y * ln(x)), at max(prec, digits of x) + 4 + 19 digits
    wp = max(ctx._prec, _ndigits(x._coef)) + 4 + 19
    work = Context(prec=wp, rounding=ROUND_HALF_EVEN, Emin=MIN_EMIN, Emax=MAX_EMAX)
    work._traps = 0
    l, s1 = _ln(work, x)
    m, s2 = _mul(work, l, y)
    r, s3 = _exp(work, m)
    st = ((s1 | s2) & _IEEE_INVALID) | s3 | _INEXACT | _ROUNDED
    if not r._special and _cmp(r, _ONE) == 0:
        p = ctx._prec - 1
        r = _new(0, _p10(p), -p)
    if r._special == 'F':
        r = _new(0, 1, _MAX_EXP_INF)
    if r._special:
        return r, st
    d, s = _finish(ctx, r._sign, r._coef, r._exp)
    return d, st | s


def _powmod(ctx, x, y, m):
    # three-argument pow: integers only
    if x._special or y._special or m._special:
        return _nan_result3(ctx, x, y, m) or _invalid()
    if not (_is_integral(x) and _is_integral(y) and _is_integral(m)):
        return _invalid()
    if y._sign or not m._coef:
        return _invalid()
    mv = abs(_int_value(m))
    if _ndigits(mv) > ctx._prec:
        return _invalid()
    if not x._coef and not y._coef:
        return _invalid()
    r = pow(abs(_int_value(x)), _int_value(y), mv)
    sign = x._sign & (_int_value(y) & 1)
    return _new(sign, r, 0), 0


# --- Context ----------------------------------------------------------------

class SignalDict(object):
    """The flags or the traps of a Context, as a mapping from signal to bool."""
    __module__ = 'abc'

    def __init__(self, ctx, attr):
        self._ctx = ctx
        self._attr = attr

    def _bits(self, key):
        try:
            return _SIGNAL_BITS[key]
        except (KeyError, TypeError):
            raise KeyError(_SIGNALS_MSG) from None

    def __getitem__(self, key):
        return bool(getattr(self._ctx, self._attr) & self._bits(key))

    def __setitem__(self, key, value):
        bits = self._bits(key)
        cur = getattr(self._ctx, self._attr)
        setattr(self._ctx, self._attr, cur | bits if value else cur & ~bits)

    def __delitem__(self, key):
        raise ValueError('signal keys cannot be deleted')

    def __iter__(self):
        return iter([s for s, _ in _SIGNALS])

    def __len__(self):
        return len(_SIGNALS)

    def __contains__(self, key):
        return key in _SIGNAL_BITS

    def keys(self):
        return [s for s, _ in _SIGNALS]

    def values(self):
        return [self[s] for s, _ in _SIGNALS]

    def items(self):
        return [(s, self[s]) for s, _ in _SIGNALS]

    def get(self, key, default=None):
        if key in _SIGNAL_BITS:
            return self[key]
        return default

    def copy(self):
        return dict(self.items())

    def __eq__(self, other):
        if isinstance(other, SignalDict):
            other = other.copy()
        return self.copy() == other

    def __ne__(self, other):
        return not self == other

    def __repr__(self):
        return '{' + ', '.join('%r:%s' % (s, self[s]) for s, _ in _SIGNALS) + '}'


def _signal_dict_bits(arg):
    # assigning to flags or traps takes a signal dict only
    if not isinstance(arg, (dict, SignalDict)):
        raise TypeError('argument must be a signal dict')
    return _signal_bits(arg)


def _signal_bits(arg):
    # flags= or traps= given to Context(): a list of signals or a dict
    if isinstance(arg, (list, tuple)):
        bits = 0
        for s in arg:
            if s not in _SIGNAL_BITS:
                raise KeyError(_SIGNALS_MSG)
            bits |= _SIGNAL_BITS[s]
        return bits
    if isinstance(arg, (dict, SignalDict)):
        if len(arg) != len(_SIGNALS) or any(k not in _SIGNAL_BITS for k in arg):
            raise KeyError('invalid signal dict')
        bits = 0
        for k in arg:
            if arg[k]:
                bits |= _SIGNAL_BITS[k]
        return bits
    raise TypeError('argument must be a signal dict')


def _ssize(v):
    # the checks of CPython's conversion to a C ssize_t
    if not isinstance(v, int):
        raise TypeError('an integer is required')
    if not -(1 << 63) <= v < (1 << 63):
        raise OverflowError('Python int too large to convert to C ssize_t')


class Context(object):
    """The context affects almost all operations and controls rounding,
Over/Underflow, raising of exceptions and much more.  A new context
can be constructed as follows:

    >>> c = Context(prec=28, Emin=-425000000, Emax=425000000,
    ...             rounding=ROUND_HALF_EVEN, capitals=1, clamp=1,
    ...             traps=[InvalidOperation, DivisionByZero, Overflow],
    ...             flags=[])
    >>>

"""
    __module__ = 'decimal'
    __slots__ = ('_prec', '_rounding', '_Emin', '_Emax', '_capitals',
                 '_clamp', '_flags', '_traps')

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        # a new context starts as DefaultContext is now
        base = _DEFAULT_CTX
        if base is None:
            self._prec, self._rounding, self._Emin, self._Emax = 28, ROUND_HALF_EVEN, -999999, 999999
            self._capitals, self._clamp = 1, 0
            self._traps = _IEEE_INVALID | _DIVZERO | _OVERFLOW
        else:
            self._prec, self._rounding, self._Emin, self._Emax = base._prec, base._rounding, base._Emin, base._Emax
            self._capitals, self._clamp = base._capitals, base._clamp
            self._traps = base._traps
        self._flags = 0
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if flags is not None:
            self._flags = _signal_bits(flags)
        if traps is not None:
            self._traps = _signal_bits(traps)

    # --- attributes, checked as CPython checks them ---

    def _get_prec(self):
        return self._prec

    def _set_prec(self, v):
        _ssize(v)
        if not 1 <= v <= MAX_PREC:
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        self._prec = v

    prec = property(_get_prec, _set_prec)

    def _get_rounding(self):
        return self._rounding

    def _set_rounding(self, v):
        self._rounding = _rounding_arg(v)

    rounding = property(_get_rounding, _set_rounding)

    def _get_Emin(self):
        return self._Emin

    def _set_Emin(self, v):
        _ssize(v)
        if not MIN_EMIN <= v <= 0:
            raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        self._Emin = v

    Emin = property(_get_Emin, _set_Emin)

    def _get_Emax(self):
        return self._Emax

    def _set_Emax(self, v):
        _ssize(v)
        if not 0 <= v <= MAX_EMAX:
            raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        self._Emax = v

    Emax = property(_get_Emax, _set_Emax)

    def _get_capitals(self):
        return self._capitals

    def _set_capitals(self, v):
        _ssize(v)
        if v not in (0, 1):
            raise ValueError('valid values for capitals are 0 or 1')
        self._capitals = v

    capitals = property(_get_capitals, _set_capitals)

    def _get_clamp(self):
        return self._clamp

    def _set_clamp(self, v):
        _ssize(v)
        if v not in (0, 1):
            raise ValueError('valid values for clamp are 0 or 1')
        self._clamp = v

    clamp = property(_get_clamp, _set_clamp)

    def _get_flags(self):
        return SignalDict(self, '_flags')

    def _set_flags(self, v):
        self._flags = _signal_dict_bits(v)

    flags = property(_get_flags, _set_flags)

    def _get_traps(self):
        return SignalDict(self, '_traps')

    def _set_traps(self, v):
        self._traps = _signal_dict_bits(v)

    traps = property(_get_traps, _set_traps)

    def __delattr__(self, name):
        raise AttributeError('context attributes cannot be deleted')

    # --- signalling ---

    def _signal(self, st):
        # record st in the flags; raise the first trapped signal, naming
        # every trapped condition
        self._flags |= st
        t = st & self._traps
        if t:
            for cls, bits in _SIGNALS:
                if t & bits:
                    break
            names = [c for c, b in _CONDITIONS if t & b]
            names += [s for s, b in _SIGNALS[1:] if t & b]
            raise cls(names)

    def _do(self, op, *args):
        # run op(self, *args) -> (result, status) and signal its status
        r, st = op(self, *args)
        if st:
            self._signal(st)
        return r

    def _work(self, rounding, extra=0, clamp=None):
        # a private copy for intermediate steps: no traps, no flags
        c = object.__new__(Context)
        c._prec = self._prec + extra
        c._rounding = rounding
        c._Emin = self._Emin
        c._Emax = self._Emax
        c._capitals = self._capitals
        c._clamp = self._clamp if clamp is None else clamp
        c._flags = 0
        c._traps = 0
        return c

    # --- plain methods ---

    def Etiny(self):
        """Return a value equal to Emin - prec + 1, the minimum exponent value
for subnormal results."""
        return self._Emin - self._prec + 1

    def Etop(self):
        return self._Emax - self._prec + 1

    def radix(self):
        return Decimal(10)

    def clear_flags(self):
        self._flags = 0

    def clear_traps(self):
        self._traps = 0

    def copy(self):
        c = object.__new__(Context)
        c._prec = self._prec
        c._rounding = self._rounding
        c._Emin = self._Emin
        c._Emax = self._Emax
        c._capitals = self._capitals
        c._clamp = self._clamp
        c._flags = self._flags
        c._traps = self._traps
        return c

    __copy__ = copy

    def __reduce__(self):
        return (Context, (self._prec, self._rounding, self._Emin, self._Emax,
                          self._capitals, self._clamp,
                          [s for s, b in _SIGNALS if self._flags & b],
                          [s for s, b in _SIGNALS if self._traps & b]))

    def _names(self, bits):
        return ', '.join(n for n, b in _REPR_ORDER if bits & b)

    def __repr__(self):
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, '
                'clamp=%d, flags=[%s], traps=[%s])'
                % (self._prec, self._rounding, self._Emin, self._Emax,
                   self._capitals, self._clamp, self._names(self._flags),
                   self._names(self._traps)))

    # --- making Decimals ---

    def create_decimal(self, num='0'):
        """Create a new Decimal instance from num, using self as the context.
Unlike the Decimal constructor, this function observes the context limits."""
        if isinstance(num, float):
            self._signal(_FLOATOP)
            d = _from_float(num)
        else:
            d = Decimal(num, self) if not isinstance(num, str) else _from_str_strict(num, self)
        if d._special:
            if d._coef and _ndigits(d._coef) > self._prec - self._clamp:
                return self._do(lambda c: (_NAN, _CONV))
            return d
        return self._do(_finish, d._sign, d._coef, d._exp)

    def create_decimal_from_float(self, f):
        d = Decimal.from_float(f)
        if d._special:
            return d
        return self._do(_finish, d._sign, d._coef, d._exp)

    def copy_decimal(self, a):
        return _convert_strict(a)

    # --- the operations, as methods (operands: Decimals or ints) ---

    def abs(self, a):
        return self._do(_abs, _convert_strict(a))

    def add(self, a, b):
        return self._do(_add, _convert_strict(a), _convert_strict(b))

    def subtract(self, a, b):
        return self._do(_add, _convert_strict(a), _convert_strict(b), True)

    def multiply(self, a, b):
        return self._do(_mul, _convert_strict(a), _convert_strict(b))

    def divide(self, a, b):
        return self._do(_div, _convert_strict(a), _convert_strict(b))

    def divide_int(self, a, b):
        return self._do(_floordiv, _convert_strict(a), _convert_strict(b))

    def remainder(self, a, b):
        return self._do(_mod, _convert_strict(a), _convert_strict(b))

    def divmod(self, a, b):
        return self._do(_divmod, _convert_strict(a), _convert_strict(b))

    def remainder_near(self, a, b):
        return self._do(_remainder_near, _convert_strict(a), _convert_strict(b))

    def power(self, a, b, modulo=None):
        a = _convert_strict(a)
        b = _convert_strict(b)
        if modulo is not None:
            return self._do(_powmod, a, b, _convert_strict(modulo))
        return self._do(_pow, a, b)

    def fma(self, a, b, c):
        return self._do(_fma, _convert_strict(a), _convert_strict(b), _convert_strict(c))

    def plus(self, a):
        return self._do(_plus, _convert_strict(a))

    def minus(self, a):
        return self._do(_minus, _convert_strict(a))

    def sqrt(self, a):
        return self._do(_sqrt, _convert_strict(a))

    def exp(self, a):
        return self._do(_exp, _convert_strict(a))

    def ln(self, a):
        return self._do(_ln, _convert_strict(a))

    def log10(self, a):
        return self._do(_log10, _convert_strict(a))

    def logb(self, a):
        return self._do(_logb, _convert_strict(a))

    def normalize(self, a):
        return self._do(_normalize, _convert_strict(a))

    def quantize(self, a, b):
        return self._do(_quantize, _convert_strict(a), _convert_strict(b), None)

    def to_integral_value(self, a):
        return self._do(_to_integral, _convert_strict(a), None, False)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return self._do(_to_integral, _convert_strict(a), None, True)

    def compare(self, a, b):
        return self._do(_compare, _convert_strict(a), _convert_strict(b), False)

    def compare_signal(self, a, b):
        return self._do(_compare, _convert_strict(a), _convert_strict(b), True)

    def compare_total(self, a, b):
        return _convert_strict(a).compare_total(b)

    def compare_total_mag(self, a, b):
        return _convert_strict(a).compare_total_mag(b)

    def max(self, a, b):
        return self._do(_minmax, _convert_strict(a), _convert_strict(b), 1, False)

    def min(self, a, b):
        return self._do(_minmax, _convert_strict(a), _convert_strict(b), -1, False)

    def max_mag(self, a, b):
        return self._do(_minmax, _convert_strict(a), _convert_strict(b), 1, True)

    def min_mag(self, a, b):
        return self._do(_minmax, _convert_strict(a), _convert_strict(b), -1, True)

    def next_plus(self, a):
        return self._do(_next_plus, _convert_strict(a))

    def next_minus(self, a):
        return self._do(_next_minus, _convert_strict(a))

    def next_toward(self, a, b):
        return self._do(_next_toward, _convert_strict(a), _convert_strict(b))

    def scaleb(self, a, b):
        return self._do(_scaleb, _convert_strict(a), _convert_strict(b))

    def rotate(self, a, b):
        return self._do(_rotate_shift, _convert_strict(a), _convert_strict(b), True)

    def shift(self, a, b):
        return self._do(_rotate_shift, _convert_strict(a), _convert_strict(b), False)

    def logical_and(self, a, b):
        return self._do(_logical, _convert_strict(a), _convert_strict(b), 'and')

    def logical_or(self, a, b):
        return self._do(_logical, _convert_strict(a), _convert_strict(b), 'or')

    def logical_xor(self, a, b):
        return self._do(_logical, _convert_strict(a), _convert_strict(b), 'xor')

    def logical_invert(self, a):
        return self._do(_logical, _convert_strict(a), _new(0, 0, 0), 'invert')

    def copy_abs(self, a):
        return _convert_strict(a).copy_abs()

    def copy_negate(self, a):
        return _convert_strict(a).copy_negate()

    def copy_sign(self, a, b):
        return _convert_strict(a).copy_sign(b)

    def same_quantum(self, a, b):
        return _convert_strict(a).same_quantum(b)

    def number_class(self, a):
        return _convert_strict(a).number_class(self)

    def to_sci_string(self, a):
        return _to_string(_convert_strict(a), False, self._capitals)

    def to_eng_string(self, a):
        return _to_string(_convert_strict(a), True, self._capitals)

    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return True

    def is_finite(self, a):
        return _convert_strict(a).is_finite()

    def is_infinite(self, a):
        return _convert_strict(a).is_infinite()

    def is_nan(self, a):
        return _convert_strict(a).is_nan()

    def is_qnan(self, a):
        return _convert_strict(a).is_qnan()

    def is_snan(self, a):
        return _convert_strict(a).is_snan()

    def is_signed(self, a):
        return _convert_strict(a).is_signed()

    def is_zero(self, a):
        return _convert_strict(a).is_zero()

    def is_normal(self, a):
        return _convert_strict(a).is_normal(self)

    def is_subnormal(self, a):
        return _convert_strict(a).is_subnormal(self)

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return a


_DEFAULT_CTX = None

_MAXCTX = Context.__new__(Context)
_MAXCTX._prec = MAX_PREC
_MAXCTX._rounding = ROUND_HALF_EVEN
_MAXCTX._Emin = MIN_EMIN
_MAXCTX._Emax = MAX_EMAX
_MAXCTX._capitals = 1
_MAXCTX._clamp = 0
_MAXCTX._flags = 0
_MAXCTX._traps = 0


DefaultContext = Context()
_DEFAULT_CTX = DefaultContext
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, traps=[])


# --- the current context ----------------------------------------------------

_local = _threading.local()


def getcontext():
    """Get the current default context."""
    try:
        return _local.context
    except AttributeError:
        ctx = _from_default()
        _local.context = ctx
        return ctx


def _from_default():
    c = DefaultContext.copy()
    c._flags = 0
    return c


def setcontext(context):
    """Set a new default context."""
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context._flags = 0
    _local.context = context


_LOCAL_KEYS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps')


def localcontext(ctx=None, **kwargs):
    """Return a context manager that will set the default context to a copy
of ctx on entry to the with-statement and restore the previous default
context when exiting the with-statement."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    new = ctx.copy()
    for k, v in kwargs.items():
        if k not in _LOCAL_KEYS:
            raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        if k in ('flags', 'traps'):
            # a list of signals is taken here, as by Context()
            setattr(new, '_' + k, _signal_bits(v))
        else:
            setattr(new, k, v)
    return _ContextManager(new)


class _ContextManager(object):
    __module__ = 'decimal'

    def __init__(self, new):
        self.new_context = new

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


_ContextManager.__name__ = 'ContextManager'
_ContextManager.__qualname__ = 'ContextManager'


# --- format() -----------------------------------------------------------------

def _parse_spec(spec):
    # [[fill]align][sign][z][0][width][,|_][.precision][type] -> dict, or
    # ValueError('invalid format string')
    bad = ValueError('invalid format string')
    i = 0
    n = len(spec)
    fill = None
    align = None
    if n >= 2 and spec[1] in '<>=^':
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = None
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    no_neg_zero = False
    if i < n and spec[i] == 'z':
        no_neg_zero = True
        i += 1
    zero = False
    if i < n and spec[i] == '0':
        zero = True
        i += 1
        if i < n and spec[i] == '0':
            raise bad         # a width may not start with 0 after the flag
    j = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[j:i]) if i > j else None
    grouping = None
    if i < n and spec[i] in ',_':
        grouping = spec[i]
        i += 1
    precision = None
    if i < n and spec[i] == '.':
        j = i + 1
        i = j
        while i < n and spec[i].isdigit():
            i += 1
        if i == j:
            raise bad
        precision = int(spec[j:i])
    typ = None
    if i < n:
        typ = spec[i]
        i += 1
    if i != n or (typ is not None and typ not in 'eEfFgGn%'):
        raise bad
    if grouping == '_' or (grouping and typ == 'n'):
        raise bad
    if zero:
        if align is not None:
            raise bad
        if fill is None:
            fill = '0'
        if align is None:
            align = '='
    if fill is None:
        fill = ' '
    if align is None:
        align = '>'
    return fill, align, sign, no_neg_zero, width, grouping, precision, typ, zero


def _format(d, spec):
    fill, align, signc, no_neg_zero, width, grouping, precision, typ, zero = _parse_spec(spec)
    ctx = getcontext()
    rounding = ctx._rounding
    if typ is None:
        typ = 'G' if ctx._capitals else 'g'
    if typ == 'n':
        typ = 'g'
    if typ in 'gG' and precision == 0:
        precision = 1
    sign = d._sign
    if d._special:
        body = 'Infinity' if d._special == 'F' else ('NaN' if d._special == 'n' else 'sNaN')
        if d._special != 'F' and d._coef:
            body += str(d._coef)
        if typ == '%':
            body += '%'
        if zero:
            # no zero padding for infinities and NaNs: spaces, on the left
            fill, align = ' ', '>'
        return _pad(_sign_text(sign, signc), body, fill, align, width)
    coef = d._coef
    exp = d._exp
    if typ == '%':
        exp += 2
    x = _new(sign, coef, exp)
    if precision is not None:
        if typ in 'eE':
            x = _round_sig(x, precision + 1, rounding)
        elif typ in 'fF%':
            x, _ = _rescale(x, -precision, rounding)
        elif typ in 'gG' and _ndigits(x._coef) > precision:
            x = _round_sig(x, precision, rounding)
    if not x._coef and x._exp > 0 and typ in 'fF%':
        x = _new(x._sign, 0, 0)
    # z: a zero loses its minus sign; for f and % also one that rounding
    # made (CPython's C module checks F and the others before rounding)
    if no_neg_zero and (not coef or (not x._coef and typ in 'f%')):
        sign = 0
    digits = str(x._coef)
    left = x._exp + len(digits)
    if typ in 'eE':
        if not x._coef and precision is not None:
            dot = 1 - precision
        else:
            dot = 1
    elif typ in 'fF%':
        dot = left
    else:
        if x._exp <= 0 and left > -6:
            dot = left
        else:
            dot = 1
    if dot < 0:
        intpart = '0'
        frac = '0' * (-dot) + digits
    elif dot > len(digits):
        intpart = digits + '0' * (dot - len(digits))
        frac = ''
    else:
        intpart = digits[:dot] or '0'
        frac = digits[dot:]
    e = left - dot
    if frac:
        frac = '.' + frac
    if e != 0 or typ in 'eE':
        echar = 'E' if typ in 'EG' else 'e'
        frac += '%s%+d' % (echar, e)
    if typ == '%':
        frac += '%'
    sgn = _sign_text(sign, signc)
    if grouping:
        if zero and width:
            minw = width - len(sgn) - len(frac)
        else:
            minw = 0
        intpart = _group(intpart, minw)
    return _pad(sgn, intpart + frac, fill, align, width)


def _sign_text(sign, signc):
    if sign:
        return '-'
    if signc in ('+', ' '):
        return signc
    return ''


def _group(digits, minw):
    # thousands separated by commas, zero-padded to at least minw characters
    groups = []
    while True:
        g = digits[-3:]
        digits = digits[:-3]
        groups.append(g)
        if not digits:
            break
    out = ','.join(reversed(groups))
    if minw > len(out):
        # pad with zeros, separators included, as CPython's grouping does
        while len(out) < minw:
            lead = out.split(',')[0]
            if len(lead) < 3:
                out = '0' + out
            else:
                out = ('0,' if len(out) + 2 <= minw else ',') + out
                if out[0] == ',':
                    out = '0' + out
        return out
    return out


def _pad(sign, body, fill, align, width):
    if width is None or len(sign) + len(body) >= width:
        return sign + body
    padding = width - len(sign) - len(body)
    if align == '<':
        return sign + body + fill * padding
    if align == '>':
        return fill * padding + sign + body
    if align == '=':
        return sign + fill * padding + body
    half = padding // 2
    return fill * half + sign + body + fill * (padding - half)


def _round_sig(x, places, rounding):
    # x rounded to `places` significant digits, without flags
    if not x._coef:
        return x
    adj = x._exp + _ndigits(x._coef) - 1
    r, _ = _rescale(x, adj + 1 - places, rounding)
    if r._coef and r._exp + _ndigits(r._coef) - 1 != adj:
        r, _ = _rescale(r, r._exp + _ndigits(r._coef) - places, rounding)
    return r
