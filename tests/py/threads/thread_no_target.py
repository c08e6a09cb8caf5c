# a Thread without a target runs nothing; target arguments are dropped once it has run
import threading

t = threading.Thread()
t.start()
t.join()
print(t.is_alive(), t.name)
u = threading.Thread(target=print, args=("printed", "by", "u"), kwargs={"sep": "-"})
u.start()
u.join()
print(hasattr(u, "_target"), hasattr(u, "_args"))
