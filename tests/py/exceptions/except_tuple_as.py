# except (A, B) as e catches any listed class; the name is bound to the instance; clauses are tried in order
def classify(f):
    try:
        f()
    except (ZeroDivisionError, OverflowError) as e:
        return 'arith: ' + type(e).__name__ + ': ' + str(e)
    except (KeyError, IndexError) as e:
        return 'lookup: ' + type(e).__name__ + ': ' + str(e)
    except LookupError as e:
        return 'never reached for KeyError/IndexError'
    except Exception as e:
        return 'other: ' + type(e).__name__
    return 'no error'

cases = [lambda: 1 / 0, lambda: 2.0 ** 10000, lambda: {}['x'], lambda: [][3],
         lambda: int('z'), lambda: None, lambda: 'abc'[9]]
for c in cases:
    print(classify(c))
errors = (TypeError, ValueError)
try:
    int([])
except errors as e:
    print('caught via a tuple in a variable:', type(e).__name__)
