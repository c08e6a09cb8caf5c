"""Base16, Base32, Base64 (RFC 3548), Base85 and Ascii85 data encodings

base64: bytes written with a small alphabet of printable characters and
read back, as CPython 3.11's module (issue 17). Base64 and Base16 go
through binascii (runtime/mod_binascii.c); Base32, Base85 and Ascii85 are
written here, each a loop over groups of bytes read as one big-endian int
(5 bytes make 8 base-32 digits, 4 bytes make 5 base-85 digits).

What and how it raises is CPython's: binascii.Error for bad data,
TypeError and ValueError with the same words for bad arguments, and the
same chaining (`from None` where CPython's code raises from None). Not here:
main() and test(), the `python -m base64` command line.
"""

import binascii
import struct

__all__ = [
    'encode', 'decode', 'encodebytes', 'decodebytes',
    'b64encode', 'b64decode', 'b32encode', 'b32decode',
    'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
    'b85encode', 'b85decode', 'a85encode', 'a85decode',
    'standard_b64encode', 'standard_b64decode',
    'urlsafe_b64encode', 'urlsafe_b64decode',
]

bytes_types = (bytes, bytearray)  # Types acceptable as binary data


def _bytes_from_decode_data(s):
    """What a decoder reads: an ASCII str, or any bytes-like object, as bytes."""
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, bytes_types):
        return s
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII string, not %r"
                        % type(s).__name__) from None


def _as_bytes(s):
    """What an encoder reads: a bytes-like object (TypeError from memoryview otherwise)."""
    return s if isinstance(s, bytes_types) else memoryview(s).tobytes()


# ---- Base64, through binascii -----------------------------------------------

def b64encode(s, altchars=None):
    """Encode the bytes-like object s using Base64 and return a bytes object.

    Optional altchars should be a byte string of length 2 which specifies an
    alternative alphabet for the '+' and '/' characters.  This allows an
    application to e.g. generate url or filesystem safe Base64 strings.
    """
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is None:
        return encoded
    assert len(altchars) == 2, repr(altchars)
    return encoded.translate(bytes.maketrans(b'+/', altchars))


def b64decode(s, altchars=None, validate=False):
    """Decode the Base64 encoded bytes-like object or ASCII string s.

    Optional altchars must be a bytes-like object or ASCII string of length 2
    which specifies the alternative alphabet used instead of the '+' and '/'
    characters.

    The result is returned as a bytes object.  A binascii.Error is raised if
    s is incorrectly padded.

    If validate is False (the default), characters that are neither in the
    normal base-64 alphabet nor the alternative alphabet are discarded prior
    to the padding check.  If validate is True, these non-alphabet characters
    in the input result in a binascii.Error.
    """
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    """Encode bytes-like object s using the standard Base64 alphabet.

    The result is returned as a bytes object.
    """
    return b64encode(s)


def standard_b64decode(s):
    """Decode bytes encoded with the standard Base64 alphabet.

    Argument s is a bytes-like object or ASCII string to decode.  The result
    is returned as a bytes object.  A binascii.Error is raised if the input
    is incorrectly padded.  Characters that are not in the standard alphabet
    are discarded prior to the padding check.
    """
    return b64decode(s)


_to_urlsafe = bytes.maketrans(b'+/', b'-_')
_from_urlsafe = bytes.maketrans(b'-_', b'+/')


def urlsafe_b64encode(s):
    """Encode bytes using the URL- and filesystem-safe Base64 alphabet.

    Argument s is a bytes-like object to encode.  The result is returned as a
    bytes object.  The alphabet uses '-' instead of '+' and '_' instead of
    '/'.
    """
    return b64encode(s).translate(_to_urlsafe)


def urlsafe_b64decode(s):
    """Decode bytes using the URL- and filesystem-safe Base64 alphabet.

    Argument s is a bytes-like object or ASCII string to decode.  The result
    is returned as a bytes object.  A binascii.Error is raised if the input
    is incorrectly padded.  Characters that are not in the URL-safe base-64
    alphabet, and are not a plus '+' or slash '/', are discarded prior to the
    padding check.

    The alphabet uses '-' instead of '+' and '_' instead of '/'.
    """
    return b64decode(_bytes_from_decode_data(s).translate(_from_urlsafe))


# ---- Base32 -------------------------------------------------------------------
#
# Five bytes (40 bits) are eight digits of 5 bits. A last group of 1, 2, 3
# or 4 bytes fills 2, 4, 5 or 7 digits, and '=' makes up the eight: so only
# 6, 4, 3 or 1 pad characters can end valid input.

_b32alphabet = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_b32hexalphabet = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
_b32_pads = {1: 6, 2: 4, 3: 3, 4: 1, 5: 0}         # bytes in a group -> '=' count
_b32_kept = {1: 4, 3: 3, 4: 2, 6: 1}               # '=' count -> bytes of the last group
_b32_values = {}                                    # alphabet -> {digit byte: value}


def _b32encode(alphabet, s):
    s = _as_bytes(s)
    out = bytearray()
    for i in range(0, len(s), 5):
        group = s[i:i + 5]
        value = int.from_bytes(group.ljust(5, b'\0'))
        digits = bytearray(8)
        for k in range(7, -1, -1):
            digits[k] = alphabet[value & 31]
            value >>= 5
        pads = _b32_pads[len(group)]
        if pads:
            digits[8 - pads:] = b'=' * pads
        out += digits
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    values = _b32_values.get(alphabet)
    if values is None:
        values = _b32_values[alphabet] = {c: v for v, c in enumerate(alphabet)}
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        # RFC 3548 2.4: the digit 0 is read as O, 1 as the letter map01 names
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    length = len(s)
    s = s.rstrip(b'=')
    pads = length - len(s)
    out = bytearray()
    value = 0
    for i in range(0, len(s), 8):
        value = 0
        try:
            for c in s[i:i + 8]:
                value = (value << 5) + values[c]
        except KeyError:
            raise binascii.Error('Non-base32 digit found') from None
        out += value.to_bytes(5)
    if pads not in _b32_kept and pads != 0:
        raise binascii.Error('Incorrect padding')
    if pads and out:
        # the last group had 8 - pads digits: shift them into place, keep
        # the bytes they hold
        last = (value << 5 * pads).to_bytes(5)
        out[-5:] = last[:_b32_kept[pads]]
    return bytes(out)


def b32encode(s):
    """
Encode the bytes-like objects using base32 and return a bytes object.
"""
    return _b32encode(_b32alphabet, s)


def b32decode(s, casefold=False, map01=None):
    """
Decode the base32 encoded bytes-like object or ASCII string s.

Optional casefold is a flag specifying whether a lowercase alphabet is
acceptable as input.  For security purposes, the default is False.

RFC 3548 allows for optional mapping of the digit 0 (zero) to the
letter O (oh), and for optional mapping of the digit 1 (one) to
either the letter I (eye) or letter L (el).  The optional argument
map01 when not None, specifies which letter the digit 1 should be
mapped to (when map01 is not None, the digit 0 is always mapped to
the letter O).  For security purposes the default is None, so that
0 and 1 are not allowed in the input.

The result is returned as a bytes object.  A binascii.Error is raised if
the input is incorrectly padded or if there are non-alphabet
characters present in the input.
"""
    return _b32decode(_b32alphabet, s, casefold, map01)


def b32hexencode(s):
    """
Encode the bytes-like objects using base32hex and return a bytes object.
"""
    return _b32encode(_b32hexalphabet, s)


def b32hexdecode(s, casefold=False):
    """
Decode the base32hex encoded bytes-like object or ASCII string s.

Optional casefold is a flag specifying whether a lowercase alphabet is
acceptable as input.  For security purposes, the default is False.

The result is returned as a bytes object.  A binascii.Error is raised if
the input is incorrectly padded or if there are non-alphabet
characters present in the input.
"""
    return _b32decode(_b32hexalphabet, s, casefold)


# ---- Base16 -------------------------------------------------------------------

def b16encode(s):
    """Encode the bytes-like object s using Base16 and return a bytes object.
    """
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode the Base16 encoded bytes-like object or ASCII string s.

    Optional casefold is a flag specifying whether a lowercase alphabet is
    acceptable as input.  For security purposes, the default is False.

    The result is returned as a bytes object.  A binascii.Error is raised if
    s is incorrectly padded or if there are non-alphabet characters present
    in the input.
    """
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    if s.translate(None, b'0123456789ABCDEF'):
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


# ---- Ascii85 and Base85 -------------------------------------------------------
#
# Four bytes, read as a big-endian int below 85**5, are five base-85 digits,
# most significant first. A last group of n < 4 bytes is padded with zero
# bytes, encoded, and cut to n + 1 digits; the decoder pads with the
# highest digit instead and cuts the bytes it made up.

_A85START = b"<~"
_A85END = b"~>"
_a85alphabet = bytes(range(33, 118))                # '!' .. 'u'
_b85alphabet = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")
_b85values = None
# A 32-bit word as 4 bytes: struct.error when it does not fit, which the
# decoders replace (their ValueError keeps it as its hidden context, as
# CPython's do).
_pack_word = struct.Struct('!I').pack


def _85encode(b, alphabet, pad=False, foldnuls=False, foldspaces=False):
    b = _as_bytes(b)
    padding = -len(b) % 4
    if padding:
        b = b + b'\0' * padding
    chunks = []
    for i in range(0, len(b), 4):
        word = int.from_bytes(b[i:i + 4])
        if foldnuls and word == 0:
            chunks.append(b'z')
        elif foldspaces and word == 0x20202020:
            chunks.append(b'y')
        else:
            digits = bytearray(5)
            for k in range(4, -1, -1):
                word, digits[k] = divmod(word, 85)
                digits[k] = alphabet[digits[k]]
            chunks.append(bytes(digits))
    if padding and not pad:
        if chunks[-1] == b'z':
            chunks[-1] = alphabet[:1] * 5
        chunks[-1] = chunks[-1][:-padding]
    return b''.join(chunks)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Encode bytes-like object b using Ascii85 and return a bytes object.

    foldspaces is an optional flag that uses the special short sequence 'y'
    instead of 4 consecutive spaces (ASCII 0x20) as supported by 'btoa'. This
    feature is not supported by the "standard" Adobe encoding.

    wrapcol controls whether the output should have newline (b'\\n') characters
    added to it. If this is non-zero, each output line will be at most this
    many characters long.

    pad controls whether the input is padded to a multiple of 4 before
    encoding. Note that the btoa implementation always pads.

    adobe controls whether the encoded byte sequence is framed with <~ and ~>,
    which is used by the Adobe implementation.
    """
    result = _85encode(b, _a85alphabet, pad, True, foldspaces)
    if adobe:
        result = _A85START + result
    if wrapcol:
        # a line holds at least one character, and the start marker whole
        wrapcol = max(2 if adobe else 1, wrapcol)
        lines = [result[i:i + wrapcol] for i in range(0, len(result), wrapcol)]
        if adobe and len(lines[-1]) + 2 > wrapcol:
            lines.append(b'')                   # the end marker on a line of its own
        result = b'\n'.join(lines)
    if adobe:
        result += _A85END
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """Decode the Ascii85 encoded bytes-like object or ASCII string b.

    foldspaces is a flag that specifies whether the 'y' short sequence should be
    accepted as shorthand for 4 consecutive spaces (ASCII 0x20). This feature is
    not supported by the "standard" Adobe encoding.

    adobe controls whether the input sequence is in Adobe Ascii85 format (i.e.
    is framed with <~ and ~>).

    ignorechars should be a byte string containing characters to ignore from the
    input. This should only contain whitespace characters, and by default
    contains all whitespace characters in ASCII.

    The result is returned as a bytes object.
    """
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(_A85END):
            raise ValueError("Ascii85 encoded byte sequences must end with {!r}".format(_A85END))
        b = b[2:-2] if b.startswith(_A85START) else b[:-2]
    out = bytearray()
    group = []
    # four 'u' (the highest digit) complete a last short group
    for c in b + b'uuuu':
        if 33 <= c <= 117:
            group.append(c - 33)
            if len(group) == 5:
                word = 0
                for v in group:
                    word = word * 85 + v
                try:
                    out += _pack_word(word)
                except struct.error:
                    raise ValueError('Ascii85 overflow') from None
                group = []
        elif c == 122:                          # 'z': four zero bytes
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += b'\0\0\0\0'
        elif foldspaces and c == 121:           # 'y': four spaces
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    padding = 4 - len(group)
    if padding:
        del out[-padding:]
    return bytes(out)


def b85encode(b, pad=False):
    """Encode bytes-like object b in base85 format and return a bytes object.

    If pad is true, the input is padded with b'\\0' so its length is a multiple of
    4 bytes before encoding.
    """
    return _85encode(b, _b85alphabet, pad)


def b85decode(b):
    """Decode the base85-encoded bytes-like object or ASCII string b

    The result is returned as a bytes object.
    """
    global _b85values
    if _b85values is None:
        _b85values = [None] * 256
        for v, c in enumerate(_b85alphabet):
            _b85values[c] = v
    b = _bytes_from_decode_data(b)
    padding = -len(b) % 5
    b = b + b'~' * padding                      # '~': the highest digit
    out = bytearray()
    for i in range(0, len(b), 5):
        word = 0
        try:
            for c in b[i:i + 5]:
                word = word * 85 + _b85values[c]
        except TypeError:                       # None + int: not a digit
            j = next(j for j, c in enumerate(b[i:i + 5]) if _b85values[c] is None)
            raise ValueError('bad base85 character at position %d' % (i + j)) from None
        try:
            out += _pack_word(word)
        except struct.error:
            raise ValueError('base85 overflow in hunk starting at byte %d' % i) from None
    if padding:
        del out[-padding:]
    return bytes(out)


# ---- The legacy interface: MIME's lines of 76 characters ----------------------

MAXLINESIZE = 76  # Excluding the CRLF
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encode(input, output):
    """Encode a file; input and output are binary files."""
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:              # a short read is not the end
            more = input.read(MAXBINSIZE - len(s))
            if not more:
                break
            s += more
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    """Decode a file; input and output are binary files."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))


def _input_type_check(s):
    try:
        m = memoryview(s)
    except TypeError as err:
        raise TypeError("expected bytes-like object, not %s" % type(s).__name__) from err
    if m.format not in ('c', 'b', 'B'):
        raise TypeError("expected single byte elements, not %r from %s" % (m.format, type(s).__name__))
    if m.ndim != 1:
        raise TypeError("expected 1-D data, not %d-D data from %s" % (m.ndim, type(s).__name__))


def encodebytes(s):
    """Encode a bytestring into a bytes object containing multiple lines
    of base-64 data."""
    _input_type_check(s)
    return b"".join(binascii.b2a_base64(s[i:i + MAXBINSIZE]) for i in range(0, len(s), MAXBINSIZE))


def decodebytes(s):
    """Decode a bytestring of base-64 data into a bytes object."""
    _input_type_check(s)
    return binascii.a2b_base64(s)
