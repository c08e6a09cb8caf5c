# the memo: an object reached twice is written once, and stays one object after loads
import pickle
inner = [1, 2]
outer = [inner, inner, (inner,)]
data = pickle.dumps(outer)
print(data)
back = pickle.loads(data)
print(back, back[0] is back[1], back[2][0] is back[0])
back[0].append(3)
print(back)
d = {'x': inner}
pair = (d, d, inner)
data = pickle.dumps(pair)
print(data)
b = pickle.loads(data)
print(b[0] is b[1], b[0]['x'] is b[2])
t = (1, 2)
print(pickle.dumps([t, t, t]), pickle.dumps([(1, 2), (1, 2)]) == pickle.dumps([t, t]))
many = [[i] for i in range(300)]
ref = many + many[:3]
data = pickle.dumps(ref)
print(len(data), data[-30:])
r = pickle.loads(data)
print(r[300] is r[0], r[302] is r[2], r[299])
s = frozenset({1, 2})
print(pickle.dumps([s, s]), pickle.loads(pickle.dumps([s, s]))[1] is pickle.loads(pickle.dumps([s, s]))[0])
