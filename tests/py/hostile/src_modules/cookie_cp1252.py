# coding: cp1252
word = '€'
