# a global statement at module level is allowed and changes nothing; nonlocal in a method reaches the function around the class
global x
x = 'module x'
print(x)
def outer():
    count = 0
    class Counter:
        def hit(self):
            nonlocal count
            count += 1
            return count
    c = Counter()
    c.hit(); c.hit()
    return count
print(outer())
