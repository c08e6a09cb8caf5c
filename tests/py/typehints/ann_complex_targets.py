# annotated assignments to attributes and subscripts store nothing in
# __annotations__; without a value their object and index parts are still
# evaluated, and at module and class level so is the annotation, last
log = []
class Obj:
    def __getattr__(self, name):
        log.append('getattr ' + name)
        return self
def v(name, value=None):
    log.append(name)
    return value if value is not None else name
o = Obj()
lst = [0, 1, 2]
v('o', o).attr: v('ann1')
v('lst', lst)[v('i', 0)]: v('ann2')
v('lst', lst)[v('lo', 0):v('hi', 1):v('st', 1), v('j', 0)]: v('ann3')
v('lst', lst)[v('i2', 1)]: v('ann4') = v('val', 9)
v('o', o).other: v('ann5') = v('val5', 5)
(x): v('ann6') = v('val6', 6)
(y): v('ann7')
print(log)
log.clear()
print(__annotations__, lst, o.__dict__, x)
class C:
    v('o', o).attr: v('cann1')
    (r): v('cann2') = 1
    s: v('cann3')
print(log, C.__annotations__)
log.clear()
def f():
    v('o', o).attr: v('fann1')
    v('lst', lst)[v('i', 0)]: v('fann2')
    v('lst', lst)[v('k', 2)]: v('fann3') = v('fval', 7)
    (q): v('fann4')
f()
print(log, lst)
