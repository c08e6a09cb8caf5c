# whatever sys.modules holds is what import returns: an object put there, and None (which halts the import)
import sys


class Fake:
    answer = 42


sys.modules['fake_module'] = Fake()
import fake_module
print(type(fake_module).__name__, fake_module.answer)
from fake_module import answer
print(answer)
sys.modules['blocked'] = None
try:
    import blocked
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
