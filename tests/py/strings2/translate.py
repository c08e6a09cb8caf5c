# str.maketrans (one dict, two strings, three strings) and str.translate: mapping to str, int, None; missing keys left alone
t1 = str.maketrans('abc', 'xyz')
print(sorted(t1.items()), 'aabbcc d'.translate(t1))
t2 = str.maketrans('ab', 'AB', 'xyz')
print(sorted(t2.items()), 'abxcydz'.translate(t2))
t3 = str.maketrans({'a': 'AA', 'b': None, 99: 'C', 'é': 'e', 'd': 100})
print(sorted(t3.items()), 'abcdé!'.translate(t3))
print('hello'.translate({ord('l'): 'L'}), 'hello'.translate({}), 'été'.translate({233: 'e'}), '日本'.translate({26085: '☀'}))
print('abc'.translate({97: 'xyz', 98: '', 99: 0x1F600}), 'aaa'.translate({97: None}))
leet = str.maketrans('aeiost', '431057')
print('the east coast is toast'.translate(leet))
print('remove vowels please'.translate(str.maketrans('', '', 'aeiou')))
class Table:
    def __getitem__(self, cp):
        if cp == ord('x'):
            raise LookupError
        if cp == ord('y'):
            raise IndexError
        return cp + 1
print('abxy'.translate(Table()), 'ééé'.translate(Table()))
print(str.maketrans('', ''), str.maketrans({}), ''.translate({}), 'é😀'.translate(str.maketrans('😀', 'x')))
for args in [(), (1,), ('ab', 'c'), ({'ab': 1},), ({1.5: 1},), (1, 2), ('a', 'b', 1), ('a', 1), (1, 'a'), ('a', 'b', 'c', 'd'), ({}, 'a')]:
    try:
        print(str.maketrans(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for table in [{97: 1.5}, {97: -1}, {97: 0x110000}, 1, {97: [1]}, None]:
    try:
        print('abc'.translate(table))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
