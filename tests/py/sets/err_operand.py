# set operators take only sets; the named methods take any iterable
print({1}.union([2]))
print({1} | [2])
