# sorted() with key and reverse, stability of sort, sorting tuples and strings
people = [('bob', 25), ('alice', 30), ('carol', 25), ('dave', 30), ('eve', 22)]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted([3, 1, 2], reverse=True), sorted('hello'), sorted((5, -1)), sorted([]))
print(sorted([-3, 2, -1, 0], key=abs), sorted(['bb', 'a', 'ccc', 'dd'], key=len))
print(sorted([[2, 1], [1, 2], [1], []]), sorted([0.5, -1, 3, 2.5]))
data = [5, 3, 8]
result = sorted(data)
print(data, result, result is data)
print(sorted({3: 'c', 1: 'a', 2: 'b'}), sorted([True, False, 2, -1]))
