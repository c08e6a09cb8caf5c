# import runs a module once, binds its name, and caches it in sys.modules; import ... as binds another name to the same module
import sys
import simple
print(simple.X, simple.f(), simple.__name__)
import simple
import simple as again
print(again is simple, sys.modules['simple'] is simple)
print('simple' in dir(), 'again' in dir())
