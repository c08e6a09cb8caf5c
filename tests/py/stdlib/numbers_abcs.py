# numbers: the abstract classes of numbers; int is Integral, float Real.
import numbers
print(isinstance(1, numbers.Integral), isinstance(True, numbers.Number), isinstance(1.5, numbers.Real), isinstance(1.5, numbers.Rational), isinstance('x', numbers.Number))
print(sorted(numbers.Complex.__abstractmethods__))
print(sorted(numbers.Integral.__abstractmethods__))
try: numbers.Real()
except TypeError as e: print(e)
print(numbers.Number.__hash__, issubclass(int, numbers.Complex), numbers.Integral.__mro__)
import sys
print(sys.hash_info)
