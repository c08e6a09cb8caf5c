# difflib: SequenceMatcher (matching blocks, opcodes, ratios, junk) and ndiff with its "?" lines, as CPython's
import difflib

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks())
print(s.get_opcodes())
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.find_longest_match(0, 5, 0, 4))
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                            "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.get_opcodes())
s = difflib.SequenceMatcher(None, "", "")
print(s.ratio(), s.get_opcodes())
a = [1, 2, 3, 4, 5] * 50
b = [1, 2, 3, 5, 4] * 50
s = difflib.SequenceMatcher(None, a, b)
print(len(s.get_opcodes()), round(s.ratio(), 4), sorted(s.bpopular))
s = difflib.SequenceMatcher(None, a, b, autojunk=False)
print(len(s.get_opcodes()), round(s.ratio(), 4))

text1 = """one
two
three
four
five
""".splitlines(True)
text2 = """one
tree
emu
four
fives
six
""".splitlines(True)
print(''.join(difflib.ndiff(text1, text2)), end='')
print(list(difflib.ndiff(['abcDefghiJkl\n'], ['abcdefGhijkl\n'])))
print(list(difflib.ndiff(['\tabc\n'], ['\tabd\n'])))
print(list(difflib.ndiff(['same\n', 'x\n'], ['same\n', 'y\n'])))
print(list(difflib.Differ().compare(['a\n', 'b\n'], ['b\n', 'c\n'])))
print(difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('x'),
      difflib.IS_LINE_JUNK('  # \n'), difflib.IS_LINE_JUNK('x\n'))
