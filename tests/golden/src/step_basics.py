# The stepper (--step), driven by step_basics.commands: pdb's commands over
# minipy's events. bump() is a closure, so `w` and `locals` show a cell.
def make_counter(start):
    count = start
    def bump(by):
        nonlocal count
        count = count + by
        return count
    return bump


bump = make_counter(10)
names = ["ab", "c"]
for name in names:
    total = bump(len(name))
print("total", total)
