# the int string-conversion limit (sys.set_int_max_str_digits) at compile time: decimal int literals longer than it are SyntaxErrors, other literals are not
import sys


def attempt(src, mode='exec'):
    try:
        code = compile(src, '<limit>', mode)
    except SyntaxError as e:
        text = e.text.rstrip('\n')
        print('SyntaxError:', e.msg)
        print('   ', e.lineno, e.offset, e.end_lineno, e.end_offset, len(text), text[:6], text[-6:])
        return
    ns = {}
    if mode == 'eval':
        v = eval(code, ns)
    else:
        exec(code, ns)
        v = ns.get('x')
    if isinstance(v, int):
        v = v.bit_length()
    elif isinstance(v, list):
        v = [x.bit_length() for x in v]
    print('ok', v)


Z = '0' * 4299
attempt('x = 1' + Z)                        # 4300 digits: the limit itself
attempt('x = 1' + Z + '0')                  # 4301
attempt('x = -9' + Z + '9 * 2')             # 4301, under a minus
attempt('a = 1\nb = 2\nx = [1, 2' + Z + ']')    # on line 3
attempt('x = 1' + '_0' * 4300)              # underscores are not digits
attempt('x = 0' + '0' * 5000)               # zeros are fine
attempt('x = 0x1' + '0' * 5000)             # so are powers-of-two bases
attempt('x = 0b1' + '0' * 5000)
attempt('x = 1' + '0' * 5000 + '.5e-5000')  # and floats
attempt('1' + Z + '00', 'eval')
attempt('1' + Z, 'eval')
attempt('def f():\n    return 5' + Z + '5\n')
# which error wins: the literal stops the parse, but the scanner reads on
attempt('x = 1' + Z + '0\ny = (1 2)')       # a later parser error: the literal
attempt('y = (1 2)\nx = 1' + Z + '0')       # an earlier parser error wins
attempt('x = 1' + Z + '0\ny = 1)')          # a later scanner error wins
attempt('x = 1' + Z + '0\ny = 0777')
attempt('x = 1' + Z + '0\nnonlocal y')      # compiler errors come later
attempt('x = (1' + Z + '0,\n')              # an unclosed bracket on the same line
attempt('x = (\n1' + Z + '0,\n')            # opened on an earlier line

# the limit is the interpreter's: it can be raised, lowered or removed
sys.set_int_max_str_digits(0)
attempt('x = 1' + '0' * 6000)
sys.set_int_max_str_digits(1000)
attempt('x = 1' + '0' * 999)
attempt('x = 1' + '0' * 1000)
try:
    int('7' * 1001)
except ValueError as e:
    print(e)
try:
    str(10 ** 1000)
except ValueError as e:
    print(e)
print(len(str(10 ** 999)), len(repr(-10 ** 999)), int('7' * 1000) % 1000)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)), int('3' * 5000) % 10 ** 6)
sys.set_int_max_str_digits(4300)
attempt('x = 1' + '0' * 4300)
