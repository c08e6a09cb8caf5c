# -*- coding: csISOLatin1 -*-
word = 'é€'
