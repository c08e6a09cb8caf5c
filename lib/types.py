"""types -- the names of the interpreter's own types.

type(f) is types.FunctionType for a function defined with def, and so on:
for programs that check what kind of object they were given (lesson 9's
"a closure is a function object too"), and for SimpleNamespace, an object
that is only its attributes (sys.implementation is one).
"""

import sys

__all__ = ['FunctionType', 'LambdaType', 'CodeType', 'GeneratorType',
           'MethodType', 'BuiltinFunctionType', 'BuiltinMethodType',
           'WrapperDescriptorType', 'MethodWrapperType', 'MethodDescriptorType',
           'ModuleType', 'TracebackType', 'SimpleNamespace',
           'NoneType', 'EllipsisType', 'NotImplementedType', 'CellType']

def _f(): pass
FunctionType = type(_f)
LambdaType = type(lambda: None)         # Same as FunctionType
CodeType = type(_f.__code__)

def _g():
    yield 1
GeneratorType = type(_g())

class _C:
    def _m(self): pass
MethodType = type(_C()._m)

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)     # Same as BuiltinFunctionType

WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)

ModuleType = type(sys)

try:
    raise TypeError
except TypeError as exc:
    TracebackType = type(exc.__traceback__)
    # minipy's tracebacks do not show their frames (tb_frame) yet: no FrameType

def _cell_factory():
    a = 1
    def f():
        nonlocal a
    return f.__closure__[0]
CellType = type(_cell_factory())

SimpleNamespace = type(sys.implementation)

NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)

del sys, _f, _g, _C, _cell_factory
