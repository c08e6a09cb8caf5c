# importing modules with coding cookies: latin-1 decodes; a bogus name, undecodable bytes and a BOM against the cookie are CPython's compile() errors, at line 0 of the module
import sys
sys.path.insert(0, __file__.rsplit('/', 1)[0] + '/src_modules')
for name in ['cookie_latin1', 'cookie_line2', 'cookie_bogus', 'cookie_ascii', 'cookie_cp1252', 'cookie_bom', 'cookie_utf8_alias']:
    try:
        m = __import__(name)
        print(name, ascii(m.word))
    except SyntaxError as e:
        print(name, type(e).__name__, repr(e.msg), e.filename.rsplit('/', 1)[-1], e.lineno, e.offset, e.text)
