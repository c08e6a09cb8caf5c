# methods on non-ASCII text keep code point indexes: find/count/slices agree, split and replace keep multibyte characters whole
s = 'naïve café — 日本語 😀 ünïcödé'
print(len(s), s.find('café'), s.find('日本'), s.find('😀'), s.rfind('é'), s.count('é'), s.count('ï'), s.index('ü'))
for sub in ['é', '日本語', '😀', ' ', 'ïc']:
    i = s.find(sub)
    print(repr(sub), i, s[i:i + len(sub)] == sub, s.rfind(sub), s[s.rfind(sub):].startswith(sub))
print(s.split(), s.split('é'), s.rsplit(' ', 2), s.partition('—'))
print(s.upper(), s.title(), s.replace('é', 'e'), s.center(30, '·'), s.count(''))
words = s.split()
print([w[::-1] for w in words], [len(w) for w in words], sorted(words), ' '.join(words) == s)
print([s.find(c) for c in 'aé日😀z'], [s.startswith(p, i) for p, i in (('ï', 2), ('日', 15), ('😀', 19), ('ü', 21))])
print('x'.join('日本語'), 'é'.join(['a', 'b']), '😀'.join('ab'), 'abc'.replace('', '·'), '日本'.replace('', '-', 2))
