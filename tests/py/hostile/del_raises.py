# __del__ that raises: CPython reports "Exception ignored in" on stderr and goes on; the program's output and exit status are unaffected
class Bad:
    def __del__(self):
        raise ValueError('from __del__')


class Worse:
    def __del__(self):
        1 / 0


b = Bad()
del b
print('after Bad')
w = Worse()
w = None
print('after Worse')
x = [Bad(), Bad()]
x.clear()
print('end')
