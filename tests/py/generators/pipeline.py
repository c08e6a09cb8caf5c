# a lazy pipeline of generators: each stage pulls from the previous one on demand, so stages interleave
def read(lines):
    for line in lines:
        print('  read', repr(line))
        yield line
def strip_comments(lines):
    for line in lines:
        line = line.split('#')[0].strip()
        if line:
            yield line
def parse(lines):
    for line in lines:
        key, _, value = line.partition('=')
        yield key.strip(), value.strip()
text = ['a = 1', '# comment only', '', 'b=2  # trailing', 'c = three']
pairs = parse(strip_comments(read(text)))
print('pipeline built')
print(next(pairs))
print(dict(pairs))
