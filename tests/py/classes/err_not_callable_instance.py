# calling an instance whose class has no __call__
class Plain:
    def __init__(self):
        self.value = 1
p = Plain()
print(p.value, callable(p))
p()
