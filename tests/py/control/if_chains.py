# if/elif/else chains: the first true branch runs, else only when none did, nesting
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        return 'medium'
    else:
        return 'large'

for n in [-5, 0, 3, 42, 1000]:
    print(n, classify(n))
x = 15
if x % 3 == 0:
    if x % 5 == 0:
        print('fizzbuzz')
    else:
        print('fizz')
elif x % 5 == 0:
    print('buzz')
if []:
    print('empty list is true?')
else:
    print('empty list is false')
if 'text':
    print('non-empty string is true')
