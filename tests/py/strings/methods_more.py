# more string methods: count, index, title, capitalize, swapcase, the is* predicates, splitlines, center, zfill
print('banana'.count('a'), 'banana'.count('an'), 'hello world'.title(), 'hello'.capitalize())
print('123'.isdigit(), 'abc'.isalpha(), 'a1'.isalnum(), '   '.isspace(), 'abc'.islower(), 'ABC'.isupper())
print('12a'.isdigit(), ''.isalpha(), 'a b'.isalnum(), ''.isspace())
print('hello'.index('e'), 'Hello'.swapcase(), 'a\nb\nc'.splitlines(), 'x'.center(5, '*'), '5'.zfill(3))
print('-5'.zfill(4), 'abc'.rjust(6, '.'), 'abc'.ljust(6, '.'), 'a,b,c'.rsplit(',', 1), 'hello'.rfind('l'))
