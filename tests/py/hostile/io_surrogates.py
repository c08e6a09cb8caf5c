# A str may hold a lone surrogate, but the UTF-8 codec cannot write one:
# print() raises UnicodeEncodeError before writing anything of that string.
import sys

for text in ["a\ud800b", "\udc80", "ok \udfff end"]:
    try:
        print(text)
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e)
print("still writing")
sys.stdout.write("x\ud83d\n")
