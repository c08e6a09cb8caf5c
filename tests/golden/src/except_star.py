# except*: the shape comp_try_star emits (vm/compiler.c), CPython 3.11's
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError as e:
    print("values", e.exceptions)
except* TypeError:
    print("types")
