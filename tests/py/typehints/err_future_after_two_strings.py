# two docstrings: the second string ends the top of the file
"""one"""
"""two"""
from __future__ import annotations
