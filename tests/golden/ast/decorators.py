# decorators are any expression (3.9+)
@dec
def a(): pass
@dec.attr
@dec(1, k=2)
def b(): pass
@buttons[0].clicked.connect
def c(): pass
@(lambda f: f)
class K: pass
@x := y
def d(): pass
