# a def evaluates decorators, defaults, keyword defaults, then annotations in
# CPython's order (plain parameters before positional-only ones, then *args,
# keyword-only, **kwargs, return), all before the body ever runs
log = []
def ann(name):
    log.append('ann ' + name)
    return name
def dflt(name):
    log.append('default ' + name)
    return name
def deco(tag):
    log.append('deco ' + tag)
    def wrap(fn):
        log.append('wrap ' + tag)
        return fn
    return wrap
@deco('outer')
@deco('inner')
def f(p1: ann('p1'), p2: ann('p2') = dflt('p2'), /, a: ann('a') = dflt('a'), *args: ann('args'),
      k: ann('k') = dflt('k'), k2: ann('k2'), **kw: ann('kw')) -> ann('ret'):
    log.append('body')
print(log)
print(list(f.__annotations__.items()))
log.clear()
async def g(x: ann('x')) -> ann('g-ret'):
    pass
print(log, g.__annotations__)
log.clear()
def only_return() -> ann('only'):
    pass
print(log, only_return.__annotations__)
def h(*, a: ann('kwonly')): pass
print(h.__annotations__)
