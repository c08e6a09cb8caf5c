"""traceback -- exceptions and their tracebacks as text.

format_exception() and print_exception() give the text minipy prints for
an uncaught exception (CPython 3.11's format: a "File ..., line N, in f"
entry per frame with its source line and ^~~ markers, then the chained
exceptions); format_exc() and print_exc() do it for the exception being
handled; format_exception_only() gives the last part, "ValueError: msg".
doctest and unittest report with these (issue 17).

The frames are walked by minipy's own printer (runtime/traceback.c,
through _traceback), so what this module writes is what the interpreter
writes at exit. Not here next to CPython's: the `limit` and `chain`
arguments, extract_tb/extract_stack/StackSummary/FrameSummary,
TracebackException, print_stack and walk_tb (minipy's tracebacks show no
frame objects). In the three-argument form format_exception(type, value,
tb), the traceback printed is value.__traceback__.
"""

import sys
import _traceback

__all__ = ['format_exception', 'format_exception_only', 'format_exc',
           'print_exception', 'print_exc']

_sentinel = object()


def _exception_of(exc, value):
    """The exception object of the one- or the three-argument form."""
    if value is not _sentinel:
        return value
    return exc


def format_exception(exc, value=_sentinel, tb=_sentinel):
    """The lines of the traceback of exc (each ending in a newline), as
    sys.excepthook would print them."""
    exc = _exception_of(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    text = _traceback.format_exception(exc)
    return _chunks(exc, text.splitlines(True))


def _chained(exc):
    """The exceptions printed for exc, the oldest first (its cause or
    context, theirs, ...), as the printer follows them."""
    chain = []
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        chain.append(exc)
        if exc.__cause__ is not None:
            exc = exc.__cause__
        elif exc.__context__ is not None and not exc.__suppress_context__:
            exc = exc.__context__
        else:
            break
    chain.reverse()
    return chain


def _chunks(exc, lines):
    """The printed lines grouped as CPython's format_exception() returns
    them: the "Traceback" line, each frame's entry with its source and
    markers, each line of format_exception_only(), each sentence between
    chained exceptions with its blank lines."""
    if isinstance(exc, BaseExceptionGroup):
        return lines                  # boxes of groups: a line each
    out = []
    i = 0
    chain = _chained(exc)
    for n, e in enumerate(chain):
        if i < len(lines) and lines[i] == 'Traceback (most recent call last):\n':
            out.append(lines[i])
            i += 1
            while i < len(lines) and lines[i].startswith('  '):
                entry = lines[i]
                i += 1
                while i < len(lines) and lines[i].startswith('    '):
                    entry += lines[i]
                    i += 1
                out.append(entry)
        only = format_exception_only(e)
        count = ''.join(only).count('\n')
        if ''.join(lines[i:i + count]) == ''.join(only):
            out.extend(only)
        else:
            out.extend(lines[i:i + count])
        i += count
        if n < len(chain) - 1:
            out.append(''.join(lines[i:i + 3]))
            i += 3
    out.extend(lines[i:])
    return out


def print_exception(exc, value=_sentinel, tb=_sentinel, file=None):
    """Print format_exception()'s lines to file (sys.stderr by default)."""
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb):
        print(line, file=file, end="")


def format_exc():
    """format_exception() of the exception being handled, as one str."""
    return "".join(format_exception(sys.exception()))


def print_exc(file=None):
    """print_exception() of the exception being handled."""
    print_exception(sys.exception(), file=file)


def _type_name(etype):
    name = etype.__qualname__
    module = etype.__module__
    if module not in ("__main__", "builtins"):
        if not isinstance(module, str):
            module = "<unknown>"
        name = module + '.' + name
    return name


def _some_str(value):
    try:
        return str(value)
    except BaseException:
        return '<exception str() failed>'


def _syntax_error_lines(exc, type_name):
    """CPython's way with a SyntaxError: where, the line, the carets, then
    the message."""
    lines = []
    filename_suffix = ''
    if exc.lineno is not None:
        lines.append('  File "{}", line {}\n'.format(exc.filename or "<string>", exc.lineno))
    elif exc.filename is not None:
        filename_suffix = ' ({})'.format(exc.filename)
    text = exc.text
    if text is not None:
        rtext = text.rstrip('\n')
        ltext = rtext.lstrip(' \n\f')
        spaces = len(rtext) - len(ltext)
        lines.append('    {}\n'.format(ltext))
        if exc.offset is not None:
            offset = exc.offset
            end_offset = exc.end_offset if exc.end_offset not in (None, 0) else offset
            if offset == end_offset or end_offset == -1:
                end_offset = offset + 1
            colno = offset - 1 - spaces
            end_colno = end_offset - 1 - spaces
            if colno >= 0:
                caretspace = "".join([c if c.isspace() else ' ' for c in ltext[:colno]])
                lines.append('    {}{}\n'.format(caretspace, '^' * (end_colno - colno)))
    msg = exc.msg or "<no detail available>"
    lines.append("{}: {}{}\n".format(type_name, msg, filename_suffix))
    return lines


def format_exception_only(exc, value=_sentinel):
    """The last lines of a traceback: "TypeName: message" (for a
    SyntaxError, the place, the line and its carets first), then the
    exception's notes."""
    if value is _sentinel:
        value = exc
        etype = type(exc) if exc is not None else None
    else:
        etype = exc
    if etype is None:
        return ['NoneType: None\n']
    type_name = _type_name(etype)
    if isinstance(value, SyntaxError):
        lines = _syntax_error_lines(value, type_name)
    else:
        text = _some_str(value)
        lines = ["%s: %s\n" % (type_name, text) if text else "%s\n" % type_name]
    notes = getattr(value, '__notes__', None)
    if notes is not None:
        for note in notes:
            note = _some_str(note)
            lines.extend(line + '\n' for line in note.split('\n'))
    return lines
