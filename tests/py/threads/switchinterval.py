# sys.getswitchinterval() and sys.setswitchinterval(): 5 ms by default, strictly positive
import sys

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
sys.setswitchinterval(1e-6)
print(sys.getswitchinterval())
sys.setswitchinterval(True)
print(sys.getswitchinterval())
for bad in (0, -1, 0.0, "x", None):
    try:
        sys.setswitchinterval(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
for call in (lambda: sys.setswitchinterval(), lambda: sys.getswitchinterval(1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
sys.setswitchinterval(0.005)
print(sys.getswitchinterval())
