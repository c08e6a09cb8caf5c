# int() and float() accept Unicode decimal digits and Unicode whitespace, as CPython does
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
texts = ['١٢', '٣.٥', '１２３', '\u0661\u0662_\u0663', ' \u0966\u0967 ', '𝟏𝟐', '1é', 'é1', '١x', '\u00a0١\u2003',
         '٫', '١e٢', '0x١', '\u0e51\u0e52', '\u1040', '-\uff11', '\u3000+7\u3000', '\u2028 8 \u2029', '\u200b9']
for s in texts:
    check(lambda: int(s))
    check(lambda: float(s))
    check(lambda: int(s, 0))
    check(lambda: int(s, 16))
