# string escaping: ensure_ascii's \uXXXX (lower-case hex, surrogate pairs for astral characters), control characters, quotes and backslashes; ensure_ascii=False
import json
samples = ["quote\" back\\ slash/", "\b\f\n\r\t", "\x00\x01\x1f\x7f", "caf\u00e9", "\u20ac\u2028\u2029",
           "\U0001d11e clef", "\ud800 lone", "mixed \u00ff\x05\U0010ffff"]
for s in samples:
    print(json.dumps(s))
    print(json.dumps(s, ensure_ascii=False).encode('utf-8', 'surrogatepass'))
print(json.dumps({"\u00e9": "\u00e9"}), json.dumps({"\u00e9": "\u00e9"}, ensure_ascii=False))
for s in samples:
    assert json.loads(json.dumps(s)) == s and json.loads(json.dumps(s, ensure_ascii=False)) == s
print("round trips ok")
