# divmod() tries a.__divmod__(b), then b.__rdivmod__(a); NotImplemented
# from one goes on to the next, and from all of them is a TypeError.
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(7, 0.5))

for a, b in [('a', 1), (1, 'a'), ([], []), (None, 2)]:
    try:
        divmod(a, b)
    except TypeError as e:
        print(e)

class Declines:
    def __divmod__(self, other):
        return NotImplemented
    def __rdivmod__(self, other):
        return ('rdivmod of Declines', other)

class OnlyRight:
    def __rdivmod__(self, other):
        return ('rdivmod of OnlyRight', type(other).__name__)

print(divmod(3, Declines()))
print(divmod(Declines(), OnlyRight()))
try:
    divmod(Declines(), Declines())
except TypeError as e:
    print(e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
