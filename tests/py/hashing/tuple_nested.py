# nested tuples hash recursively; equal nested tuples are one key, whatever numeric types they hold
values = [((),), ((1,),), ((1, 2), (3, 4)), (1, (2, (3, (4, (5,))))), ((1, 2), 3), (1, (2, 3)),
          (frozenset({1, 2}), (3,)), (('a', 'b'), ('c',)), ((0.5, -0.5), (1e100,))]
for t in values:
    print(t, hash(t))
deep = ()
for i in range(50):
    deep = (i, deep)
print(hash(deep))
d = {((1, 2), (3, 4)): 'grid'}
print(d[((1.0, 2.0), (3, 4.0))], ((True, 2), (3, 4)) in d, ((1, 2), (3, 5)) in d)
print(hash(((1, 2), 3)) != hash((1, (2, 3))), hash((1, 2)) != hash((2, 1)))
