# string comparison is lexicographic by code point; equality is by value
words = ['pear', 'Apple', 'apple', 'apples', 'banana', '', 'Zebra', '123', 'éclair']
print(sorted(words))
print(sorted(words, reverse=True))
print(min(words), max(words))
a = 'hel' + 'lo'
print(a == 'hello', a != 'hello', 'a' < 'b' < 'c', 'abc' < 'abd' < 'abe')
print('a' < 'aa', 'b' > 'aa', 'A' < 'a', 'a' < 'É')
