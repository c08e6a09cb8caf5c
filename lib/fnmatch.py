"""fnmatch -- shell-style wildcards: * (any text), ? (one character),
[seq] (one of seq), [!seq] (none of seq).

fnmatchcase(name, pat) matches name against pat exactly; fnmatch() first
puts both through os.path.normcase (nothing to do on POSIX); filter()
keeps the names of a list that match. unittest's -k option selects test
names with it (issue 17).

CPython translates the pattern into a regular expression; minipy has no
re module, so _match() below walks the pattern and the name together,
trying each possible length for a "*" (the shortest first). Not here
next to CPython's: translate().
"""

import os

__all__ = ["filter", "fnmatch", "fnmatchcase"]


def fnmatch(name, pat):
    """Does name match the shell pattern pat (after os.path.normcase)?"""
    return fnmatchcase(os.path.normcase(name), os.path.normcase(pat))


def filter(names, pat):
    """The names of the list that match pat."""
    pat = os.path.normcase(pat)
    return [name for name in names if fnmatchcase(os.path.normcase(name), pat)]


def fnmatchcase(name, pat):
    """Does name match the shell pattern pat, case counting?"""
    return _match(name, 0, pat, 0)


def _class_end(pat, i):
    """The index after the "]" of the set that opens at pat[i] ("["), or
    -1 when it is not closed (then "[" is an ordinary character)."""
    j = i + 1
    if j < len(pat) and pat[j] == '!':
        j += 1
    if j < len(pat) and pat[j] == ']':
        j += 1
    while j < len(pat) and pat[j] != ']':
        j += 1
    return j + 1 if j < len(pat) else -1


def _in_class(c, body):
    """Is c in the set written body (without its brackets)?"""
    negate = body.startswith('!')
    if negate:
        body = body[1:]
    found = False
    k = 0
    while k < len(body):
        if k + 2 < len(body) and body[k + 1] == '-':
            if body[k] <= c <= body[k + 2]:
                found = True
            k += 3
        else:
            if body[k] == c:
                found = True
            k += 1
    return found != negate


def _match(name, n, pat, p):
    while p < len(pat):
        c = pat[p]
        if c == '*':
            while p < len(pat) and pat[p] == '*':
                p += 1
            if p == len(pat):
                return True
            for k in range(n, len(name) + 1):
                if _match(name, k, pat, p):
                    return True
            return False
        if n >= len(name):
            return False
        if c == '?':
            n += 1
            p += 1
        elif c == '[' and _class_end(pat, p) > 0:
            end = _class_end(pat, p)
            if not _in_class(name[n], pat[p + 1:end - 1]):
                return False
            n += 1
            p = end
        else:
            if name[n] != c:
                return False
            n += 1
            p += 1
    return n == len(name)
