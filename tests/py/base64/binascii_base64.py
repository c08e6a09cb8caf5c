# binascii's base64: b2a_base64 with and without the newline, a2b_base64 on
# bytes, bytearray, memoryview and ASCII str, padding read loosely and in
# strict_mode, and every binascii.Error message either mode gives.
import binascii

for n in range(8):
    data = bytes(range(250, 250 - n, -1))
    enc = binascii.b2a_base64(data)
    print(n, enc, binascii.b2a_base64(data, newline=False), binascii.a2b_base64(enc) == data)
print(binascii.b2a_base64(bytearray(b'hello')), binascii.b2a_base64(memoryview(b'hello world')[2:9]))
print(binascii.b2a_base64(b'x' * 100))
print(binascii.b2a_base64(b'x', newline=0), binascii.b2a_base64(b'x', newline=5))

for src in [b'aGVsbG8=', 'aGVsbG8=', bytearray(b'aGVsbG8='), memoryview(b'aGVsbG8='), b'aGVs\nbG8=\n', b'a G V s b G 8 =',
            b'aGVsbG8', b'aGVsbA==', b'aGVsbA', b'aGVsbA=', b'aGVsbA===junk', b'!!aGVs!!bA==', b'', b'====', b'=',
            b'ab=c=', b'ab==cd', b'abc=d', b'a=bcd', b'\x80\xffYQ==', b'YQ', b'YWI', b'YWJj']:
    for strict in (False, True):
        try:
            r = binascii.a2b_base64(src, strict_mode=strict)
        except binascii.Error as e:
            r = 'binascii.Error: ' + str(e)
        print(type(src).__name__, repr(bytes(src, 'ascii') if isinstance(src, str) else bytes(src)), strict, repr(r))

# one data character too many: the count is of the characters read
for s in [b'a', b'abcde', b'abcdefghi', b'ab cd e', b'abcd====e', b'abcd\nefgh\nijklm']:
    try:
        binascii.a2b_base64(s)
    except binascii.Error as e:
        print(repr(s), e)

# a long round trip, all 256 byte values
data = bytes(range(256)) * 3
enc = binascii.b2a_base64(data)
print(len(enc), enc[:40], enc[-10:])
print(binascii.a2b_base64(enc) == data, binascii.a2b_base64(enc.decode().rstrip(), strict_mode=True) == data)
