# ord() of a string of two characters raises TypeError
print(ord('a'))
print(ord('ab'))
