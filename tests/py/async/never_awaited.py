# a coroutine dropped without being awaited warns (RuntimeWarning, once per line); a closed one does not
async def fetch(n):
    return n

class Client:
    async def get(self):
        return 1

def forget():
    fetch(1)

forget()
forget()           # the same line again: the warning is not repeated
fetch(2)
c = Client().get()
del c
d = fetch(3)
d.close()          # closed on purpose: no warning
del d
print("done")
