# hashlib's digests (OpenSSL's, as CPython's on Debian): every guaranteed
# algorithm on one text, update() in pieces, copy(), the attributes, and
# the bytes-like objects a digest accepts
import hashlib
import io

for name in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(name, b'Nobody inspects the spammish repetition')
    if name.startswith('shake'):
        print(name, h.name, h.digest_size, h.block_size, h.hexdigest(20), h.digest(5))
    else:
        print(name, h.name, h.digest_size, h.block_size, h.hexdigest())

m = hashlib.md5()
m.update(b"Nobody inspects")
m.update(b" the spammish repetition")
print(m.digest())
c = m.copy()
c.update(b"!")
print(m.hexdigest(), c.hexdigest())

print(hashlib.sha256(bytearray(b'abc')).hexdigest())
print(hashlib.sha256(memoryview(b'abcdef')[1:4]).hexdigest())
print(hashlib.sha256(string=b'a').hexdigest())
print(hashlib.sha1(b'').hexdigest(), hashlib.sha512(b'x' * 1000).hexdigest()[:32])
print(hashlib.new('SHA256').name, hashlib.new('sha512_256', b'x').hexdigest())
print(hashlib.new('md5', b'a', usedforsecurity=False).hexdigest())
print(type(hashlib.md5()), type(hashlib.shake_128()), type(hashlib.blake2b()))
print(hashlib.md5, hashlib.blake2s)
print(hashlib.shake_256(b'abc').hexdigest(0), hashlib.shake_256(b'abc').digest(length=3))

# a checksum of a file-like object, and the key derivation
print(hashlib.file_digest(io.BytesIO(b'hello'), 'sha1').hexdigest())
print(hashlib.file_digest(io.BytesIO(b'hello'), hashlib.sha256).hexdigest())
print(hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 1000).hex())
print(hashlib.pbkdf2_hmac('sha1', b'pw', b'salt', 2, dklen=10).hex())

print(hashlib.__all__)
print(sorted(hashlib.algorithms_available))
