# input() reads lines from stdin without the newline; the prompt goes to stdout without a newline
name = input()
print('name:', repr(name))
age = int(input('age? '))
print()
print('age next year:', age + 1)
nums = [int(x) for x in input().split()]
print('sum:', sum(nums))
print('empty line:', repr(input()))
print('spaces kept:', repr(input('> ')))
print('last line without newline:', repr(input()))
