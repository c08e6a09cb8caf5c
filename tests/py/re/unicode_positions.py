# positions count code points in non-ASCII text (2- 3- and 4-byte characters)
import re
print(re.search('é(.)', 'aéb').span(1), re.search('😀+', 'x😀😀y').span(), re.findall('[😀-😂]', 'ab😁'))
text = 'naïve café — 😀 ok'
for m in re.finditer(r'\w+', text):
    print(m.group(), m.span(), text[m.start():m.end()] == m.group())
print(re.sub('é', 'e', 'café café'), re.split('—', 'a — b'), re.search('ok', text, 0).start())
p = re.compile('b')
s = 'ü' * 5 + 'b' + 'ü' * 5 + 'b'
print(p.search(s, 6), p.search(s, 3, 6), [m.start() for m in p.finditer(s)])
print(re.match(r'\x41\u00e9\U0001F600\101\0', 'Aé😀A\0'), re.match(r'\N{EM DASH}', '—'), re.match(r'[\N{DIGIT ONE}-\N{DIGIT FIVE}]+', '1234567'))
long = ('ça va ' * 3000) + 'fin'
print(re.search('fin', long).span(), len(re.findall('va', long)))
