# -*- coding: U8 -*-
word = 'é'
