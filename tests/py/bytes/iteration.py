# iterating bytes and bytearray yields ints; the iterators and what consumes them
it = iter(b'ab')
print(type(it).__name__, next(it), next(it), next(it, 'done'))
bit = iter(bytearray(b'xy'))
print(type(bit).__name__, list(bit), list(bit))
print(list(enumerate(b'hi')), list(zip(b'ab', bytearray(b'cd'))), list(reversed(b'abc')))
print(sorted(b'banana'), set(b'aab') == {97, 98}, dict.fromkeys(b'ab'))
print([chr(c) for c in b'text'], ''.join(map(chr, bytearray(b'join'))))
a = bytearray(b'grow')
for i, c in enumerate(a):
    if i < 3:
        a.append(c)
print(a)
print(any(b'\x00\x00'), all(b'\x01\x02'), b'abc'.__iter__().__next__())
total = 0
for byte in memoryview(b'\x01\x02\x03'):
    total += byte
print(total, list(memoryview(bytearray(b'mv'))))
