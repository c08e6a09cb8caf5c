# a future statement after another one on the same line points at its column
import os; from __future__ import annotations
