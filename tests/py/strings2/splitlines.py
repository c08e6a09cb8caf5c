# str.splitlines: every line boundary CPython knows (\r\n as one), keepends positional and keyword
breaks = ['\n', '\r', '\r\n', '\x0b', '\x0c', '\x1c', '\x1d', '\x1e', '\x85', '\u2028', '\u2029']
for b in breaks:
    s = 'one' + b + 'two' + b
    print(ascii(b), s.splitlines(), ascii(s.splitlines(True)), ascii(s.splitlines(keepends=True)))
for s in ['', '\n', '\n\n', 'a', 'a\n', 'a\nb', '\r\n\r\n', '\n\r', 'a\r\rb', 'x\x1fy', 'é\nü\r\nö', 'no break\u200b here']:
    print(ascii(s), ascii(s.splitlines()), ascii(s.splitlines(1)), ascii(s.splitlines(keepends=0)))
text = 'line 1\nline 2\r\nline 3\rline 4'
for i, line in enumerate(text.splitlines(), 1):
    print(i, line)
print(text.split('\n'))
