# -*- coding: us-ascii -*-
word = 'e'
