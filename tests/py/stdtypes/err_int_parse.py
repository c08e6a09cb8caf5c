# an uncaught int() parsing error on user-like input
for text in ['12', ' 7 ', '3.5']:
    print(int(text) * 2)
