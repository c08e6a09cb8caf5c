# cycles survive: a list inside itself, a dict inside itself, a tuple reached through its own list
import pickle
a = []
a.append(a)
data = pickle.dumps(a)
print(data)
b = pickle.loads(data)
print(b[0] is b, len(b))
d = {}
d['self'] = d
d['list'] = [d]
data = pickle.dumps(d)
print(data)
e = pickle.loads(data)
print(e['self'] is e, e['list'][0] is e)
t = ([],)
t[0].append(t)
data = pickle.dumps(t)
print(data)
u = pickle.loads(data)
print(u[0][0] is u, type(u).__name__)
big = ([], 1, 2, 3)
big[0].append(big)
data = pickle.dumps(big)
print(data)
v = pickle.loads(data)
print(v[0][0] is v, v[1:])
class Node:
    def __init__(self, name):
        self.name = name
        self.next = None
n1, n2 = Node('one'), Node('two')
n1.next, n2.next = n2, n1
data = pickle.dumps(n1)
print(data)
m = pickle.loads(data)
print(m.name, m.next.name, m.next.next is m)
