# an uncaught StopIteration from next() on an empty iterator
words = iter(['only'])
print(next(words))
print(next(words))
