#!python
# coding: latin-1
word = 'é'
