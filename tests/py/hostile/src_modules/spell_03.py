# -*- coding: utf-8-sig -*-
word = 'é'
