# struct: pack and unpack with every code, both byte orders and native
# alignment, the Struct class, pack_into/unpack_from/iter_unpack, half
# floats rounded as CPython, and every struct.error message.
import struct
cases = [('b', 200), ('B', -1), ('h', 70000), ('H', -1), ('i', 2**31), ('I', -1), ('l', 2**63), ('L', -1), ('q', 2**63), ('Q', -1), ('<i', 2**31), ('<I', -1), ('<l', 2**31), ('<q', 2**63), ('<Q', 2**64), ('>h', 40000), ('<b', 128), ('<B', 256), ('n', 2**63), ('N', -1), ('i', 'x'), ('i', 1.5), ('f', 'x'), ('f', 1e300), ('<f', 1e300), ('<e', 1e10), ('d', 'x'), ('c', b'ab'), ('c', 'a'), ('s', 'x'), ('?', []), ('P', -1), ('<P', 1), ('<n', 1), ('3x', 1), ('z', 1), ('3', 1), ('ii', 1), ('<H', 65535), ('>q', -2), ('!I', 7), ('=h', -3), ('<?', 'yes'), ('<d', 1), ('<e', 65504.0), ('<e', 65520.0), ('<e', 1e-8), ('<e', -0.0), ('<e', float('inf')), ('<e', 0.1)]
for f, v in cases:
    try: print(f, struct.pack(f, v))
    except Exception as e: print(f, type(e).__name__, e)
for f, b in (('i', b'abc'), ('<h', b'abcd'), ('<hH', b'\xff\xff\xff\xff'), ('>iq', bytes(range(12))), ('<e', b'\x00\x3e'), ('<e', b'\x01\x00'), ('<3s', b'abc'), ('<5p', b'\x09abcd'), ('<2c?', b'ab\x02'), ('@bi', bytes(8)), ('<f', b'\x00\x00\x80\x7f')):
    try: print(f, struct.unpack(f, b))
    except Exception as e: print(type(e).__name__, e)
for f, b, o in (('<i', b'ab', 1), ('<h', b'abcdef', 2), ('<h', b'abcdef', -2), ('<h', b'ab', -5)):
    try: print(struct.unpack_from(f, b, o))
    except Exception as e: print(type(e).__name__, e)
try: list(struct.iter_unpack('<h', b'abc'))
except Exception as e: print(type(e).__name__, e)
print(list(struct.iter_unpack('<h', b'abcd')))
for bad in (5, 'i\x00'):
    try: struct.calcsize(bad)
    except Exception as e: print(type(e).__name__, e)
print(struct.calcsize('@bi'), struct.calcsize('=bi'), struct.calcsize('@ci0q'), struct.calcsize('P'), struct.calcsize('@iq'), struct.calcsize('<10s3p'), struct.calcsize('@hcq'), struct.calcsize(b'<i'))
s = struct.Struct('<hi'); print(s.format, s.size, s.pack(1, 2), s.unpack(b'\x01\x00\x02\x00\x00\x00'))
print(struct.pack('<3s2sp', b'abcdef', b'x', b'hi'), struct.pack('5p', b'hello world'), struct.unpack('5p', b'\x04abcd'))
print(struct.pack('<e', 1.5), struct.unpack('<e', b'\x00\x3e'), struct.pack('>f', 0.1), struct.unpack('>d', struct.pack('>d', -2.5)))
buf = bytearray(8); struct.pack_into('<hh', buf, 2, 1, -1); print(buf)
try: struct.pack_into('<q', buf, 4, 1)
except struct.error as e: print(e)
print(issubclass(struct.error, Exception), struct.error.__module__, struct.error.__name__)
print(struct.pack('<Q', 2**64 - 1), struct.unpack('<q', struct.pack('<q', -2**63)), struct.pack('>i', -1), struct.pack('<4x'), struct.unpack('<4x', bytes(4)))
