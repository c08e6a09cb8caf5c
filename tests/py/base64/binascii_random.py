# binascii against CPython on random data: every encoder and decoder run on
# 1500 random inputs (random bytes, and bytes drawn from the characters each
# format treats specially), round trips checked; each result is folded into
# a CRC so the expected output stays short, and every distinct error
# message is counted.
import binascii
import random

rng = random.Random(2024)
special = b'=\n\r \t._ABCabc019+/`!~\x00\x7f\x80\xff'

def call(f, *args, **kwargs):
    try:
        return repr(f(*args, **kwargs))
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)

sums = {}
errors = {}
round_trips = {'qp': 0, 'uu': 0, 'base64': 0, 'hex': 0}
for i in range(1500):
    n = rng.randrange(0, 120)
    if rng.random() < 0.6:
        data = bytes(rng.choice(special) for _ in range(n))
    else:
        data = bytes(rng.getrandbits(8) for _ in range(n))
    a, b, c = rng.random() < .5, rng.random() < .5, rng.random() < .5
    results = {
        'b2a_qp': call(binascii.b2a_qp, data, a, b, c),
        'a2b_qp': call(binascii.a2b_qp, data, c),
        'a2b_base64': call(binascii.a2b_base64, data),
        'a2b_base64 strict': call(binascii.a2b_base64, data, strict_mode=True),
        'a2b_uu': call(binascii.a2b_uu, data),
        'b2a_uu': call(binascii.b2a_uu, data[:50], backtick=a),
        'b2a_base64': call(binascii.b2a_base64, data, newline=a),
        'a2b_hex': call(binascii.a2b_hex, data),
        'crc32': call(binascii.crc32, data, i * 7919),
        'crc_hqx': call(binascii.crc_hqx, data, i),
    }
    for name, text in results.items():
        sums[name] = binascii.crc32(text.encode(), sums.get(name, 0))
        if 'Error' in text:
            errors[text] = errors.get(text, 0) + 1
    round_trips['qp'] += binascii.a2b_qp(binascii.b2a_qp(data, a, b, c), c) == data
    round_trips['uu'] += binascii.a2b_uu(binascii.b2a_uu(data[:45], backtick=a)) == data[:45]
    round_trips['base64'] += binascii.a2b_base64(binascii.b2a_base64(data, newline=False), strict_mode=True) == data
    round_trips['hex'] += binascii.unhexlify(binascii.hexlify(data)) == data
for name in sorted(sums):
    print(name, sums[name])
for text in sorted(errors):
    print(errors[text], ascii(text))
print(round_trips)
