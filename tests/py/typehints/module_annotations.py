# a module's __annotations__: made empty in its dict on first read when its
# body annotated nothing, settable and deletable; an imported module with
# the future import keeps strings, one with a misplaced one fails to import
import sys
import ann_none, ann_future
print('__annotations__' in ann_none.__dict__)
a = ann_none.__annotations__
print(a, a is ann_none.__annotations__, '__annotations__' in ann_none.__dict__)
ann_none.__annotations__ = {'q': 1}
print(ann_none.__annotations__)
del ann_none.__annotations__
print('__annotations__' in ann_none.__dict__)
try:
    del ann_none.__annotations__
except AttributeError as e:
    print('AttributeError', e)
print(ann_future.__annotations__, ann_future.f.__annotations__)
import types
m = types.ModuleType('m')
print(m.__annotations__, vars(m)['__annotations__'])
print(sys.__annotations__)
del sys.__annotations__
try:
    import ann_late_future
except SyntaxError as e:
    print('SyntaxError', e.msg, e.lineno, e.filename.endswith('ann_late_future.py'))
