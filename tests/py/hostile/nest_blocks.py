# nesting that CPython 3.11 limits in its tokenizer and compiler, with a location: 100 levels of indentation, 21 statically nested loops, try and with blocks, 201 brackets; one level less runs
def attempt(src):
    try:
        code = compile(src, 'blocks', 'exec')
    except SyntaxError as e:
        return '%s: %s (line %s, offset %s)' % (type(e).__name__, e.msg, e.lineno, e.offset)
    ns = {}
    exec(code, ns)
    return 'ran, depth %r' % (ns.get('depth'),)


CM = 'class CM:\n    def __enter__(self): pass\n    def __exit__(self, *exc): pass\n'


def blocks(k, header):
    lines = [' ' * i + header.replace('#', str(i)) + ':' for i in range(k)]
    return CM + '\n'.join(lines + [' ' * k + 'depth = %d' % k]) + '\n'


for header in ['if True', 'def f#()', 'class C#', 'while False', 'for x# in [0]']:
    print(header.split()[0], attempt(blocks(99, header)), '|', attempt(blocks(100, header)))
for header in ['for x# in [0]', 'while False', 'with CM()']:
    print(header.split()[0], attempt(blocks(20, header)), '|', attempt(blocks(21, header)))
tries = ''.join(' ' * i + 'try:\n' for i in range(21)) + ' ' * 21 + 'depth = 21\n' + \
    ''.join(' ' * i + 'finally:\n' + ' ' * i + ' pass\n' for i in reversed(range(21)))
print('try', attempt(tries))
print('try', attempt(tries.replace(' ' * 20 + 'try:\n', '', 1).replace(' ' * 20 + 'finally:\n' + ' ' * 20 + ' pass\n', '')))
for opener, inner, closer in [('(', '', ')'), ('[', '', ']'), ('{0: ', '0', '}')]:
    print(opener + closer, attempt('depth = len(%s)' % (opener * 199 + inner + closer * 199)), '|',
          attempt('depth = len(%s)' % (opener * 200 + inner + closer * 200)))
print(attempt('depth = f"{ f\'{ 1 + 1 }\' }"'))
