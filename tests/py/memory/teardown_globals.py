# At exit the module's names are released: __del__ of objects they held runs, and cycles held by globals are freed
class Goodbye:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__ at exit:", self.name)

g = Goodbye("held by a global")
ring = [[] for _ in range(3)]
for i in range(3):
    ring[i].append(ring[(i + 1) % 3])
print("end of the program")
