# with on an object without __enter__/__exit__: TypeError (3.11 wording)
class NotACM:
    pass
print('start')
with NotACM():
    pass
