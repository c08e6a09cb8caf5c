# the Python halves of json that the C accelerator replaces, run directly: py_scanstring, py_make_scanner (with JSONObject/JSONArray), py_encode_basestring(_ascii), and iterencode's Python encoder; their messages are the Python ones
import json
from json import decoder, encoder, scanner
d = json.JSONDecoder()
d.scan_once = scanner.py_make_scanner(d)
for text in ['{"a": [1, 2.5, -3e2, {"b": null}], "c": "\\u00e9\\ud834\\udd1e\\n", "d": [true, false, NaN, -Infinity]}',
             ' [ ] ', '{ }', '[1, [2, [3]]]', '"x"', '{"k" : 1 , "k2":2}']:
    print(repr(d.decode(text)))
for text in ['[1,', '{"a" 1}', '[1 2]', '{"a": 1,}', '"ab', '"a\x01"', '"\\q"', '"\\u12x"', '1 2', '{', '-', '[-']:
    try:
        d.decode(text)
    except json.JSONDecodeError as e:
        print(repr(text), e)
print(decoder.py_scanstring('"abc" tail', 1), decoder.py_scanstring('"a\\tb\\u0041"', 1))
print(decoder.py_scanstring('"a\tb"', 1, False))
for s in ['plain', 'quote" back\\', '\x00\x1f\x7f', 'caf\u00e9 \U0001d11e', '\u2028']:
    print(encoder.py_encode_basestring_ascii(s), encoder.py_encode_basestring(s).encode('utf-8'),
          encoder.py_encode_basestring_ascii(s) == encoder.encode_basestring_ascii(s),
          encoder.py_encode_basestring(s) == encoder.encode_basestring(s))
print(''.join(json.JSONEncoder().iterencode({"a": [1, 2.5, None, "s"], 2: {}})))
print(''.join(json.JSONEncoder(sort_keys=True, separators=(',', ':')).iterencode({"b": 1, "a": [True]})))
obs = [decoder.scanstring is decoder.c_scanstring, scanner.make_scanner is scanner.c_make_scanner,
       encoder.encode_basestring_ascii is encoder.c_encode_basestring_ascii]
print(obs)
