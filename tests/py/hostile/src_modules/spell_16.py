# -*- coding: 1252 -*-
word = 'é€'
