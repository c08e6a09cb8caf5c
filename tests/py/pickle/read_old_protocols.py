# pickles CPython wrote with protocols 0, 1 and 2 (text opcodes, GLOBAL, BINPUT) read back
import pickle
data = {
    0: b'(lp0\nNaI01\naI00\naI1\naI-5\naI300\naI70000\naL1099511627776L\naL-1180591620717411303424L\naF1.5\naF-0.25\naVh\xe9llo\np1\naVsnow \\u2603 \\u005c back\np2\na(I1\nI2\ntp3\na(ta(lp4\nI1\na(lp5\nI2\naaa(dp6\nVa\np7\nI1\nsac__builtin__\nset\np8\n((lp9\nI3\natp10\nRp11\nac__builtin__\nfrozenset\np12\n((lp13\nI4\natp14\nRp15\nac__builtin__\nlen\np16\nacexceptions\nValueError\np17\n(Vv\np18\ntp19\nRp20\na((lp21\ntp22\na.',
    1: b']q\x00(NI01\nI00\nK\x01J\xfb\xff\xff\xffM,\x01Jp\x11\x01\x00L1099511627776L\nL-1180591620717411303424L\nG?\xf8\x00\x00\x00\x00\x00\x00G\xbf\xd0\x00\x00\x00\x00\x00\x00X\x06\x00\x00\x00h\xc3\xa9lloq\x01X\x0f\x00\x00\x00snow \xe2\x98\x83 \\ backq\x02(K\x01K\x02tq\x03)]q\x04(K\x01]q\x05K\x02ae}q\x06X\x01\x00\x00\x00aq\x07K\x01sc__builtin__\nset\nq\x08(]q\tK\x03atq\nRq\x0bc__builtin__\nfrozenset\nq\x0c(]q\rK\x04atq\x0eRq\x0fc__builtin__\nlen\nq\x10cexceptions\nValueError\nq\x11(X\x01\x00\x00\x00vq\x12tq\x13Rq\x14(]q\x15tq\x16e.',
    2: b'\x80\x02]q\x00(N\x88\x89K\x01J\xfb\xff\xff\xffM,\x01Jp\x11\x01\x00\x8a\x06\x00\x00\x00\x00\x00\x01\x8a\t\x00\x00\x00\x00\x00\x00\x00\x00\xc0G?\xf8\x00\x00\x00\x00\x00\x00G\xbf\xd0\x00\x00\x00\x00\x00\x00X\x06\x00\x00\x00h\xc3\xa9lloq\x01X\x0f\x00\x00\x00snow \xe2\x98\x83 \\ backq\x02K\x01K\x02\x86q\x03)]q\x04(K\x01]q\x05K\x02ae}q\x06X\x01\x00\x00\x00aq\x07K\x01sc__builtin__\nset\nq\x08]q\tK\x03a\x85q\nRq\x0bc__builtin__\nfrozenset\nq\x0c]q\rK\x04a\x85q\x0eRq\x0fc__builtin__\nlen\nq\x10cexceptions\nValueError\nq\x11X\x01\x00\x00\x00vq\x12\x85q\x13Rq\x14]q\x15\x85q\x16e.',
}
for proto, blob in data.items():
    value = pickle.loads(blob)
    print(proto, value[:-3], value[-3] is len, repr(value[-2]), value[-1])
shared = pickle.loads(b'(lp0\n(lp1\nag1\na.')
print(shared, shared[0] is shared[1])
print(pickle.loads(b'(dp0\nS\'key\'\np1\nS\'caf\\xc3\\xa9\'\np2\ns.', encoding='utf-8'))
print(pickle.loads(b'U\x03abcq\x00.', encoding='bytes'), pickle.loads(b'T\x02\x00\x00\x00hi.'))
print(pickle.loads(b'(I1\nI2\nl.'), pickle.loads(b'(I1\nI2\nt.'), pickle.loads(b'(S\'k\'\nI3\nd.'))
print(pickle.loads(b'I00\n.'), pickle.loads(b'F-2.5\n.'), pickle.loads(b'L123456789012345678901234567890L\n.'))
