# input() at the end of stdin raises EOFError (stdin is empty here)
print('asking')
x = input()
