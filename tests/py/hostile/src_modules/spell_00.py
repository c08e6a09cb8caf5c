# -*- coding: UTF_8 -*-
word = 'é'
