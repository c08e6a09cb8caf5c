# bad pickles: empty, truncated, unknown opcodes, underflow, missing memo, a bad frame, a missing name
import pickle
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)
cases = [b'', b'N', b'\x80\x04K', b'\x80\x06.', b'\xff', b'Z.', b'\x80\x04\x8c\x01a\x94K\x01\x93.', b'0.',
         b'h\x05.', b'a.', b'\x80\x04(K\x01.', b'\x80\x04]\x94.trailing bytes', b'K\x01\x85\x86.',
         b'\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x01.',
         b'\x80\x04\x95\x10\x00\x00\x00\x00\x00\x00\x00K\x01.',
         b'\x80\x04\x95\x02\x00\x00\x00\x00\x00\x00\x00K\x01\x95\x01\x00\x00\x00\x00\x00\x00\x00.',
         b'\x80\x04\x95\x02\x00\x00\x00\x00\x00\x00\x00\x8c\x05abcde.', b'\x8c\x03ab', b'C\x05abc']
for c in cases:
    show(lambda: pickle.loads(c))
show(lambda: pickle.loads('not bytes'))
show(lambda: pickle.loads(bytearray(b'\x80\x04K\x07.')))
show(lambda: pickle.loads(memoryview(b'\x80\x04\x88.')))
show(lambda: pickle.loads(b'\x80\x04\x8c\x08builtins\x94\x8c\x07nothere\x94\x93\x94.'))
show(lambda: pickle.loads(b'\x80\x04\x8c\x0bno_such_mod\x94\x8c\x01x\x94\x93\x94.'))
show(lambda: pickle.loads(b'\x80\x04\x8c\x08builtins\x94\x8c\x03len\x94\x93\x94.'))
