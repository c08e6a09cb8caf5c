# the spellings of a coding cookie's name that CPython accepts for utf-8, latin-1, ascii and cp1252: case, '_' or '-', suffixes, aliases (one module each in src_modules)
import sys
sys.path.insert(0, __file__.rsplit('/', 1)[0] + '/src_modules')
names = ['UTF_8', 'utf8', 'U8', 'utf-8-sig', 'Latin_1', 'latin1', 'l1', 'iso8859-1', 'ISO-8859-1-Windows-3.1-Latin-1', 'cp819', 'csISOLatin1', 'ascii', 'us-ascii', '646', 'ANSI_X3.4-1968', 'windows-1252', '1252']
for i, name in enumerate(names):
    print(name, ascii(__import__('spell_%02d' % i).word))
