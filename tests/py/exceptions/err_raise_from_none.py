# raise ... from None inside an except: only the new exception is printed
def to_int(s):
    try:
        return int(s)
    except ValueError:
        raise TypeError('expected digits, got ' + repr(s)) from None
print(to_int('5'))
to_int('five')
