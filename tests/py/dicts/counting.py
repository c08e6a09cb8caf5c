# counting and grouping with dicts, the everyday patterns
text = 'the cat and the hat and the bat'
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
by_len = {}
for word in text.split():
    by_len.setdefault(len(word), []).append(word)
print(by_len)
letters = {}
for ch in 'mississippi':
    if ch in letters:
        letters[ch] += 1
    else:
        letters[ch] = 1
print(letters, max(letters, key=letters.get))
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
