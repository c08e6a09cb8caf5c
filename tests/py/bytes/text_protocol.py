# a small protocol: length-prefixed messages packed into bytes and parsed back
def pack(messages):
    out = bytearray()
    for m in messages:
        data = m.encode('utf-8')
        out += len(data).to_bytes(2, 'big')
        out += data
    return bytes(out)

def unpack(blob):
    view = memoryview(blob)
    i, result = 0, []
    while i < len(view):
        n = int.from_bytes(view[i:i + 2], 'big')
        result.append(view[i + 2:i + 2 + n].tobytes().decode('utf-8'))
        i += 2 + n
    return result

msgs = ['hello', '', 'naïve', '日本語', 'x' * 300]
blob = pack(msgs)
print(len(blob), blob[:20], blob.hex()[:40])
print(unpack(blob) == msgs, [len(m) for m in unpack(blob)])
checksum = sum(blob) & 0xFF
print(checksum, bytes([checksum]), blob.count(0), blob.find(b'na'))
def xor(data, key):
    return bytes(b ^ key[i % len(key)] for i, b in enumerate(data))
secret = xor(b'attack at dawn', b'key')
print(secret, xor(secret, b'key'))
