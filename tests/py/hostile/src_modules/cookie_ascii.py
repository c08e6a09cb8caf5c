# coding: ascii
word = 'é'
