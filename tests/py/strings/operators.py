# strings with in, +, *, comparison and len
s = 'hello'
print('ell' in s, 'z' in s, '' in s, 'hello' in s, 'Hello' not in s)
print(s + ' world', s * 3, 3 * 'ab', 'x' * 0, repr('x' * -2), '-' * 10)
print('apple' < 'banana', 'apple' < 'apples', 'Z' < 'a', 'abc' == 'abc', 'abc' != 'abd')
print('10' < '9', 'a' > 'A', '' < 'a', 'b' >= 'b')
print(len('hello'), len(''), len('a b c'), len('\n'))
t = 'ab'
t = t + t
t += t
print(t, len(t))
print(max('hello'), min('hello'), sorted('banana'))
