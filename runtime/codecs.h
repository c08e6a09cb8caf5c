/* codecs.h -- between str and bytes: str.encode() and bytes.decode().
 *
 * Lesson 2 (the pipeline) begins with bytes becoming text; this is the same
 * step at run time. Text is code points, bytes are numbers 0..255, and an
 * encoding is the rule between them: utf-8 (every code point, 1 to 4
 * bytes), ascii (below 128), latin-1 (below 256, one byte each) and cp1252
 * are the ones minipy has. The names are looked up as codecs.lookup() does
 * (common/srcenc.c); the error handlers are CPython's.
 */
#ifndef MINIPY_CODECS_H
#define MINIPY_CODECS_H

#include "object.h"

/* [str].encode([encoding], [errors]) (NULL: "utf-8", "strict"): a new
 * bytes, or NULL with LookupError or UnicodeEncodeError. */
Object *codec_encode(ThreadState *ts, Object *str, const char *encoding, const char *errors);
/* The [size] bytes at [data] decoded: a new str, or NULL with LookupError
 * or UnicodeDecodeError. */
Object *codec_decode(ThreadState *ts, const char *data, size_t size, const char *encoding,
                     const char *errors);
/* The (encoding, errors) arguments of encode, decode, bytes() and str() as
 * C strings, each NULL when not given; TypeError "decode() argument
 * 'encoding' must be str, not int" naming [fname]. 0 or -1. */
int codec_args(ThreadState *ts, const char *fname, Object *encoding, Object *errors,
               const char **enc, const char **err);

#endif
