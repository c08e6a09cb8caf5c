# The for statement's own instructions (getting the iterator, each next())
# stand for the whole statement: no carets, whether the iterable is not
# iterable or a generator raises while the loop asks for its next item.
def numbers(words):
    for w in words:
        yield int(w)

total = 0
for n in numbers(["1", "2", "x"]):
    total += n
print(total)
