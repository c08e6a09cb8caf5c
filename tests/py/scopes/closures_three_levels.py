# closures built inside closures, three levels deep: each level captures from all levels above it
def level1(a):
    def level2(b):
        def level3(c):
            return a + b + c
        return level3
    return level2
print(level1('x')('y')('z'), level1(1)(2)(3))
add100 = level1(100)
add110 = add100(10)
print(add110(1), add110(2), add100(20)(3))
def html(tag):
    def with_class(cls):
        def render(text):
            return '<%s class="%s">%s</%s>' % (tag, cls, text, tag)
        return render
    return with_class
warn = html('p')('warning')
print(warn('careful'), html('span')('x')('y'))
def counters():
    total = 0
    def group(name):
        count = 0
        def hit():
            nonlocal total, count
            total += 1
            count += 1
            return name, count, total
        return hit
    return group
g = counters()
a, b = g('a'), g('b')
print(a(), a(), b(), a())
