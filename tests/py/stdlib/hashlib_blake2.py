# BLAKE2 (RFC 7693) with the parameters only hashlib's own BLAKE2 takes:
# digest size, key, salt, personalisation, the tree parameters; lengths
# around the block sizes (64 for blake2s, 128 for blake2b)
import hashlib
import _blake2

for kw in [dict(digest_size=16), dict(key=b'k'), dict(salt=b'salty', person=b'me'),
           dict(fanout=2, depth=3, leaf_size=4096, node_offset=5, node_depth=1, inner_size=32, last_node=True)]:
    print(kw, hashlib.blake2b(b'x' * 300, **kw).hexdigest(), hashlib.blake2s(b'y' * 100, **kw).hexdigest())
print(hashlib.blake2b(key=b'k').hexdigest())
data = bytes(range(256)) * 4
for n in (0, 1, 63, 64, 65, 127, 128, 129, 256, 1000):
    print(n, hashlib.blake2b(data[:n]).hexdigest()[:32], hashlib.blake2s(data[:n]).hexdigest()[:32],
          hashlib.blake2b(data[:n], key=b'K' * 64).hexdigest()[:16], hashlib.blake2s(data[:n], key=b'K' * 32).hexdigest()[:16])

h = hashlib.blake2s(b'ab')
h2 = h.copy()
h2.update(b'c')
print(h.hexdigest(), h2.hexdigest(), hashlib.blake2s(b'abc').hexdigest() == h2.hexdigest())
pieces = hashlib.blake2b()
for i in range(0, 1000, 37):
    pieces.update(data[i:i + 37])
print(pieces.hexdigest() == hashlib.blake2b(data[:1036]).hexdigest())
print(hashlib.blake2b.SALT_SIZE, hashlib.blake2s.MAX_DIGEST_SIZE, h.name, h.digest_size, h.block_size)
print(_blake2.BLAKE2S_PERSON_SIZE, _blake2.BLAKE2B_MAX_KEY_SIZE, hashlib.new('blake2b', b'z', digest_size=4).hexdigest())


# as in CPython 3.11, the BLAKE2 types cannot be subclassed
class Short(hashlib.blake2b):
    pass
