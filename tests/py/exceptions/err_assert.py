# an uncaught AssertionError with a message
def divide(a, b):
    assert b != 0, 'divisor must not be zero'
    return a / b
print(divide(6, 3))
divide(1, 0)
