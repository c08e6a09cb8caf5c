# -*- coding: 646 -*-
word = 'e'
