# only BaseException subclasses can be raised
try:
    raise 'text'
except TypeError as e:
    print('TypeError:', e)
class NotAnError:
    pass
raise NotAnError()
