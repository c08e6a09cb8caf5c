# sorted with key= and reverse=; sorting is stable, including with reverse=True; sorted returns a new list
words = ['banana', 'Apple', 'cherry', 'date', 'Fig', 'apple', 'egg']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w.lower())))
people = [('ann', 30), ('bob', 25), ('cy', 30), ('dee', 25), ('eve', 35)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
by_name = sorted(people)
by_age = sorted(by_name, key=lambda p: p[1])
print(by_age)
print(sorted([3, 1, 2], reverse=True), sorted('hello'), sorted((2, 1)), sorted({3: 'a', 1: 'b'}))
print(sorted([-3, 2, -1], key=abs), sorted([], key=len), sorted([[2, 1], [1, 5], [1, 2]]))
nums = [5, 2, 9]
s = sorted(nums)
print(s, nums, s is nums)
print(max(words, key=len), min(words, key=len), max(people, key=lambda p: p[1]))
print(max([], default='none'), min([4, 2], default=0), max(3, 7, 5), min('b', 'a', key=str.upper))
