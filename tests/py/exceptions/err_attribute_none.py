# the classic: a function returned None and the caller used it as an object
def load(name):
    if name == 'ok':
        return {'name': name}
print(load('ok').get('name'))
print(load('missing').get('name'))
