# coding: latin-1 -- a traceback quotes the lines of a latin-1 source decoded
def f(café):
    raise ValueError('café ' + café)
f('crème')
