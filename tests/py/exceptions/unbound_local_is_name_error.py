# UnboundLocalError is a NameError; both can be caught and their messages read
total = 10
def add():
    total += 1
    return total
try:
    add()
except NameError as e:
    print(type(e).__name__, '|', e)
try:
    undefined_thing
except NameError as e:
    print(type(e).__name__, '|', e)
print(issubclass(UnboundLocalError, NameError))
