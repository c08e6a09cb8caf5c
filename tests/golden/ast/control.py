# if/elif/else, while/else, for/else, break, continue, pass
if a:
    pass
elif b:
    x = 1
elif c:
    x = 2
else:
    x = 3
while True:
    if done:
        break
    continue
else:
    cleanup()
for i in range(10):
    print(i)
else:
    print('no break')
for k, v in d.items(): pass
for x in *a, *b: pass
if x: y = 1
while n := next(it): pass
