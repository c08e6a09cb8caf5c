# str hashes are SipHash-1-3 of the UTF-8/Latin-1/UCS bytes CPython hashes; under PYTHONHASHSEED=0 they equal CPython's (ASCII)
for s in ['', 'a', 'b', 'ab', 'abc', 'abcd', 'abcdefg', 'abcdefgh', 'abcdefghi', 'hello world', 'A' * 15, 'A' * 16,
          'A' * 17, 'key_1', 'key_2', '0', '-1', ' ', '\x00', '\x7f', 'The quick brown fox jumps over the lazy dog',
          'x' * 1000]:
    print(repr(s[:20]), len(s), hash(s))
print(hash('') == 0)
