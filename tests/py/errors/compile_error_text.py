# SyntaxError details from compile(): a parser error's text is the line with
# the newline the tokenizer gave it; a bad token's text is the line as it
# was; an error found after parsing (symbol table, compiler) reads its text
# from the file the code says it came from -- "<string>" has none.
for source in ["None = 1", "a b", "x = (1 +", "x = 1_", "x = 'abc",
               "def f():\n    return\nreturn 1", "def g():\n    x = 1\n    global x",
               "f(x for x in y, 1)", "if 1:\n\tx\n        y"]:
    try:
        compile(source, "<string>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, repr(e.text))
