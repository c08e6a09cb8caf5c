# traceback: format_exception (one and three arguments), format_exception_only, format_exc, print_exc, print_exception, chains
import io
import sys
import traceback


def inner(x):
    return 10 // x


def outer(x):
    return inner(x) + 1


try:
    outer(0)
except ZeroDivisionError as e:
    lines = traceback.format_exception(e)
    print(len(lines))
    print(''.join(lines), end='')
    print(traceback.format_exception(type(e), e, e.__traceback__) == lines)
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exc(), end='')
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue() == traceback.format_exc())

try:
    try:
        {}['k']
    except KeyError as e:
        raise ValueError('bad') from e
except ValueError as e:
    print(''.join(traceback.format_exception(e)), end='')
    for chunk in traceback.format_exception(e):
        print(repr(chunk))


class Custom(Exception):
    pass


print(traceback.format_exception_only(Custom('x')))
print(traceback.format_exception_only(Custom()))
print(traceback.format_exception_only(OSError(2, 'No such file')))
e = ValueError('with note\nand a second line')
e.add_note('a note\nof two lines')
print(traceback.format_exception_only(e))
try:
    raise e
except ValueError as e:
    print(traceback.format_exception(e)[-4:])
try:
    compile('x = (1,', '<src>', 'exec')
except SyntaxError as e:
    print(traceback.format_exception_only(e))
try:
    compile('  if', '<src>', 'exec')
except SyntaxError as e:
    print(traceback.format_exception_only(e))
print(traceback.format_exception_only(SyntaxError('bare')))
print(traceback.format_exc())
print(traceback.format_exception(None))
sys.stderr = sys.stdout
try:
    [][1]
except IndexError as e:
    traceback.print_exception(e)
    traceback.print_exc()
