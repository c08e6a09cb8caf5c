# bytes literals that CPython refuses at compile time, each with its message
for src in ["b'é'", "b'abc' 'def'", "'abc' b'def'", "b'x' f'y'", "b'\\x4'", "b'\\x'",
            "rb'é'", "b'ok' b'caf\u00e9'", "bf'x'", "ub'x'", "b'unterminated",
            "x = b'''a\nb", "b'\\N{LATIN SMALL LETTER E}' + b'ok'"]:
    try:
        compile(src, '<test>', 'exec')
        print(repr(src), 'compiles')
    except SyntaxError as e:
        print(repr(src), '->', e.msg)
