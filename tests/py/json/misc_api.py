# the rest of the json API: detect_encoding, JSONDecoder/JSONEncoder attributes, decode vs raw_decode, scanstring, the cached default encoder/decoder, keyword-only options, unknown keyword arguments
import json
for b in (b'{}', b'\xef\xbb\xbf{}', b'\x00[\x00]', b'[\x00\x00\x00', b'\x00\x00\x00[', b'[\x001\x00', b'\xff\xfe[\x00', b'12'):
    print(b, json.detect_encoding(b))
dec = json.JSONDecoder()
print(dec.parse_float is float, dec.parse_int is int, dec.strict, dec.object_hook, dec.object_pairs_hook)
print(dec.parse_constant('NaN'), dec.parse_constant('-Infinity'))
print(dec.decode(' {"a": [1]} '), dec.raw_decode('[1] [2]'))
try:
    dec.decode('[1] [2]')
except json.JSONDecodeError as e:
    print(e)
print(json.decoder.scanstring('"abc\\n" rest', 1), json.decoder.scanstring('x"', 0))
enc = json.JSONEncoder(sort_keys=True, indent=2)
print(enc.sort_keys, enc.indent, enc.skipkeys, enc.ensure_ascii, enc.check_circular, enc.allow_nan)
print(repr(enc.item_separator), repr(enc.key_separator))
try:
    json.dumps([1], 2)
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps([1], bogus=1)
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads('[1]', bogus=1)
except TypeError as e:
    print("TypeError:", e)
print(json.encoder.encode_basestring_ascii('\u00e9"'), json.encoder.encode_basestring('\u00e9"'))
print(json.encoder.encode_basestring_ascii('\U0001F600'), json.encoder.INFINITY)
