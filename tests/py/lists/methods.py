# list methods: append, extend, insert, pop, remove, index, count, reverse, sort, clear, copy
a = [3, 1, 2]
a.append(4)
a.extend([5, 6])
a.extend('xy')
a.insert(0, 'first')
a.insert(100, 'last')
a.insert(-1, 'before last')
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove('x')
print(a, a.index(2), a.index(5), a.count(1), [1, 1, 2, 1].count(1), a.index(1, 1))
r = a.reverse()
print(r, a)
nums = [5, 2, 9, 1, 5, 6]
print(nums.sort(), nums)
nums.sort(reverse=True)
print(nums)
c = nums.copy()
c.clear()
print(nums, c)
words = ['banana', 'Apple', 'cherry', 'date']
words.sort(key=len)
print(words)
words.sort(key=lambda w: w.lower())
print(words)
stack = []
for i in range(3):
    stack.append(i * i)
while stack:
    print('pop', stack.pop())
