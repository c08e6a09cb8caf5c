# -*- coding: ISO-8859-1-Windows-3.1-Latin-1 -*-
word = 'é€'
