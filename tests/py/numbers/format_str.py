# format specs for str: alignment, fill (any character), width and precision in characters
specs = ['', 's', '5', '<5', '>5', '^5', '^6', '*^7', '.2', '5.2', '>8.3s', '.0', '10.10', '05', '<05', '0^7',
         '\u00e9<6', '\U0001F600>4', '.1s', '^3.0']
vals = ['', 'a', 'abc', 'héllo', '日本語', 'abcdefghij', '\U0001F600x']
for s in specs:
    print(repr(s), [format(v, s) for v in vals])
name = 'minipy'
print(f'[{name}] [{name:10}] [{name:>10}] [{name:^10}] [{name:.3}] [{name!r:>12}] [{name:_^12.4}]')
print(format('a', '>8') + '|' + format('b', '<8') + '|' + format('c', '^8'), f'{"x":{4}}|')
