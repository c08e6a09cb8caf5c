# string.Template on re: subclasses changing delimiter, idpattern, braceidpattern, pattern; CPython's pattern text
import string
T = string.Template
print(T('$who likes ${what}, $$5').substitute(who='tim', what='kung pao'))
print(T('$who $x').safe_substitute(who='a'), T('${a} $').safe_substitute(), T('$a$b').get_identifiers(), T('$1').is_valid())
try:
    T('x\n  $1').substitute()
except ValueError as e:
    print(e)
try:
    T('$missing').substitute({})
except KeyError as e:
    print('KeyError', e)
class P(string.Template):
    delimiter = '%'
    idpattern = '[a-z]+_[a-z]+'
print(P('%foo_bar %x %%').safe_substitute(foo_bar=1))
class B(string.Template):
    braceidpattern = r'(?a:[_a-z][_a-z0-9]*(\.[a-z]+)?)'
print(B('${a.b} $a').substitute({'a.b': 1, 'a': 2}))
print(repr(T.pattern.pattern), T.flags, P.pattern.flags)
class C(string.Template):
    pattern = r'@(?:(?P<escaped>@)|(?P<named>\w+)|\{(?P<braced>\w+)\}|(?P<invalid>))'
print(C('@x @{y} @@').substitute(x=1, y=2))
print(T('$Äb').safe_substitute(), T('$ab').substitute({'ab': 'é'}))
