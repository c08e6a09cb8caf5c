# a future statement after another statement must fail to compile
import os
from __future__ import annotations
