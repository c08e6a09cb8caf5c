# bool cannot be subclassed
print(bool(2))
class B(bool):
    pass
print('not reached')
