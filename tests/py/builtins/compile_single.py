# compile(src, name, "single"): one statement, compound ones complete without a blank line (doctest's examples)
import io, sys

g = {}
for src in ["1 + 2\n", "x = 5\n", "x\n", "'a'\n", "None\n",
            "for i in range(2):\n    print(i)\n",
            "for i in range(2):\n    print(i)",
            "if x:\n    x * 2\nelse:\n    0\n",
            "def f(a):\n    return a + 1\n",
            "class C:\n    y = 3\n",
            "f(C.y)\n",
            "try:\n    1/0\nexcept ZeroDivisionError:\n    print('caught')\n"]:
    exec(compile(src, "<example>", "single"), g)

# the value goes to whatever sys.stdout is
saved = sys.stdout
sys.stdout = buf = io.StringIO()
exec(compile("[x, 'b']\n", "<example>", "single"), g)
sys.stdout = saved
print(repr(buf.getvalue()))

for bad in ["1\n2\n", "x = 1; y = 2\nz = 3\n"]:
    try:
        compile(bad, "<example>", "single")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
