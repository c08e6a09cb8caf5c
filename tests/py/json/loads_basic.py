# json.loads of every kind of value, whitespace anywhere, numbers as int or float (exponents, -0, big ints), bytes and bytearray input
import json
for text in ['null', 'true', 'false', '0', '-0', '12345678901234567890123', '1.5', '-2.5e-3', '1E400', '1e2',
             '"s"', '[]', '{}', ' \t\n\r[ 1 , 2 ,\n3 ] ', '{"a": [1, {"b": null}], "c": "d"}', '-0.0', '0.1',
             '[1.0, 10, 1e1]', '"\\u00e9\\n\\t\\\\\\"\\/\\b\\f\\r"', '"\\ud834\\udd1e"', '"\\ud834x"', '"\\udd1e"']:
    v = json.loads(text)
    print(repr(text), repr(v), type(v).__name__)
print(json.loads(b'{"bytes": [1, "\xc3\xa9"]}'), json.loads(bytearray(b'[true]')))
print(json.loads('{"a": 1, "a": 2}'), json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads('{"key": "value", "key2": "value"}'))
