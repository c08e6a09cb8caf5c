# str.format: automatic and manual numbering, keywords, attributes and items, conversions, escaped braces, format specs
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)
    def __str__(self):
        return '(%s, %s)' % (self.x, self.y)
p = Point(1, 'two')
d = {'a': 1, 'key': 'value', 0: 'zero', '0x': 'hex'}
lst = [10, 20, 30]
print('{} {} {}'.format(1, 'b', 3.5))
print('{0} {1} {0}'.format('x', 'y'), '{1}{0}'.format('a', 'b'), '{00}{01}'.format('p', 'q'))
print('{name} is {age}'.format(name='Ada', age=36), '{0} {x}'.format(1, x=2), '{} {x} {}'.format(1, 2, x=3))
print('{0.x} {0.y} {p.x}'.format(p, p=p), '{0[0]} {0[2]} {1[a]} {1[key]} {1[0]} {1[0x]}'.format(lst, d))
print('{0!r} {0!s} {0!a} {0}'.format(p), '{!r} {!a}'.format('é', 'é'), '{0!r:>12}|'.format('hi'))
print('{{}} {{{}}} {{0}} }}{{'.format('in'), '{{{0}}}'.format(5), '{{'.format(), '}}'.format())
print('{:>6}|{:<6}|{:^6}|{:*^7}|{:06.2f}|{:,}|{:x}|{:#o}|{:e}|{:%}'.format('r', 'l', 'c', 'm', 3.14159, 1234567, 255, 8, 12345.678, 0.25))
print('{0:{1}}|{0:{w}.{p}f}|'.format(2.5, 8, w=10, p=3))
print('{:{}}{}'.format(1, 5, 'x'), '{:{}{}}'.format('ab', '>', 6), '{:{fill}^{n}}'.format('c', fill='-', n=7))
print('{0[1][0]} {0[1][1].x}'.format([0, ['n', p]]), '{0.x.__class__.__name__}'.format(p), '{0.real}'.format(3 + 0))
print('{٣}'.format(*'abcd'), '{0[١]}'.format('xy'), '{a b}'.format(**{'a b': 'sp'}), '{-1}'.format(**{'-1': 'neg'}))
print('{0[-1]}'.format({'-1': 'str key'}), '{0[ 1]}'.format({' 1': 'space'}), '{0[1.5]}'.format({'1.5': 'float'}))
print('{}'.format(None), '{}'.format(True), '{:d}'.format(True), '{}'.format([1, 'a']), '{}'.format((1,)), '{}'.format({}))
print('{:}|{!s:}|'.format('a', 'b'), '{0!r:}|{1!s:^5}|'.format('a', 'b'))
print('{x}{y}'.format_map({'x': 1, 'y': 2}), 'é{0}ü{1}日'.format('本', '😀'), ''.format(1, 2, a=3))
rows = [('apple', 1.5, 3), ('kiwi', 0.25, 12)]
for name, price, qty in rows:
    print('{:<8}{:>6.2f}{:>4d}{:>8.2f}'.format(name, price, qty, price * qty))
print('{0:>{1}}'.format('x', 4), '{:*>{}}'.format('y', 3), '{0:{0}}'.format(3))
