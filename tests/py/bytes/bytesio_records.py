# a binary file format in a BytesIO: a header, fixed-size records, read back with from_bytes
import io
MAGIC = b'REC1'
def write_records(out, records):
    out.write(MAGIC)
    out.write(len(records).to_bytes(4, 'little'))
    for key, value in records:
        k = key.encode('utf-8')
        out.write(len(k).to_bytes(1, 'little') + k)
        out.write(value.to_bytes(8, 'little', signed=True))

def read_records(inp):
    if inp.read(4) != MAGIC:
        raise ValueError('bad magic')
    count = int.from_bytes(inp.read(4), 'little')
    result = []
    for _ in range(count):
        n = inp.read(1)[0]
        key = inp.read(n).decode('utf-8')
        value = int.from_bytes(inp.read(8), 'little', signed=True)
        result.append((key, value))
    return result

records = [('alpha', 1), ('βeta', -2), ('gamma', 2**40), ('', 0)]
f = io.BytesIO()
write_records(f, records)
raw = f.getvalue()
print(len(raw), raw[:12], raw.hex(' ', 4)[:60])
f.seek(0)
print(read_records(f) == records, f.read(), f.tell() == len(raw))
try:
    read_records(io.BytesIO(b'NOPE'))
except ValueError as e:
    print('ValueError', e)
