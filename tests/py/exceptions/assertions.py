# assert raises AssertionError with the optional message; the message expression is evaluated only on failure
def check(x):
    assert x > 0, 'x must be positive, got ' + str(x)
    return x
print(check(5))
for v in [0, -3]:
    try:
        check(v)
    except AssertionError as e:
        print('AssertionError:', e, e.args)
try:
    assert []
except AssertionError as e:
    print('no message:', repr(e), e.args)
def msg():
    print('  message built')
    return 'm'
assert True, msg()
try:
    assert 1 == 2, msg()
except AssertionError as e:
    print(e)
