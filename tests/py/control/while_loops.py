# while loops with break, continue and else (else runs only without break)
i = 0
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print('odd', i)
else:
    print('not printed: loop broke')
n = 3
while n > 0:
    print('countdown', n)
    n -= 1
else:
    print('liftoff')
while False:
    print('never')
else:
    print('else of a loop that never ran')
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print('collatz steps', steps)
