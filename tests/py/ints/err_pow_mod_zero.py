# pow() with modulus 0 raises ValueError
print(pow(2, 10, 3))
print(pow(2, 10, 0))
