# repr() escapes non-printable Unicode characters (format, separator and control characters) but keeps printable ones
for s in ['\xa0', '\xad', '\u200b', '\u2028', '\x85', '\u00e9', '\u0394', '\u4e2d', '\ufeff', '\U000e0001']:
    print(repr(s), len(s), ord(s))
