# equal strings built in different ways (concatenation, slicing, join, str(), format, upper) hash alike and find each other
base = 'hello world'
variants = ['hello' + ' ' + 'world', base[:], 'xhello worldx'[1:-1], ' '.join(['hello', 'world']), 'HELLO WORLD'.lower(),
            '%s %s' % ('hello', 'world'), f"{'hello'} {'world'}", str(base), ''.join(reversed('dlrow olleh'))]
print(all(hash(v) == hash(base) for v in variants), hash(base))
d = {base: 1}
print([d[v] for v in variants])
print(hash('42') == hash(str(42)), hash('42') != hash(42), '42' in {42: 0}, 42 in {'42': 0})
print(hash('1.5') == hash(repr(1.5)), {'é€😀': 1}['é' + '€' + '😀'])
