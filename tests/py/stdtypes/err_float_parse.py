# an uncaught float() parsing error
values = ['1.5', '2e3', 'one']
print(sum(float(v) for v in values))
