# class definitions: bases, keywords, decorators, nested
class A: pass
class B(A): pass
class C(A, B, metaclass=Meta, **kw):
    x = 1
    def method(self):
        return self.x
    @staticmethod
    def s(): pass
    @property
    def p(self): return 1
    class Inner:
        pass
class D(*bases): pass
class E(): pass
