# mutating a list while iterating: the iterator follows the index, so appends are seen and removals skip items
nums = [1, 2, 3]
for n in nums:
    if n < 3:
        nums.append(n + 10)
print(nums)
vals = [0, 1, 2, 3, 4, 5]
for v in vals:
    if v % 2 == 0:
        vals.remove(v)
print(vals)
vals = [0, 1, 2, 3, 4, 5]
for v in vals[:]:
    if v % 2 == 0:
        vals.remove(v)
print(vals)
vals = [0, 1, 2, 3]
print([v for v in vals if v % 2], [v for v in list(vals)])
