# chr of a negative number raises ValueError
print(chr(0x41))
print(chr(-1))
