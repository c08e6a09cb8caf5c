# multi-line attribute chains: a traceback shows the line of the attribute's name, with carets from the name (CPython 3.11's update_start_location_to_match_attr)
class A:
    def m(self, *args):
        raise ValueError("in m")
    def chain(self):
        return self
def attempt(f):
    try:
        f()
    except Exception as e:
        lines = []
        tb = e.__traceback__
        while tb:
            lines.append(tb.tb_lineno)
            tb = tb.tb_next
        print(type(e).__name__, e, lines)
def load_attr():
    return (A()
            .missing)
def load_method():
    return (A()
            .nope(1,
                  2))
def call_inside():
    return (A()
            .chain()
            .m(1))
def one_line():
    return A().missing
for f in (load_attr, load_method, call_inside, one_line):
    attempt(f)
x = (A()
     .chain()
     .m(1,
        2))
