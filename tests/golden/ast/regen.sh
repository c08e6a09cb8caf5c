#!/bin/sh
# regen.sh -- regenerate the CPython reference outputs of tests/golden/ast:
#   <name>.ast        ast.dump(ast.parse(src), indent=2) of <name>.py
#   syntax_errors.txt (kind, msg, lineno, offset, end_lineno, end_offset)
#                     of every input of syntax_errors.src
# Lesson 2 (the pipeline): CPython 3.11 is the oracle for the front end.
# Run with python3 = 3.11 from anywhere; the tests themselves never need it.
set -e
cd "$(dirname "$0")"
for f in *.py; do
    [ -e "$f" ] || continue
    python3 -c "import ast,sys; print(ast.dump(ast.parse(open(sys.argv[1], 'rb').read()), indent=2))" "$f" > "${f%.py}.ast"
done
python3 - <<'PY'
import ast
def esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == '\\': out.append('\\\\')
        elif ch == '\n': out.append('\\n')
        elif ch == '\t': out.append('\\t')
        elif ch == '|': out.append('\\x7c')
        elif o < 0x20 or o == 0x7f: out.append('\\x%02x' % o)
        else: out.append(ch)
    return ''.join(out)
lines = []
for line in open('syntax_errors.src', encoding='utf-8'):
    line = line.strip()
    if not line or line.startswith('#'):
        continue
    src = eval(line)
    try:
        compile(src, 'x.py', 'exec')
        res = 'OK'
    except SyntaxError as e:
        res = '%s|%s|%s|%s|%s|%s' % (type(e).__name__, esc(e.msg), e.lineno,
                                      e.offset, e.end_lineno, e.end_offset)
    except (MemoryError, RecursionError) as e:
        res = type(e).__name__
    lines.append(esc(src) + '|' + res)
with open('syntax_errors.txt', 'w', encoding='utf-8') as f:
    f.write('# source|kind|msg|lineno|offset|end_lineno|end_offset (CPython %s)\n'
            % __import__('sys').version.split()[0])
    f.write('\n'.join(lines) + '\n')
PY
