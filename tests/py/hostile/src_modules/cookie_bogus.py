# coding: bogus
word = 1
