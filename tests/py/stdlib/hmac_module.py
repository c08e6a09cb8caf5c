# hmac (RFC 2104) over hashlib: names, constructors and modules as digestmod,
# long keys, copy(), the one-shot digest() and the errors
import hmac, hashlib
h = hmac.new(b'key', b'The quick brown fox jumps over the lazy dog', hashlib.sha256)
print(h.hexdigest(), h.name, h.digest_size, h.block_size)
h2 = h.copy(); h2.update(b'!')
print(h.hexdigest() != h2.hexdigest(), h2.digest()[:4])
print(hmac.new(b'key', b'msg', 'md5').hexdigest())
print(hmac.new(b'k' * 200, b'msg', 'sha512').hexdigest())
print(hmac.new(bytearray(b'key'), digestmod='sha3_256').hexdigest())
print(hmac.digest(b'key', b'msg', 'sha1').hex(), hmac.digest(b'x' * 100, b'msg', hashlib.sha256).hex())
print(hmac.new(b'key', digestmod=hashlib.blake2s).hexdigest())
print(hmac.compare_digest(b'a', b'a'), hmac.compare_digest('ab', 'ac'))
for f in (lambda: hmac.new(b'key'), lambda: hmac.new('key', digestmod='md5'), lambda: hmac.new(b'k', 'msg', 'md5'),
          lambda: hmac.new(b'k', digestmod='nope')):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(len(hmac.trans_5C), hmac.trans_36[:4], hmac.digest_size)
try:
except ValueError as e:
    print(e)
