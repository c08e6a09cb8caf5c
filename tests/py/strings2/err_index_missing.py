# str.index raises ValueError: substring not found, where find returns -1 (uncaught)
s = 'hello world'
print(s.find('xyz'), s.index('world'))
print(s.index('xyz'))
