# set() takes at most one iterable
print(set('ab') == set(['a', 'b']))
print(set('ab', 'cd'))
