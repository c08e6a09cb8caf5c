# cooperative multiple inheritance: super() follows the MRO of the instance, so every __init__ and method runs once
log = []
class Base:
    def __init__(self):
        log.append('Base')
    def hello(self):
        return ['Base']
class Left(Base):
    def __init__(self):
        log.append('Left>')
        super().__init__()
        log.append('<Left')
    def hello(self):
        return ['Left'] + super().hello()
class Right(Base):
    def __init__(self):
        log.append('Right>')
        super().__init__()
        log.append('<Right')
    def hello(self):
        return ['Right'] + super().hello()
class Child(Left, Right):
    def __init__(self):
        log.append('Child>')
        super().__init__()
        log.append('<Child')
    def hello(self):
        return ['Child'] + super().hello()

c = Child()
print(log)
print(c.hello())
log.clear()
Left()
print(log, Left().hello())
