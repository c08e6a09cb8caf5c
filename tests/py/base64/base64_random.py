# base64 against CPython on random data: each encoder and decoder (with
# its options) run on 1200 random inputs drawn from the characters each
# alphabet uses; results folded into one CRC per function, the distinct
# error messages counted, and the round trips checked.
import base64
import binascii
import random

rng = random.Random(99)
pools = [None, b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567=', b'0123456789abcdefABCDEF',
         b'!#$%&()*+-;<=>?@^_`{|}~uvwxyz~<> \n01Aa', bytes(range(33, 123)) + b' \n']

def draw(n):
    pool = rng.choice(pools)
    if pool is None:
        return bytes(rng.getrandbits(8) for _ in range(n))
    return bytes(rng.choice(pool) for _ in range(n))

def call(f, *args, **kwargs):
    try:
        return repr(f(*args, **kwargs))
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)

sums, errors, trips = {}, {}, {}
for i in range(1200):
    data = draw(rng.randrange(0, 40))
    flag = rng.random() < .5
    results = []
    for f in (base64.b64encode, base64.urlsafe_b64encode, base64.b32encode, base64.b32hexencode, base64.b16encode,
              base64.b85encode, base64.encodebytes, base64.b64decode, base64.urlsafe_b64decode, base64.b32decode,
              base64.b32hexdecode, base64.b16decode, base64.b85decode, base64.a85decode, base64.decodebytes):
        results.append((f.__name__, call(f, data)))
    results.append(('b85encode pad', call(base64.b85encode, data, pad=True)))
    results.append(('a85encode', call(base64.a85encode, data, foldspaces=flag, wrapcol=rng.randrange(0, 8),
                                      pad=rng.random() < .5, adobe=rng.random() < .5)))
    results.append(('b64decode validate', call(base64.b64decode, data, validate=True)))
    results.append(('b64decode altchars', call(base64.b64decode, data, b'-_', validate=flag)))
    results.append(('b32decode casefold map01', call(base64.b32decode, data, casefold=True, map01=b'L')))
    results.append(('b32hexdecode casefold', call(base64.b32hexdecode, data, casefold=True)))
    results.append(('b16decode casefold', call(base64.b16decode, data, casefold=True)))
    results.append(('a85decode options', call(base64.a85decode, data, foldspaces=flag, adobe=rng.random() < .3)))
    for name, text in results:
        sums[name] = binascii.crc32(text.encode(), sums.get(name, 0))
        if text.startswith(('Error', 'ValueError', 'TypeError')):
            errors[text] = errors.get(text, 0) + 1
    for enc, dec in ((base64.b32encode, base64.b32decode), (base64.b32hexencode, base64.b32hexdecode),
                     (base64.b16encode, base64.b16decode), (base64.b85encode, base64.b85decode),
                     (base64.a85encode, base64.a85decode), (base64.b64encode, base64.b64decode),
                     (base64.urlsafe_b64encode, base64.urlsafe_b64decode)):
        trips[enc.__name__] = trips.get(enc.__name__, 0) + (dec(enc(data)) == data)
for name in sorted(sums):
    print(name, sums[name])
for text in sorted(errors):
    print(errors[text], ascii(text))
print(trips)
