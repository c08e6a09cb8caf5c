# setdefault with an unhashable key: TypeError: unhashable type: 'list'
index = {}
index.setdefault('key', []).append(1)
print(index)
index.setdefault(['key'], [])
