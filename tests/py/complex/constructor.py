# complex(): numbers, strings, __complex__/__float__/__index__, subclasses, as CPython 3.11
print(complex(), complex(1), complex(1.5), complex(True), complex(2, 3), complex(2.5, -1.5))
print(complex(1j), complex(1j, 1j), complex(2, 3j), complex(1+2j, 3+4j), complex(real=1, imag=2), complex(imag=3))
for s in ['1', '1j', '-1j', '1+2j', '1-2J', '  (3.5-2e3j)  ', '(1)', 'j', '+j', '-j', '1+j', '2-j',
          'inf', '-infj', 'nan+nanj', 'infinity-INFINITYj', '1e500j', '1e-400', '1_000+2_0j', '.5j',
          '5.e1j', '\t1+1j\n', '(j)', '1e+5-1e-5j', '\u0661\u0662+\u0663j', '\u20031j\u2003']:
    print(repr(s), complex(s))
for s in ['', 'j1', '1+2', '1+2jj', '(1+2j', '1+2j)', '1 +2j', '1e+j', '0x1j', '1 j', '++1j', 'nanjj',
          'abc', '()', '1.2.3j', '1\x00j', '(1+2j))']:
    try:
        complex(s)
    except ValueError as e:
        print(repr(s), e)
for s in ['1__2j', '_1j', '1_j', '1_+2j', '1e_2j']:
    try:
        complex(s)
    except ValueError as e:
        print(e)

class C:
    def __complex__(self):
        return 2+3j
class F:
    def __float__(self):
        return 1.5
class I:
    def __index__(self):
        return 7
class Both:
    def __complex__(self):
        return 1j
    def __float__(self):
        return 9.0
print(complex(C()), complex(F()), complex(I()), complex(F(), I()), complex(C(), 1))
print(complex(Both()), complex(2, F()), complex(I(), C()))

class Sub(complex):
    def __repr__(self):
        return 'Sub' + super().__repr__()
s = Sub(1, 2)
print(s, type(s).__name__, isinstance(s, complex), s.real, s.imag, s.conjugate(), type(s.conjugate()).__name__)
print(s + 1, type(s + 1).__name__, +s, type(+s).__name__, -s, complex(s), type(complex(s)).__name__)
print(Sub('3-4j'), Sub(), Sub(s), Sub.__new__(Sub, 5), s == 1+2j, hash(s) == hash(1+2j))
class WithInit(complex):
    def __init__(self, *args):
        self.tag = 'made'
w = WithInit(1, 1)
print(w, w.tag, w.__class__.__name__)
print((1+2j).__getnewargs__(), Sub(3, 4).__getnewargs__(), (1j).__complex__(), s.__complex__())
