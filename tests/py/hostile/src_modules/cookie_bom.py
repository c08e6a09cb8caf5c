# coding: latin-1
word = 1
