# exec and compile of source whose last line is indented and has no final newline
exec("if 1:\n    print(2)")
exec("for i in range(2):\n    if i:\n        print('nested', i)")
exec("def f():\n    return 'f'\nprint(f())")
exec("class C:\n    x = 3\nprint(C.x)")
exec("if 0:\n    pass\nelse:\n    print('else')")
exec("while False:\n    pass")
code = compile("if True:\n    y = 5", "<src>", "exec")
ns = {}
exec(code, ns)
print(ns['y'])
exec("if 1:\n    print('comment after')\n    # trailing comment")
exec("if 1:\n    print('spaces after')\n    ")
