# global redirects stores (and loads) to the module: creating, rebinding and deleting globals from functions
def create():
    global created
    created = 'made in a function'
create()
print(created)
n = 0
def bump(by):
    global n
    n += by
    return n
print(bump(1), bump(5), n)
def rebinding_list():
    global items
    items = items + [len(items)]
items = []
rebinding_list(); rebinding_list()
print(items)
def mutate_without_global():
    items.append('no global needed to mutate')
mutate_without_global()
print(items)
def two_names():
    global a, b
    a, b = 1, 2
two_names()
print(a, b)
