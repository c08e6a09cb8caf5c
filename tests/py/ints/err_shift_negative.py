# shifting by a negative count raises ValueError
print(1 << 3, 8 >> 3)
print(1 << -1)
