# remove() of a missing key raises KeyError with the key
s = {'a', 'b'}
s.remove('a')
s.remove('a')
