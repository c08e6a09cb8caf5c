# string literals of every kind: quotes, triple quotes, raw, adjacent concatenation, empty strings
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", "it's", 'say "hi"')
print('''line one
line two''')
print("""a "quoted" word and 'another'""")
print('adjacent' ' literals' " concatenate")
print(('across '
       'lines ' "in parens"))
print(r'raw \n stays', r"C:\dir\new", R'\d+', len(r'\n'))
print('', "", len(''), len(""""""))
long = 'first part \
second part'
print(long)
x = ('a' 'b'
     'c')
print(x, len(x))
print('tab\there', 'new\nline')
print("""ends with quote\"""")
