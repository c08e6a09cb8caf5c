# -*- coding: ANSI_X3.4-1968 -*-
word = 'e'
