# a numeric format code applied to a string raises ValueError naming the code and the type
print(f'{"x":>3}')
print(f'{"x":d}')
