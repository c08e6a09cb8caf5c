# coding: utf8
word = 'é'
