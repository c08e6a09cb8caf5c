# -*- coding: iso8859-1 -*-
word = 'é€'
