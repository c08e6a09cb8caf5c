# a missing key raises KeyError with the key's repr; pop without a default does the same
prices = {'apple': 1.5}
print(prices.pop('apple'))
prices.pop('banana')
