#!/usr/bin/env python3
"""gen_uninames.py -- write common/uninames.c, the Unicode character names
behind the "\\N{BULLET}" escape (and unicodedata.lookup/name).

Lesson 2 (the pipeline): the lexer turns "\\N{name}" into a character by
looking the name up here. The names come from the Python that runs this
script (3.11, the reference: Unicode 14.0) through unicodedata.name(), so
minipy agrees with CPython by construction. The aliases CPython also accepts
in "\\N{...}" (NBSP, LINE FEED, the corrections of misspelt names) are not
enumerable through unicodedata: their candidates are read from Perl's copy
of the same database (/usr/share/perl/5.*/unicore/Name.pl, Unicode 14.0 as
well), and each is kept only if unicodedata.lookup() maps it to that one
character.

Names that are a prefix and the code point in hex (CJK UNIFIED
IDEOGRAPH-4E00, ...) and the Hangul syllables are made by rule, as CPython
makes them: the script writes the ranges and the jamo tables only.

The table, smallest first:
  - uni_name_words: every word of every name, most frequent first, each
    ended by a NUL;
  - uni_name_data: the names in code point order, each as
      byte 0:  bit 7 set if a 3-byte big-endian code point follows (else it
               is the previous one plus 1); bits 0-6: how many leading
               words it shares with the previous name
      byte 1:  how many words follow
      then each word's index: one byte if < 192, else two (192 + high, low);
  - the aliases, as (code point, name) pairs, after the names, with the
    same encoding but bit 7 always set (they are not in order).

Run:  python3 scripts/gen_uninames.py   (with Python 3.11)
"""
import collections
import glob
import os
import re
import sys
import unicodedata

RULED = re.compile(r'^(CJK UNIFIED IDEOGRAPH|CJK COMPATIBILITY IDEOGRAPH|TANGUT IDEOGRAPH|'
                   r'KHITAN SMALL SCRIPT CHARACTER|NUSHU CHARACTER)-([0-9A-F]+)$')


def ruled_ranges():
    """(prefix, first, last) for each run of names made by rule."""
    runs = []
    for cp in range(0x110000):
        n = unicodedata.name(chr(cp), None)
        m = RULED.match(n) if n else None
        if not m:
            continue
        if runs and runs[-1][0] == m.group(1) and runs[-1][2] == cp - 1:
            runs[-1][2] = cp
        else:
            runs.append([m.group(1), cp, cp])
    return runs


def aliases():
    """(code point, alias) pairs CPython's "\\N{...}" accepts."""
    files = sorted(glob.glob('/usr/share/perl/5.*/unicore/Name.pl'))
    if not files:
        sys.exit('gen_uninames.py: needs Perl\'s unicore/Name.pl (Debian perl-modules) for the aliases')
    text = open(files[-1], encoding='utf-8').read()
    body = text.split("<<'END';\n", 1)[1].split('\nEND\n', 1)[0]
    found = []
    for rec in body.strip().split('\n\n'):
        lines = rec.split('\n')
        if len(lines) != 2 or ' ' in lines[0]:
            continue                       # a named sequence: not for \N
        cp, name = int(lines[0], 16), lines[1]
        if name == unicodedata.name(chr(cp), None):
            continue
        try:
            if unicodedata.lookup(name) == chr(cp):
                found.append((cp, name))
        except KeyError:
            pass
    return sorted(set(found))


def main():
    names = []
    for cp in range(0x110000):
        n = unicodedata.name(chr(cp), None)
        if n and not RULED.match(n) and not n.startswith('HANGUL SYLLABLE '):
            names.append((cp, n))
    extra = aliases()
    counts = collections.Counter(w for _, n in names + extra for w in n.split(' '))
    words = [w for w, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    index = {w: i for i, w in enumerate(words)}
    assert len(words) < 64 * 256

    data = bytearray()

    def put(cp, ws, shared, explicit):
        data.append((0x80 if explicit else 0) | shared)
        data.append(len(ws) - shared)
        if explicit:
            data.extend(cp.to_bytes(3, 'big'))
        for w in ws[shared:]:
            i = index[w]
            if i < 192:
                data.append(i)
            else:
                data.append(192 + (i >> 8))
                data.append(i & 255)

    prev, prev_cp = [], -2
    for cp, n in names:
        ws = n.split(' ')
        shared = 0
        while shared < min(len(prev), len(ws), 127) and prev[shared] == ws[shared]:
            shared += 1
        put(cp, ws, shared, cp != prev_cp + 1)
        prev, prev_cp = ws, cp
    names_len = len(data)
    for cp, n in extra:
        put(cp, n.split(' '), 0, True)

    def c_string(bs, width=76):
        out, line = [], ''
        for b in bs:
            ch = chr(b)
            if b in (0x22, 0x5C):
                piece = '\\' + ch
            elif 0x20 <= b < 0x7F and ch != '?':
                piece = ch
            else:
                piece = '\\%03o' % b
            if len(line) + len(piece) > width:
                out.append('"%s"' % line)
                line = ''
            line += piece
        out.append('"%s"' % line)
        # a digit after an octal escape would join it: the escapes are always three digits
        return '\n    '.join(out)

    word_bytes = b''.join(w.encode('ascii') + b'\0' for w in words)
    runs = ruled_ranges()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, '..', 'common', 'uninames.c')
    with open(path, 'w') as f:
        f.write('/* uninames.c -- GENERATED by scripts/gen_uninames.py from Python %s\n'
                ' * (Unicode %s); do not edit: change the script and run it again.\n'
                ' *\n'
                ' * Lesson 2 (the pipeline): the names of the Unicode characters, for the\n'
                ' * "\\\\N{name}" escape. The layout is explained at the top of the script;\n'
                ' * common/uninames.h is how it is read.\n'
                ' */\n' % (sys.version.split()[0], unicodedata.unidata_version))
        f.write('#include "uninames.h"\n\n')
        f.write('/* %d words */\n' % len(words))
        f.write('const char uni_name_words[%d] =\n    %s;\n\n' % (len(word_bytes), c_string(word_bytes)))
        f.write('const unsigned int uni_name_word_count = %d;\n\n' % len(words))
        f.write('/* %d names (%d bytes), then %d aliases */\n' % (len(names), names_len, len(extra)))
        f.write('const unsigned char uni_name_data[%d] =\n    %s;\n\n' % (len(data), c_string(data)))
        f.write('const unsigned long uni_name_data_len = %d, uni_name_names_len = %d;\n\n' % (len(data), names_len))
        f.write('const UniNameRun uni_name_runs[%d] = {\n' % len(runs))
        for prefix, first, last in runs:
            f.write('    {"%s-", 0x%X, 0x%X},\n' % (prefix, first, last))
        f.write('};\n\nconst unsigned int uni_name_run_count = %d;\n' % len(runs))
    print('wrote', os.path.normpath(path), len(words), 'words,', len(names), 'names,', len(extra), 'aliases,',
          len(runs), 'runs')


if __name__ == '__main__':
    main()
