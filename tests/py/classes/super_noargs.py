# super() with no arguments: in __init__, in ordinary methods, in a classmethod, and through several levels
class Base:
    def __init__(self, value):
        print('Base.__init__', value)
        self.value = value
    def show(self):
        return 'Base(' + str(self.value) + ')'
    @classmethod
    def make(cls):
        return 'made ' + cls.__name__

class Middle(Base):
    def __init__(self, value, extra):
        print('Middle.__init__', extra)
        super().__init__(value * 10)
        self.extra = extra
    def show(self):
        return 'Middle<' + super().show() + '>'

class Top(Middle):
    def __init__(self):
        super().__init__(7, 'x')
    def show(self):
        inner = super().show()
        return 'Top[' + inner + ']'
    @classmethod
    def make(cls):
        return super().make() + ' via Top'

t = Top()
print(t.value, t.extra)
print(t.show())
print(Top.make(), Middle.make())
print(super(Top, t).show())
print(super(Middle, t).show())
