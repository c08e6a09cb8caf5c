# nested dicts and lists inside dicts: reading, updating inner values, building a tree
config = {'db': {'host': 'localhost', 'ports': [5432, 5433]}, 'debug': False}
print(config['db']['host'], config['db']['ports'][-1])
config['db']['ports'].append(5434)
config['db']['user'] = {'name': 'admin'}
config['debug'] = True
print(config)
tree = {}
for path in ['a/b/c', 'a/b/d', 'a/e', 'f']:
    node = tree
    for part in path.split('/'):
        if part not in node:
            node[part] = {}
        node = node[part]
print(tree)
