# set.remove of a missing element raises KeyError; discard would not
seen = {1, 2}
seen.discard(5)
seen.remove(2)
print(sorted(seen))
seen.remove(5)
