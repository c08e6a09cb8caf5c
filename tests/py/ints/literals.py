# integer literals: hexadecimal, octal, binary, underscores, zeros; hex()/oct()/bin() back
print(0x1F, 0XfF, 0o17, 0O777, 0b1011, 0B1)
print(1_000_000, 0x_FF_FF, 0b_1010_1010, 0o_7_7)
print(0, 00, 0_0, -0)
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(hex(2 ** 64), bin(2 ** 10), oct(10 ** 10))
print(999999999999999999999999999999, 0xFFFFFFFFFFFFFFFFFFFF)
