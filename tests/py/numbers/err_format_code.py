# an unknown presentation type ends the program
print(f'{255:x}')
print(f'{3.5:d}')
