# coding: ascii -- a byte that ascii does not decode, far below the cookie
x = 1
y = 2
z = 'é'
print(x)
