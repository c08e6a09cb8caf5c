# str in UTF-8 (short and long forms), bytes and bytearray, and their memo entries
import pickle
for s in ['', 'a', 'hello world', 'héllo', '日本語', '😀', 'x' * 255, 'x' * 256, 'é' * 128, 'tab\tnew\nline']:
    data = pickle.dumps(s)
    print(len(s), data if len(data) < 70 else (len(data), data[:16], data[-4:]), pickle.loads(data) == s)
for b in [b'', b'\x00', b'abc', bytes(range(10)), b'\xff' * 255, b'z' * 256]:
    data = pickle.dumps(b)
    print(len(b), data if len(data) < 70 else (len(data), data[:16], data[-4:]), pickle.loads(data) == b)
for ba in [bytearray(), bytearray(b'mutable')]:
    data = pickle.dumps(ba)
    back = pickle.loads(data)
    print(data, back, type(back).__name__)
    print(pickle.dumps(ba, protocol=5), pickle.loads(pickle.dumps(ba, protocol=5)))
word = 'shared'
print(pickle.dumps([word, word, word]))
blob = b'blob'
print(pickle.dumps((blob, blob)), pickle.dumps({'k': blob, 'j': blob}))
print(pickle.dumps('surrogate \udc80'), pickle.loads(pickle.dumps('surrogate \udc80')) == 'surrogate \udc80')
