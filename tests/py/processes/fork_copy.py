# A child is a copy: its objects start equal to the parent's, and what it
# changes afterwards, the parent never sees.
import os

data = [1, 2, 3]
counter = {"n": 0}
print("before:", data, counter, flush=True)
pid = os.fork()
if pid == 0:
    data.append(4)
    counter["n"] += 100
    print("child sees:", data, counter)
    os._exit(0)
os.waitpid(pid, 0)
print("parent still sees:", data, counter)

# the same holds for globals, closures and classes
class Box:
    value = "parent's"
def make():
    cell = ["start"]
    def change():
        cell[0] = "changed"
        return cell[0]
    return change, cell
change, cell = make()
pid = os.fork()
if pid == 0:
    Box.value = "child's"
    print("child:", change(), Box.value)
    os._exit(0)
os.waitpid(pid, 0)
print("parent:", cell[0], Box.value)
