# coding: latin-1 -- an error found after parsing quotes the line as UTF-8, which a latin-1 line is not: no text
x = 'é'; return x
