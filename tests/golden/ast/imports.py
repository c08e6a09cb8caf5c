# import forms
import os
import os.path
import os.path as p, sys
from os import path
from os import path as p, sep
from . import sibling
from .. import parent
from .mod import name
from ...pkg.sub import (a, b as c,)
from .... import x
from m import *
from __future__ import annotations
