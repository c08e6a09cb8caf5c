# from __future__ import annotations (PEP 563): annotations are kept as the
# text CPython's unparser writes back (spacing, repr of constants, the
# parentheses precedence needs), never evaluated
from __future__ import annotations
def f(a: int, b: "str", c: list[int], d: dict[str, int | None], e: a.b.c, f: x[1:2, ::3],
      g: lambda x, *y, z=1, **k: x, h: f"a{b!r:>{w}}c{{}}", i: (1, 2), j: -1 ** -2,
      k: not a and b or c, l: a if b else c, m: [x for x in y if z], n: {1: 2, **d},
      o: {1, 2}, p: (x for x in y), q: g(x for x in y), r: g(1, *a, k=2, **kw), s: 1 .real,
      t: 0x10 + 1e400 + 1.5 + 2j, u: u'x' + b'y' + 'it\'s', v: ..., x: a < b <= c is not d not in e,
      y: ~a ** b, z: (a + b) * c, aa: a - (b - c), bb: (a ** b) ** c, cc: a[()],
      dd: {x: y for x, y in z}, ee: {x for x in y}, ff: lambda: 0, gg: lambda *a: 0,
      hh: lambda a, /, b: 0, ii: f'{x=}', jj: f'{ {1:2} }', kk: a[b, c], ll: a[(b, c)],
      mm: a[b:c], nn: a[*b], pp: (yield_ for yield_ in ()), qq: "nested 'quotes'",
      rr: 'a' 'b', ss: Optional[Callable[..., Awaitable[None]]], tt: a @ b // c % d << e >> f & g ^ h,
      uu: (a or b) and (c or not d), vv: -(-a), ww: (-1) ** 2, xx: 2 ** -1, yy: (a, *b), zz: [*a, *b],
      *args: int, kw1: Optional[int] = None, **kwargs: "A") -> None: pass
for k, v in f.__annotations__.items():
    print(k, repr(v))
