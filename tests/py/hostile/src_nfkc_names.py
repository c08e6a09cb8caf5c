# identifiers are NFKC-normalized (PEP 3131) as CPython does it: ligatures, letterlike and fullwidth forms, math letters, composed and decomposed accents, Hangul jamo, in names, attributes, keyword arguments, parameters and globals
ﬁ = 1
print(fi, 'fi' in globals(), 'ﬁ' in globals())
ℌ = 2
ℍ = 3
print(H)
ｆｕｌｌ = 4
𝐛𝐨𝐥𝐝 = 5
𝔣𝔯𝔞𝔨 = 6
print(full, bold, frak)
Ⅸ = 9
print(IX)
µ = 'micro'
print(ascii([n for n in globals() if not n.isascii()]))
café = 'decomposed'
print(café, ascii([n for n in globals() if n.startswith('caf')]))
Å = 'angstrom sign'
print(Å, ascii([n for n in globals() if len(n) == 1 and not n.isascii() and n != 'µ' and n != 'μ']))
ậ = 'circumflex then dot below'
print(ậ, ậ, ascii([n for n in globals() if n == 'ậ']))
한 = 'three jamo'
print(한, ascii([n for n in globals() if '\uac00' <= n[0] <= '\ud7a3']))
ｉｆ = 'not a keyword'
print(globals()['if'])


class Point:
    def __init__(self, ｘ, ｙ):
        self.ｘ = ｘ
        self.y = ｙ


p = Point(ｙ=2, x=1)
print(p.x, p.ｙ, sorted(vars(p)))


def counter():
    global ﬁ
    ﬁ += 10
    return fi


print(counter(), fi)
ｌａｍｂｄａ_ = lambda ａ, ｂ=2: a + b
print(lambda_(1), lambda_(a=3, ｂ=4))
print(getattr(p, 'x'), hasattr(p, 'ｘ'))
