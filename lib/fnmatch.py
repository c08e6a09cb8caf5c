"""fnmatch -- shell-style wildcards: * (any text), ? (one character),
[seq] (one of seq), [!seq] (none of seq).

fnmatchcase(name, pat) matches name against pat exactly; fnmatch() first
puts both through os.path.normcase (nothing to do on POSIX); filter()
keeps the names of a list that match. unittest's -k option selects test
names with it (issue 17).

As CPython's, a pattern is translated into a regular expression
(translate(), with CPython's output: a "*" between fixed parts becomes an
atomic "(?>.*?fixed)", so that many stars do not backtrack without end),
compiled once and cached.
"""

import os
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Does name match the shell pattern pat (after os.path.normcase)?"""
    return fnmatchcase(os.path.normcase(name), os.path.normcase(pat))


def filter(names, pat):
    """The names of the list that match pat."""
    match = _compile_pattern(os.path.normcase(pat))
    return [name for name in names if match(os.path.normcase(name))]


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


_cache = {}


def _compile_pattern(pat):
    """The .match of pat's regular expression (str or bytes pat), cached."""
    key = (type(pat), pat)
    match = _cache.get(key)
    if match is None:
        if isinstance(pat, bytes):
            text = translate(str(pat, 'ISO-8859-1'))
            match = re.compile(bytes(text, 'ISO-8859-1')).match
        else:
            match = re.compile(translate(pat)).match
        if len(_cache) >= 32768:
            _cache.clear()
        _cache[key] = match
    return match


def fnmatchcase(name, pat):
    """Does name match the shell pattern pat, case counting?"""
    return _compile_pattern(pat)(name) is not None


_STAR = object()


def _set(pat, i, j):
    """The regular expression set for the shell set pat[i:j] (the text
    between "[" and "]")."""
    body = pat[i:j]
    if '-' not in body:
        body = body.replace('\\', r'\\')
    else:
        # cut at the hyphens that make ranges: a range's end is never one
        pieces = []
        k = i + 2 if pat[i] == '!' else i + 1
        while True:
            k = pat.find('-', k, j)
            if k < 0:
                break
            pieces.append(pat[i:k])
            i = k + 1
            k += 3
        if pat[i:j]:
            pieces.append(pat[i:j])
        else:
            pieces[-1] += '-'
        # a range running backwards (z-a) is empty: drop it
        for k in range(len(pieces) - 1, 0, -1):
            if pieces[k - 1][-1] > pieces[k][0]:
                pieces[k - 1] = pieces[k - 1][:-1] + pieces[k][1:]
                del pieces[k]
        body = '-'.join(p.replace('\\', r'\\').replace('-', r'\-') for p in pieces)
    body = re.sub(r'([&~|])', r'\\\1', body)       # not set operations
    if not body:
        return '(?!)'                 # an empty set matches nothing
    if body == '!':
        return '.'                    # and its negation anything
    if body[0] == '!':
        return '[^' + body[1:] + ']'
    if body[0] in '^[':
        return '[\\' + body + ']'
    return '[' + body + ']'


def translate(pat):
    """The regular expression (a str) matching what the shell pattern pat does."""
    parts = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not parts or parts[-1] is not _STAR:
                parts.append(_STAR)
        elif c == '?':
            parts.append('.')
        elif c == '[':
            end = _class_end(pat, i - 1)
            if end < 0:
                parts.append('\\[')
            else:
                parts.append(_set(pat, i, end - 1))
                i = end
        else:
            parts.append(re.escape(c))
    # the text before the first star; each star but the last with the
    # fixed text after it, taken atomically; the last star
    out = []
    k = 0
    while k < len(parts) and parts[k] is not _STAR:
        out.append(parts[k])
        k += 1
    while k < len(parts):
        k += 1                        # the star
        fixed = []
        while k < len(parts) and parts[k] is not _STAR:
            fixed.append(parts[k])
            k += 1
        if k == len(parts):
            out.append('.*' + ''.join(fixed))
        else:
            out.append('(?>.*?' + ''.join(fixed) + ')')
    return '(?s:' + ''.join(out) + ')\\Z'
