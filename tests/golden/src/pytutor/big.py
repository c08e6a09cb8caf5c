# A snapshot is bounded: a big list shows its first 50 items and how many more
big = list(range(100000))
text = "x" * 5000
print(len(big), len(text))
