# protocol 4 frames: about 64 KiB each; big bytes and str go out unframed, between frames
import pickle
def summary(data):
    return len(data), sum(data) % 1000003, data[:12], data[-12:]
for v in [list(range(30000)), {i: str(i) for i in range(9000)}, [b'x' * 70000, 1], [b'y' * 100, b'z' * 65536],
          ['s%05d' % i for i in range(10000)], [(i, i) for i in range(12000)], 'long ' * 20000,
          [b'small', 'é' * 40000, b'tail'], list(range(1001)), {i: i for i in range(1001)}]:
    data = pickle.dumps(v)
    print(summary(data), pickle.loads(data) == v)
frames = pickle.dumps(list(range(30000)))
print(frames.count(b'\x95'), frames[:11], frames[65546:65559])
