# an uncaught KeyError from dict.pop without a default shows the missing key
inventory = {'apples': 3}
print(inventory.pop('apples'))
print(inventory.pop('pears'))
