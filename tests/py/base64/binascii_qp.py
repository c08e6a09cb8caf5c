# binascii's quoted-printable: b2a_qp's escapes (=XX for '=', non-ASCII,
# control bytes, trailing spaces and tabs, a lone '.'), soft line breaks at
# 76 characters, CRLF kept, quotetabs, istext and header; a2b_qp reading
# escapes in either case, soft breaks, '==' and '_' in headers.
import binascii

cases = [b'hello', b'a=b', b'caf\xc3\xa9', b'tab\there', b'trailing space ', b'trailing tab\t',
         b'line one \nline two\t\nend', b'crlf \r\nline\r\n', b'.\nmiddle\n.', b'.', b'..', b'x.\n.\r\n',
         b'under_score and space', b'\x00\x01\x1f\x7f', b'x' * 80, b'y' * 74 + b'=', b'z' * 75 + b'\n' + b'w' * 77,
         b'a' * 73 + b' \n', b'\r', b'lone\rcr', b'=' * 30, b'\xff' * 30, b'ends with\n', b'']
for data in cases:
    outs = [binascii.b2a_qp(data), binascii.b2a_qp(data, quotetabs=True), binascii.b2a_qp(data, istext=False),
            binascii.b2a_qp(data, header=True), binascii.b2a_qp(data, True, False, True)]
    print(repr(data))
    for o in outs:
        print('   ', repr(o), binascii.a2b_qp(o) == data, binascii.a2b_qp(o, header=True) == data)

for s in [b'a=3Db', b'a=3db', b'soft=\nbreak', b'soft=\r\nbreak', b'soft=  \nbreak', b'x==y', b'x=', b'x=4',
          b'x=G1', b'x=4g', 'str=41', b'under_score', b'=\n', b'=\r', b'a=\rb\nc']:
    print(repr(s), binascii.a2b_qp(s), binascii.a2b_qp(s, header=True), binascii.a2b_qp(data=s, header=1))
