# everyday recipes: case conversion, word counts, log parsing, validation, cleaning, templating with a function
import re
names = ['camelCaseName', 'HTTPServerError', 'simple', 'getHTTPResponseCode']
for n in names:
    snake = re.sub(r'(?<!^)(?=[A-Z])', '_', n).lower()
    snake2 = re.sub(r'([a-z0-9])([A-Z])', r'\1_\2', re.sub(r'(.)([A-Z][a-z]+)', r'\1_\2', n)).lower()
    print(n, snake, snake2)
print(''.join(w.capitalize() for w in re.split(r'_+', 'snake_case__name')))
text = """The quick brown fox. The lazy dog! Is it? Yes: the fox, the dog."""
words = re.findall(r"\b[a-z']+\b", text.lower())
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
print(re.split(r'(?<=[.!?])\s+', text))
log = """2023-01-05 10:22:01 ERROR [db] connection lost (code=17)
2023-01-05 10:22:05 INFO [web] request /index.html 200
2023-01-05 10:23:00 WARNING [db] slow query: 2.5s
bad line"""
pat = re.compile(r'^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) (?P<level>[A-Z]+) \[(?P<comp>\w+)\] (?P<msg>.*)$', re.M)
for m in pat.finditer(log):
    print(m['level'], m['comp'], m.group('msg'), m.span('date'))
print(pat.sub(lambda m: f"{m['level'][0]}:{m['comp']}", log))
emails = ['john.doe@example.com', 'bad@@x.com', 'a_b+c@sub.domain.org', 'no-at-sign', 'x@y']
email = re.compile(r'^[\w.+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}$')
print([e for e in emails if email.fullmatch(e)])
phones = ['(555) 123-4567', '555.123.4567', '5551234567', '555-1234']
phone = re.compile(r'\(?(\d{3})\)?[-.\s]?(\d{3})[-.\s]?(\d{4})')
print([phone.fullmatch(p) and '-'.join(phone.fullmatch(p).groups()) for p in phones])
html = '<p>Hello <b>world</b> &amp; <i>all</i></p>'
print(re.sub(r'<[^>]+>', '', html), re.findall(r'<(\w+)>', html))
print(re.sub(r'\s+', ' ', '  too   many \t spaces \n here ').strip())
print(re.sub(r'\$(\w+)', lambda m: {'name': 'Ada', 'lang': 'Python'}.get(m.group(1), m.group()), 'Hi $name, welcome to $lang $x'))
print(re.findall(r'-?\d+(?:\.\d+)?', 'Temps: -3.5, 0, 12 and 7.25C'))
print(dict(re.findall(r'(\w+)=("[^"]*"|\S+)', 'a=1 b="two words" c=x')))
print(re.sub(r'(\d)(?=(\d{3})+(?!\d))', r'\1,', '1234567 and 1000'))
print(bool(re.fullmatch(r'(?=.*[A-Z])(?=.*\d)(?=.*[^\w\s]).{8,}', 'Passw0rd!')), bool(re.fullmatch(r'(?=.*[A-Z])(?=.*\d).{8,}', 'password')))
print(re.sub(r'(\w+)@(\w+)\.com', r'\2 at \1', 'mail bob@site.com now'))
print(re.findall(r'#(\w+)', 'I love #python and #regex! #3'), re.findall(r'\b(\w)(\w*)\1\b', 'noon level abca eye'))
