# dir(module) lists its namespace, sorted; a module's __dir__ function is used when it has one
import simple
import modgetattr
print([n for n in dir(simple) if not n.startswith('__')])
print(dir(modgetattr))
