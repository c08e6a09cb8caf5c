# __bool__ must return a bool: returning an int is a TypeError
class Bad:
    def __bool__(self):
        return 1
print('before')
if Bad():
    print('never')
