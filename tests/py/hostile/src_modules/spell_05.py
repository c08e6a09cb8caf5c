# -*- coding: latin1 -*-
word = 'é€'
