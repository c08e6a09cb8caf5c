# os.register_at_fork(): before-hooks run newest first, after-hooks in the
# order registered; a failing hook is reported and the rest still run.
# The hooks only note what ran: parent and child run at the same time, so
# each prints its notes when the other cannot interleave with it.
import os, sys

ran = []
def note(what):
    def hook():
        ran.append(what)
    return hook

class Failing:
    def __call__(self):
        raise ValueError("hook failed")
    def __repr__(self):
        return "<Failing hook>"

os.register_at_fork(before=note("before 1"), after_in_parent=note("parent 1"), after_in_child=note("child 1"))
os.register_at_fork(before=note("before 2"), after_in_child=Failing())
os.register_at_fork(after_in_child=note("child 3"), after_in_parent=note("parent 3"))
pid = os.fork()
if pid == 0:
    print("child ran:", ran)
    sys.stdout.flush()
    os._exit(0)
os.waitpid(pid, 0)
print("parent ran:", ran)

for bad in [lambda: os.register_at_fork(),
            lambda: os.register_at_fork(before=1),
            lambda: os.register_at_fork(after_in_parent="x"),
            lambda: os.register_at_fork(print)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
