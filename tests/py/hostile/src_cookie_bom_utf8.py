# coding: utf-8 -- a UTF-8 BOM agrees with a utf-8 cookie
print(ascii('é'))
