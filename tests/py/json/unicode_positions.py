# positions count characters, not bytes: errors after non-ASCII text, raw_decode's end, scanstring's end, keys and values in many scripts
import json
for text in ['["é", "日本語", 1 2]', '{"ключ": "значение", "k" 1}', '"€€€\x01"', '["🎉", x]', '"ü\\q"', '"ß\\u12"',
             '{"a": "é"} tail', '["\\ud83c\\udf89", "\\ud83c"]', '  "日本"  ', '{"é": {"ü": ["ö", {"å": []}]}}',
             '["é" ,"ü" ,]', '\n"é"\n\n  x']:
    try:
        print(repr(text), "->", ascii(json.loads(text)))
    except json.JSONDecodeError as e:
        print(repr(text), "|", e)
print(json.JSONDecoder().raw_decode('["é", "ü"] and more'), json.JSONDecoder().raw_decode('xx"日本" z', 2))
print(json.decoder.scanstring('"日本" after', 1), json.decoder.scanstring('é"ü"', 2))
for bad in [-1, 99]:
    try:
        json.decoder.scanstring('"x"', bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    json.JSONDecoder().raw_decode('[1]', -1)
except ValueError as e:
    print("ValueError:", e)
text = json.dumps({"日本": ["é", "🎉", "\u2028"]}, ensure_ascii=False)
print(text.encode("utf-8"), json.loads(text) == {"日本": ["é", "🎉", "\u2028"]})
print(json.dumps("\udc80\ud800"), repr(json.loads('"\\udc80\\ud800"')) == repr("\udc80\ud800"))
