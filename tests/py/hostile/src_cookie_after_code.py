# a coding cookie on line 2 counts only when line 1 is blank or a comment: here the file is UTF-8
x = 'café'
# -*- coding: latin-1 -*-
print(x, len(x))
