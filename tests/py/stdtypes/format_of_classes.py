# format() looks __format__ up on the type of its value, as every special
# method: for a class, that is its metaclass's (type.__format__ for most),
# not the unbound __format__ its instances use.
class Meta(type):
    def __format__(cls, spec):
        return "the class " + cls.__name__ + " formatted with " + repr(spec)


class K(metaclass=Meta):
    def __format__(self, spec):
        return "an instance formatted with " + repr(spec)


print("{}".format(int), format(list), f"{dict}", "%s" % str)
print(f"{int!s:>20}|{int!r:<16}|")
print(format(K, "x"), "|", format(K(), "y"))
print("{0} {0:abc}".format(K))
for spec in (">20", "s"):
    try:
        format(int, spec)
    except TypeError as e:
        print("TypeError:", e)
