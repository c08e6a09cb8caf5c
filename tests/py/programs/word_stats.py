# an ordinary program: word statistics from stdin with dicts, sorting by several keys, comprehensions, generators and string methods
import math

def words(lines):
    for line in lines:
        for raw in line.split():
            w = raw.strip('.,;:!?"()').lower()
            if w:
                yield w

def read_lines():
    while True:
        try:
            yield input()
        except EOFError:
            return

lines = list(read_lines())
counts = {}
first_seen = {}
for position, w in enumerate(words(lines)):
    counts[w] = counts.get(w, 0) + 1
    first_seen.setdefault(w, position)
total = sum(counts.values())
print('lines:', len(lines), 'words:', total, 'distinct:', len(counts))
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
width = max(len(w) for w, _ in top)
for w, n in top:
    print(f'{w:<{width}} {n:>3} {"#" * n}')
by_length = {}
for w in counts:
    by_length.setdefault(len(w), []).append(w)
for n in sorted(by_length, reverse=True)[:3]:
    print(n, sorted(by_length[n]))
print('earliest words:', sorted(first_seen, key=first_seen.get)[:5])
singletons = [w for w, n in counts.items() if n == 1]
print('hapax legomena:', len(singletons), sorted(singletons)[:6])
lengths = [len(w) for w in words(lines)]
mean = sum(lengths) / len(lengths)
sd = math.sqrt(sum((x - mean) ** 2 for x in lengths) / len(lengths))
print(f'mean length {mean:.3f}, standard deviation {sd:.3f}')
letters = {}
for w in counts:
    for ch in w:
        if ch.isalpha():
            letters[ch] = letters.get(ch, 0) + counts[w]
common = sorted(letters, key=lambda ch: (-letters[ch], ch))
print('most common letters:', ''.join(common[:10]))
print('missing letters:', ''.join(ch for ch in 'abcdefghijklmnopqrstuvwxyz' if ch not in letters))
longest_line = max(enumerate(lines, 1), key=lambda p: len(p[1].split()))
print('longest line: #%d with %d words' % (longest_line[0], len(longest_line[1].split())))
