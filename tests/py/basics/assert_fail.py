# assert: passing asserts do nothing, the message is only evaluated on failure, a failing one raises with its message
def msg(text):
    print('evaluating message', text)
    return text

assert True
assert 1 + 1 == 2, msg('never')
assert [1], 'non-empty list is true'
print('all passed')
x = 3
assert x > 5, msg('x is too small: ' + str(x))
print('not reached')
