# -*- coding: windows-1252 -*-
word = 'é€'
