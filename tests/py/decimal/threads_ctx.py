# each thread has its own current context: a new thread starts from DefaultContext (changing DefaultContext changes later threads' contexts), setcontext and localcontext in one thread leave the others alone
import threading
from decimal import *

results = {}

def work(name, prec):
    ctx = getcontext()
    before = ctx.prec
    ctx.prec = prec
    with localcontext() as lc:
        lc.rounding = ROUND_DOWN
        r1 = Decimal(2) / 3
    results[name] = (before, str(r1), str(Decimal(1) / 7), getcontext().rounding, getcontext() is ctx)

getcontext().prec = 6
threads = [threading.Thread(target=work, args=('t%d' % i, 3 + i)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for k in sorted(results):
    print(k, results[k])
print(getcontext().prec, Decimal(1) / 7)
DefaultContext.prec = 12
DefaultContext.rounding = ROUND_UP
t = threading.Thread(target=work, args=('late', 12))
t.start()
t.join()
print(results['late'])
print(Context())
print(getcontext().prec, Decimal(1) / 7)
