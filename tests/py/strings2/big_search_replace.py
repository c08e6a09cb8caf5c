# linear find, rfind, count, replace, partition, strip and case mapping on multi-megabyte strings, including worst cases for naive search
text = 'a' * 3000000 + 'b'
print(text.find('ab'), text.rfind('aab'), text.count('aa'), text.rfind('ba'), text.find('ba'))
print(text.rfind('a' * 1000 + 'b'), text.find('a' * 1000 + 'b'), text.count('a' * 999 + 'b'), text.rfind('b' + 'a' * 1000))
print(('ab' * 1000000).rfind('ba' * 1000), ('ab' * 1000000).find('ba' * 1000), ('ab' * 1000000).count('abab'))
s = 'key=value;' * 300000
r = s.replace(';', ';;')
print(len(r), r.count(';;'), r[:14], len(s.replace('=', '')), len(s.replace('value', 'v', 100000)), len(s.replace('', '.', 7)))
print(s.partition('x')[0] == s, s.rpartition(';')[0].count(';'), s.rfind('key'), s.find('value', 1000000))
u = 'é' * 1000000 + '日' + 'ü' * 1000000
print(u.find('日'), u.rfind('é'), u.index('ü'), len(u.split('日')[0]), u.count('éé'), len(u.upper()), len(u.replace('é', 'e')))
print(len((' ' * 1000000 + 'x' + ' ' * 1000000).strip()), len(('ab' * 1000000).upper()), ('Ab' * 1000000).swapcase()[:6])
print(len(('xy' * 1000000).translate({120: 'z'})), ('a\tb' * 300000).expandtabs(4)[:9], len(('ab' * 500000).center(1000100)))
