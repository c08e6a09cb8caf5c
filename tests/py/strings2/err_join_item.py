# join of a list holding a number: TypeError sequence item N: expected str instance (uncaught)
nums = [1, 2, 3]
print(', '.join(str(n) for n in nums))
print(', '.join(nums))
