# -*- coding: l1 -*-
word = 'é€'
