# -*- coding: cp819 -*-
word = 'é€'
