# coding: latin-1
word = 'déjà vu'
