# an exception inside a generator expression shows a <genexpr> frame when the consumer pulls the bad element
values = ['1', '2', 'three']
print(sum(int(v) for v in values[:2]))
print(sum(int(v) for v in values))
