# string (constants, capwords, Template), keyword (kwlist, iskeyword, softkwlist) and types (the built-in types by name)
import string, keyword, types, sys

for name in ('ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits', 'hexdigits', 'octdigits',
             'punctuation', 'printable', 'whitespace'):
    print(name, repr(getattr(string, name)))
print(string.capwords('  the quick   BROWN fox '), string.capwords('a-b-c', '-'), string.capwords(''))
def caesar(text, k):
    lower = string.ascii_lowercase
    table = {c: lower[(i + k) % 26] for i, c in enumerate(lower)}
    return ''.join(table.get(c, c) for c in text)
print(caesar('hello, world', 3), ''.join(c for c in 'a.b,c!' if c not in string.punctuation))
T = string.Template
print(T('$who likes $what').substitute(who='tim', what='kung pao'), T('${noun}s and $$5').substitute(noun='apple'))
print(T('$a $b').safe_substitute(a=1), T('$a').substitute({'a': 'map'}, a='kw'), T('$x ${y}').get_identifiers(), T('$').is_valid())
for call in (lambda: T('$missing').substitute(), lambda: T('cost: $').substitute(), lambda: T('line\n  ${').substitute()):
    try:
        call()
    except (KeyError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print(keyword.kwlist, len(keyword.kwlist), keyword.softkwlist)
print(keyword.iskeyword('lambda'), keyword.iskeyword('print'), keyword.iskeyword('match'), keyword.issoftkeyword('match'))
def f():
    yield 1
class C:
    def m(self):
        pass
print(types.FunctionType, types.LambdaType is types.FunctionType, types.GeneratorType, types.MethodType,
      types.BuiltinFunctionType, types.ModuleType, types.NoneType, types.CellType)
print(isinstance(f, types.FunctionType), isinstance(f(), types.GeneratorType), isinstance(C().m, types.MethodType),
      isinstance(len, types.BuiltinFunctionType), isinstance(sys, types.ModuleType))
ns = types.SimpleNamespace(a=1, b='two')
ns.c = [3]
print(ns, ns.a, vars(ns), ns == types.SimpleNamespace(a=1, b='two', c=[3]), types.SimpleNamespace())
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print('TypeError:', e)
