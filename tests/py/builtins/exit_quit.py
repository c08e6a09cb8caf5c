# exit and quit are CPython's Quitter objects: their repr is the prompt's hint, calling them raises SystemExit (and closes stdin); help's repr
import sys

print(repr(exit))
print(repr(quit))
print(repr(help))
print(exit)
print(type(exit).__name__, type(exit).__module__, type(quit) is type(exit))
print(type(help).__name__, type(help).__module__)
print(exit.name, quit.name, exit.eof)
for call in (lambda: exit(), lambda: exit(3), lambda: quit("bye"), lambda: exit(code=7)):
    try:
        call()
    except SystemExit as e:
        print("SystemExit", repr(e.code), e.args)
print(sys.stdin.closed)
print(callable(exit), callable(help))
import builtins
print(builtins.exit is exit, builtins.help is help)
