# an exception inside a generator propagates to the consumer; the traceback shows the consumer's line and the generator's frame
def parse_all(words):
    for w in words:
        yield int(w)
total = 0
for n in parse_all(['1', '2', 'three']):
    total += n
    print('total', total)
