# print('x', big) where str(big) fails: 'x ' is already on stdout when the traceback comes, as in CPython
big = 10 ** 5000
print('before')
print('x', big)
