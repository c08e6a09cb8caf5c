# a tokenizer in the style of the re documentation: named groups, lastgroup, finditer
import re
spec = [('NUMBER', r'\d+(\.\d*)?'), ('ASSIGN', r':='), ('END', r';'), ('ID', r'[A-Za-z]+'),
        ('OP', r'[+\-*/]'), ('NEWLINE', r'\n'), ('SKIP', r'[ \t]+'), ('MISMATCH', r'.')]
regex = '|'.join('(?P<%s>%s)' % pair for pair in spec)
code = 'IF quantity THEN\n  total := total + price * quantity;\n  tax := price * 0.05;\nENDIF;'
line = 1
start = 0
for mo in re.finditer(regex, code):
    kind = mo.lastgroup
    value = mo.group()
    if kind == 'NEWLINE':
        line += 1
        start = mo.end()
        continue
    if kind == 'SKIP':
        continue
    print(kind, repr(value), line, mo.start() - start, mo.lastindex)
words = re.compile(r"[a-z']+")
text = "It's the end of the world as we know it, and I feel fine"
counts = {}
for w in words.findall(text.lower()):
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
email = re.compile(r'^[\w.+-]+@[\w-]+(\.[\w-]+)+$')
for addr in ['a.b@example.com', 'bad@', 'x+y@mail.co.uk', '@no.com']:
    print(addr, bool(email.match(addr)))
