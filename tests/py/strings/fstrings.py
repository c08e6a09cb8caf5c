# f-strings: expressions, !r !s conversions, the = specifier, nested f-strings and escaped braces
name = 'Ada'
n = 42
items = [1, 'two', 3.0]
print(f'hello {name}', f"{n + 1}", f'{n * 2}{n}', f'{name!r}', f'{name!s}', f'{items}', f'{items!r}')
print(f'{{literal braces}}', f'{{{n}}}', f'{"quoted"}', f"{'single'}")
print(f'{n=}', f'{name=}', f'{n * 2 = }', f'{items[1]=!r}', f'{n=:5}')
print(f'{f"{n}"}', f'{f"{name!r:>8}"}|', f'{"x" if n > 40 else "y"}')
print(f'{len(name)} letters', f'{name.upper()}', f'{n:{"0>"}{5}}', f'{3.14159:.{2}f}')
print(f'{None} {True} {1e20} {0.1 + 0.2}')
x = 7
print(f'''multi
{x}
line''')
print(f'{x:>4}|{x:<4}|{x:^5}|', F'capital {x}', rf'raw \n {x}', fr'{x}\t')
d = {'key': 'value'}
print(f"{d['key']}", f'{d}')
