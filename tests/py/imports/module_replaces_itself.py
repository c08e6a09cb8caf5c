# a module that replaces its own sys.modules entry: import gives what sys.modules holds after the body ran
import reassigns
print(repr(reassigns))
