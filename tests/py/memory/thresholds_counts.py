# get_threshold/set_threshold and get_count: generation counts after collections of each generation
import gc

print("default thresholds:", gc.get_threshold())
gc.set_threshold(500)
print("one argument:", gc.get_threshold())
gc.set_threshold(400, 5)
print("two arguments:", gc.get_threshold())
gc.set_threshold(300, 20, 30)
print("three arguments:", gc.get_threshold())
gc.set_threshold(700, 10, 10)
print("restored:", gc.get_threshold())

gc.disable()
gc.collect()
print("after a full collection:", gc.get_count())
gc.collect(0)
print("after collect(0): generation 1 counts one more young collection:", gc.get_count())
gc.collect(0)
gc.collect(0)
print("three collect(0):", gc.get_count())
gc.collect(1)
print("collect(1) resets 0 and 1, counts one in 2:", gc.get_count())
gc.collect(1)
print("again:", gc.get_count())
gc.collect(generation=2)
print("collect(generation=2):", gc.get_count())
keep = [[] for _ in range(5)]
print("five lists and their list made since:", gc.get_count()[0] >= 6)
gc.collect()
print("count 0 back to zero:", gc.get_count()[0])

print("cycles survive in older generations:")
old = []
old.append(old)
gc.collect(0)
del old
print("collect(0) does not look at generation 1:", gc.collect(0))
print("collect(1) does:", gc.collect(1))

young = []
young.append(young)
del young
print("collect(0) finds a young cycle:", gc.collect(0))

old = []
old.append(old)
gc.collect(1)
del old
print("cycle promoted to generation 2: collect(1) ->", gc.collect(1), "collect(2) ->", gc.collect(2))

print("threshold 0 turns automatic collection off:")
gc.enable()
gc.set_threshold(0)
gc.collect()
for i in range(3000):
    c = []
    c.append(c)
del c
print("all 3000 still there:", gc.collect())
gc.set_threshold(700, 10, 10)
