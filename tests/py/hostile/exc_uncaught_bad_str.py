# an uncaught exception whose __str__ raises: the traceback says <exception str() failed>
class BadStr(Exception):
    def __str__(self):
        raise ValueError('str failed')


print('before')
raise BadStr('x')
