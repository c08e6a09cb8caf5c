# coding: latin-1 -- a UTF-8 BOM and a latin-1 cookie contradict each other
print('never')
