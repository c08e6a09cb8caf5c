# iterating over dicts: keys in insertion order, values, items; views are live; changing the size while iterating is an error
stock = {'apple': 3, 'pear': 0, 'fig': 7}
for k in stock:
    print(k, stock[k])
for k, v in stock.items():
    print(k.upper(), v)
keys = stock.keys()
vals = stock.values()
stock['kiwi'] = 2
print(list(keys), list(vals), len(keys), 'kiwi' in keys, 7 in vals)
for k in list(stock):
    if stock[k] == 0:
        del stock[k]
print(stock)
stock['apple'] = 10
print(list(stock.items()))
del stock['apple']
stock['apple'] = 1
print(list(stock))
for k in stock:
    stock[k] *= 2       # changing values (not the size) is fine
print(stock)
try:
    for k in stock:
        stock[k + '!'] = 0
except RuntimeError as e:
    print('RuntimeError:', e)
