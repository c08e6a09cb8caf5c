# a StopIteration escaping a generator body becomes RuntimeError (PEP 479), chained to the StopIteration
def firsts(iterables):
    for it in iterables:
        yield next(iter(it))
print(list(firsts(['ab', [1]])))
print(list(firsts(['ab', []])))
