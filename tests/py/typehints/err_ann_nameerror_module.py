# a module-level annotation is evaluated when the statement runs, after the
# value is stored: NameError with the value already bound
value: int = 42
print(__annotations__)
other: list[Undefined] = value
