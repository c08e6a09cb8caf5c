# the built-in exception hierarchy a learner meets: the __mro__ of each class
classes = [BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError,
           LookupError, IndexError, KeyError, NameError, UnboundLocalError, AttributeError,
           TypeError, ValueError, RuntimeError, RecursionError, NotImplementedError,
           StopIteration, AssertionError, ImportError, ModuleNotFoundError,
           KeyboardInterrupt, SystemExit, MemoryError, GeneratorExit, FloatingPointError]
for cls in classes:
    print(cls.__name__.ljust(20), ' > '.join(c.__name__ for c in cls.__mro__[1:]))
