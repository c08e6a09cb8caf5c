# Match objects: group, groups, groupdict, start/end/span, lastindex, lastgroup, regs, [], repr
import re
p = re.compile(r'(?P<first>\w+) (?P<last>\w+)')
m = p.match('Isaac Newton, physicist')
print(m)
print(m.group(), m.group(0), m.group(1, 2), m['first'], m[2], m.group('last'))
print(m.group(1, 'last', 0))
print(m.start(), m.end(), m.span('last'), m.start(2), m.end('first'))
print(m.pos, m.endpos, m.re is p, m.string)
print(m.groupdict(), m.groups(), m.lastindex, m.lastgroup, m.regs)
m2 = re.match('(a)(b)?', 'a')
print(m2.groups(), m2.groups('-'), m2.span(2), m2.start(2), m2.end(2), m2.group(2))
print(re.match('(?P<a>x)(?P<b>y)?', 'x').groupdict('z'))
print(repr(re.match('.*', 'x' * 100)))
print(repr(re.match('.*', 'it\'s "quoted"')))
print(bool(re.match('', '')), re.match('', '').span())
for pat, s in [('(a)|(b)', 'b'), ('((a)b)', 'ab'), ('(a)(b*)', 'a'), ('((ab))', 'ab'),
               ('(a)(?:b)', 'ab'), ('(?P<n>a)', 'a'), ('(a)(?P<n>b)', 'ab'), ('(?P<n>a)(b)', 'ab'),
               ('(a)(b)(c)?', 'ab'), ('x', 'x'), ('(?:(a)|b)+', 'ab')]:
    m = re.search(pat, s)
    print(pat, m.lastindex, m.lastgroup)
m = re.search(r'(\d+)-(\d+)', 'call 555-1234 now')
print(m.expand(r'\2/\1'), m.expand(r'<\g<0>> \g<1>\n'), m.expand('plain'))
