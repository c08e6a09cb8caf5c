# strings hold code points: len, indexing, slicing and reversing work on characters, not UTF-8 bytes
s = 'héllo wörld €😀'
print(s, len(s), s[1], s[-1], s[-2], s[7:12], s[::-1])
print([c for c in 'año'], 'ñ' in 'año', 'año'.upper(), 'ÉCOLE'.lower())
print('😀' * 3, len('😀' * 3), '日本語'[1], len('日本語'))
print(sorted('zäa'), 'é' > 'z', ord(max('héllo')))
print(f'{"é":*^5}', f'{"日本":>4}|')
