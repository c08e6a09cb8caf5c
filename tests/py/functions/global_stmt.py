# global: assignments inside a function go to the module variable; without it the name is local
count = 0
def bump():
    global count
    count += 1
def shadow():
    count = 100
    return count
bump()
bump()
print(count, shadow(), count)
def create():
    global created
    created = 'made inside a function'
create()
print(created)
def read_only():
    return count * 10
print(read_only())
x = 'module'
def outer():
    x = 'enclosing'
    def inner():
        global x
        x = 'set by inner'
        return x
    inner()
    return x
print(outer(), x)
