# JSONDecodeError: CPython's messages, and pos, lineno, colno, msg, doc; a subclass of ValueError
import json
cases = ['', '   ', '[', '[1,', '[1,]', '[1 2]', '{', '{"a"', '{"a" 1}', '{"a": 1,}', '{"a": 1 "b"}', '{1: 2}',
         '{"a":}', '"abc', '"a\\', '"a\x01b"', '"a\\qb"', '"\\u12"', '"\\u12zz"', '"\\ud800\\u12"', '"\\x41"',
         '1 2', '[1] x', 'nul', 'tru', 'fals', '-', '-x', '01', '1.', '1e', '1.e5', '.5', '+1', 'NaNa', 'Infinit',
         '[1,\n 2,\n x]', '\n\n{"k":\n\n}', '\ufeff[1]', "{'single': 1}", '[1]]', '{"a": [}']
for text in cases:
    try:
        v = json.loads(text)
        print(repr(text), "->", repr(v))
    except json.JSONDecodeError as e:
        print(repr(text), "|", e, "|", repr(e.msg), e.pos, e.lineno, e.colno, e.doc == text)
e = json.JSONDecodeError("Custom", "line1\nline2\nline3", 8)
print(e, e.args, e.lineno, e.colno, isinstance(e, ValueError), json.JSONDecodeError.__mro__[1].__name__)
print(json.JSONDecodeError.__module__, json.JSONDecodeError.__name__, json.decoder.JSONDecodeError is json.JSONDecodeError)
for bad in (5, None, [1]):
    try:
        json.loads(bad)
    except TypeError as e:
        print("TypeError:", e)
