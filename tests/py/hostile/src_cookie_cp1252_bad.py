# coding: cp1252 -- 0x81 is one of the five bytes cp1252 leaves undefined
print('')
