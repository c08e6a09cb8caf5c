"""json.scanner -- the recursive-descent reader of JSON values (issue 17).

make_scanner(decoder) returns scan_once(string, idx): it decodes the one
value that starts at string[idx] and returns (value, end), or raises
StopIteration(idx) when no value starts there (the caller turns that into
"Expecting value"). Objects and arrays call back into the decoder's
parse_object and parse_array, which call scan_once for their items.
Numbers follow JSON's grammar -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][-+]?[0-9]+)?
by hand, since minipy has no `re`.

make_scanner is the C one of runtime/mod_json.c (`_json`) when it is
there, as in CPython; py_make_scanner is the same algorithm in Python.
"""
try:
    from _json import make_scanner as c_make_scanner
except ImportError:
    c_make_scanner = None

__all__ = ['make_scanner']

_DIGITS = '0123456789'


def _digits_end(s, i, n):
    while i < n and s[i] in _DIGITS:
        i += 1
    return i


def py_make_scanner(context):
    parse_object = context.parse_object
    parse_array = context.parse_array
    parse_string = context.parse_string
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    strict = context.strict
    memo = context.memo

    def _scan_once(string, idx):
        try:
            nextchar = string[idx]
        except IndexError:
            raise StopIteration(idx) from None
        if nextchar == '"':
            return parse_string(string, idx + 1, strict)
        if nextchar == '{':
            return parse_object((string, idx + 1), strict, _scan_once,
                                object_hook, object_pairs_hook, memo)
        if nextchar == '[':
            return parse_array((string, idx + 1), _scan_once)
        if nextchar == 'n' and string[idx:idx + 4] == 'null':
            return None, idx + 4
        if nextchar == 't' and string[idx:idx + 4] == 'true':
            return True, idx + 4
        if nextchar == 'f' and string[idx:idx + 5] == 'false':
            return False, idx + 5
        if nextchar in _DIGITS or nextchar == '-':
            n = len(string)
            i = idx + 1 if nextchar == '-' else idx
            if i < n and string[i] == '0':
                i += 1
            elif i < n and string[i] in _DIGITS:
                i = _digits_end(string, i + 1, n)
            elif string[idx:idx + 9] == '-Infinity':
                return parse_constant('-Infinity'), idx + 9
            else:
                raise StopIteration(idx)
            end = i
            is_float = False
            if end + 1 < n and string[end] == '.' and string[end + 1] in _DIGITS:
                end = _digits_end(string, end + 2, n)
                is_float = True
            if end < n and string[end] in 'eE':
                e = end + 1
                if e < n and string[e] in '-+':
                    e += 1
                if e < n and string[e] in _DIGITS:
                    end = _digits_end(string, e + 1, n)
                    is_float = True
            if is_float:
                return parse_float(string[idx:end]), end
            return parse_int(string[idx:end]), end
        if nextchar == 'N' and string[idx:idx + 3] == 'NaN':
            return parse_constant('NaN'), idx + 3
        if nextchar == 'I' and string[idx:idx + 8] == 'Infinity':
            return parse_constant('Infinity'), idx + 8
        raise StopIteration(idx)

    def scan_once(string, idx):
        try:
            return _scan_once(string, idx)
        finally:
            memo.clear()

    return scan_once


make_scanner = c_make_scanner or py_make_scanner
