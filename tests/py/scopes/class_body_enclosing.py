# a class body inside a function reads the function's variables; but a name the class body assigns is looked up class-then-global, skipping the function
v = 'global v'
def make(label):
    counter = 0
    class Thing:
        name = label.upper()                 # not assigned in the class body: found in the enclosing function
        print('class body sees', label, counter)
    return Thing, counter
T, c = make('widget')
print(T.name, c)
def shadow():
    v = 'function v'
    class C:
        print('before:', v)     # v is assigned below, so this reads the class namespace, then the GLOBAL v
        v = 'class v'
        print('after:', v)
        w = [v]
    def read():
        return v                # a plain function still sees the enclosing v
    return C.v, C.w, read()
print(shadow())
def counter_attr():
    counter = 10
    class K:
        counter = 5              # a class attribute; the function's counter is unchanged
    return K.counter, counter
print(counter_attr())
