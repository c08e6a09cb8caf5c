# a cookie on line 3 is an ordinary comment (PEP 263 looks at lines 1 and 2): this UTF-8 file stays UTF-8

# coding: latin-1
print(ascii('é€'))
