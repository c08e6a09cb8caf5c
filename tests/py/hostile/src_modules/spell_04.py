# -*- coding: Latin_1 -*-
word = 'é€'
