# the oldest joke in the language
from __future__ import braces
