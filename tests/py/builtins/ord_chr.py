# ord and chr: inverse functions over the whole Unicode range
print(ord('a'), ord('Z'), ord('0'), ord(' '), ord('\t'), ord('é'), ord('€'), ord('\U0001F600'), ord('\U0010FFFF'))
print(chr(97), chr(90), chr(48), repr(chr(32)), repr(chr(9)), chr(233), chr(8364), chr(128512), repr(chr(0x10FFFF)))
print([chr(c) for c in range(ord('a'), ord('f'))], ''.join(chr(ord(c) - 32) for c in 'shout'))
