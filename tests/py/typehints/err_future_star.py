# the star import is no feature
from __future__ import *
