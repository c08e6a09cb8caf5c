# PEP 563 text of module-level annotations: constants as repr() writes them,
# f-strings re-quoted as one string, nested priorities, attribute chains
from __future__ import annotations
a: 1e16
b: 0.1 + 1_000 + 0o17 + 0b101
c: True or None or False
d: 'a\nb\t' + "é" + '\x00' + '\U0001f600' + "'\""
e: b'\x00\xff' + rb'\d'
f: f"{x!a}" + f'{x:{y}.{z}}' + f"{'nested'}" + f'{x:%Y-%m-%d}'
g: f'{3.14:.2f}' + F'{a}{b}'
h: x if y else (z if w else v)
i: (lambda: (yield))
j: a[1:2][::][:]
k: a.b[c].d(e)[f]
l: (a)(b)
m: (-x) ** y + (-x ** y) + (not x) + (+x)
n: a < (b < c)
o: (a, b)[0]
p: [a, (b, c)]
q: a if (b, c) else d
r: {**a, 'b': c}
s: (a := b) if False else 0
t: await_ + 1
u: x.y.z[...]
v: x[a:b, c]
w: 1 .bit_length()
x: 1.0 .real
y: 1j.imag
z: ()
aa: (1,)
bb: f(*args, **kwargs)
cc: f(a)(b)(c)
dd: a and (b or c)
ee: (a and b) or c
ff: not (a and b)
gg: -(a + b)
hh: 2 ** 3 ** 4
ii: (2 ** 3) ** 4
jj: a @ b
kk: ~(~a)
ll: a[b][c]
mm: 'x' 'y' f'{z}'
for k, v in __annotations__.items(): print(k, repr(v))
