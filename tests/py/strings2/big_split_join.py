# linear split, rsplit, splitlines and join on large inputs: two hundred thousand pieces, multi-megabyte strings, separators of every length
parts = ['ab', 'c', 'def', '', 'é日'] * 40000
s = ','.join(parts)
print(len(parts), len(s), s[:20], s[-10:])
back = s.split(',')
print(len(back), back[:6], back == parts, s.rsplit(',') == parts, len(s.split(',', 10)), s.rsplit(',', 2)[1:])
print(len(s.split()), len(s.split('é日')), len(s.rsplit('é日,ab')), len(s.split(',,')), len(s.rsplit(',,')))
words = ('word ' * 100000).split()
print(len(words), words[0], len(' '.join(words)), len(('  x\t' * 60000).rsplit()), len(('a\u3000' * 60000).split()))
lines = '\n'.join(['line', 'other', ''] * 40000)
print(len(lines.splitlines()), len(lines.splitlines(True)), lines.splitlines()[-2:])
print(len(('x' * 400000).split('xx')), ('x' * 400001).rsplit('xx', 3)[:2], len(('xy' * 100000).rsplit('yx')))
