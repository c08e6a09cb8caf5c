# members of an uncaught group: a SyntaxError (its text lines have no margin in 3.11), a note, a cause
try:
    compile("x = (", "<s>", "exec")
except SyntaxError as e:
    se = e
try:
    undefined_thing
except NameError as e:
    ne = e
v = ValueError("v")
v.add_note("note on v")
c = RuntimeError("c")
c.__cause__ = OSError("cause")
raise BaseExceptionGroup("mixed", [se, ne, v, c, KeyboardInterrupt()])
