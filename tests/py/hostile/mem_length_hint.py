# list() and tuple() make room for len() or __length_hint__() items first, as CPython: which one is asked, what a bad hint raises, what a wrong one costs (nothing but memory)
class Sized:
    def __iter__(self):
        return iter([1, 2, 3])
    def __len__(self):
        print('  __len__ asked')
        return 3

class Hinted:
    def __init__(self, hint):
        self.hint = hint
    def __iter__(self):
        return iter('ab')
    def __length_hint__(self):
        print('  __length_hint__ asked')
        return self.hint

class LenFails:
    def __iter__(self):
        return iter([1])
    def __len__(self):
        raise TypeError('no len here')
    def __length_hint__(self):
        return 1

class LenBreaks:
    def __iter__(self):
        return iter([1])
    def __len__(self):
        raise KeyError('len')

class HintFails:
    def __iter__(self):
        return iter([4, 5])
    def __length_hint__(self):
        raise TypeError('no hint')

def attempt(label, thunk):
    try:
        print(label, '->', thunk())
    except Exception as e:
        print(label, '->', type(e).__name__, e)

attempt('list(Sized())', lambda: list(Sized()))
attempt('tuple(Sized())', lambda: tuple(Sized()))
for hint in [0, 2, 1000, -1, 'a', 2.5, None, NotImplemented, True, 2**62, 2**64]:
    attempt(f'list(Hinted({hint!r}))', lambda: list(Hinted(hint)))
attempt('list(LenFails())', lambda: list(LenFails()))
attempt('list(LenBreaks())', lambda: list(LenBreaks()))
attempt('list(HintFails())', lambda: list(HintFails()))
z = [0]
attempt('z.extend(Hinted(5))', lambda: (z.extend(Hinted(5)), z)[1])
attempt('[*Hinted(3)]', lambda: [*Hinted(3)])
attempt('sorted(Hinted(2))', lambda: sorted(Hinted(2)))
