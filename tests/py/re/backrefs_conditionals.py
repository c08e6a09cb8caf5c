# back references (\1, (?P=name)), conditional groups (?(1)...) and (?(name)...)
import re
print(re.search(r'(\w+) \1', 'hey hey you'), re.findall(r'(?P<w>\w)(?P=w)', 'abbcdd'))
print(re.search(r'(?i)(a)\1', 'aA'), re.match(r'(a)?b\1', 'b'))
print(re.match(r'(a)?(?(1)b|c)', 'c'), re.match(r'(a)?(?(1)b|c)', 'ab'), re.match(r'(a)?(?(1)b|c)', 'b'))
print(re.findall(r'(?P<q>")?\w+(?(q)")', '"hi" there "x'))
print(re.match(r'(?(2)a|b)(x)?(y)?', 'b'), re.match(r'(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)', '<user@host.com>'))
print(re.match('(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\\10', 'abcdefghijj'))
print(re.match(r'(\d)(\d)\2\1', '1221'))
