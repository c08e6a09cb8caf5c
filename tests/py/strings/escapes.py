# escape sequences: \n \t \\ \' \" \a \b \f \v \r \0, octal, \x, \u, \U, and a backslash-newline inside a string
s = 'A\x42\u0043\U00000044\105\0'
print(len(s), repr(s))
print([ord(c) for c in '\n\t\\\'\"\a\b\f\v\r\0'])
print('\x41\x62\x7e', '\u00e9\u00df', '\u20ac', '\U0001F600')
print(repr('\x00\x01\x1f\x7f'), repr('\u0100'), len('\U0001F600'))
print('\101\102\103', '\7' == '\a', '\18' == '\x018', '\0' == '\x00')
print(repr('a\
b'))
print(repr("\"'"), repr('\'"'), repr('\\n'))
