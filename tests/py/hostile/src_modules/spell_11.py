# -*- coding: ascii -*-
word = 'e'
