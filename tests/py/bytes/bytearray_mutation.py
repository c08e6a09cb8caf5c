# bytearray's mutators: item and slice assignment, deletion, append/extend/insert/pop/remove
ba = bytearray(b'hello')
ba[0] = 72
ba[-1] = ord('O')
print(ba, len(ba))
ba.append(33)
ba.extend(b' world')
ba.extend([49, 50])
ba.extend(bytearray(b'?'))
ba.extend(x for x in b'!!')
print(ba)
ba.insert(0, 62)
ba.insert(100, 60)
ba.insert(-1, 46)
print(ba, ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord('l'))
print(ba)
ba[1:3] = b'EE'
print(ba)
ba[1:3] = b''
print(ba)
ba[0:0] = b'<<'
print(ba)
ba[::2] = bytes(len(ba[::2]))
print(ba)
del ba[0]
del ba[-3:]
del ba[::3]
print(ba)
ba[2:4] = [65, 66, 67, 68]
print(ba)
ba[:] = bytearray(b'reset')
ba.reverse()
print(ba)
c = ba.copy()
ba.clear()
print(ba, c, len(ba))
x = bytearray(b'ab')
x += b'cd'
x += bytearray(b'ef')
x *= 2
print(x)
y = bytearray(b'xyz')
y[1:2] = y
print(y)
z = bytearray(3)
z[1] = 255
print(z, list(z))
