# implicit chaining sets __context__ automatically; walking the chain of __context__ and __cause__
def chain():
    try:
        try:
            raise ValueError('first')
        except ValueError:
            raise KeyError('second')
    except KeyError:
        raise RuntimeError('third')

try:
    chain()
except RuntimeError as e:
    link = e
    while link is not None:
        print(type(link).__name__, link.args, link.__suppress_context__, link.__cause__ is None)
        link = link.__context__
try:
    try:
        raise ValueError('ctx')
    except ValueError as inner:
        raise TypeError('explicit') from KeyError('cause')
except TypeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
