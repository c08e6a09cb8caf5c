/* srcenc.h -- the encoding of a source file: PEP 263's coding cookie.
 *
 * Lesson 2 (the pipeline) starts with bytes, and the bytes become text
 * before the first token: UTF-8, unless a comment on the first or second
 * line names another encoding (`# -*- coding: latin-1 -*-`). minipy decodes
 * UTF-8, latin-1 (and its aliases), ascii and cp1252; it knows the names of
 * all of CPython 3.11's text encodings (common/encodings.c, generated), and
 * for the others says that it cannot decode them. Pure C, no runtime
 * objects.
 */
#ifndef MINIPY_SRCENC_H
#define MINIPY_SRCENC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "diag.h"

/* Where source bytes come from decides CPython's messages. */
typedef enum {
    SOURCE_TEXT,    /* a str (exec("..."), -c): UTF-8 already; a cookie is only a
                       comment, as for CPython's compile() of a str */
    SOURCE_FILE,    /* a file or a pipe the command line runs: CPython's file
                       tokenizer ("encoding problem: ...", no location) */
    SOURCE_MODULE   /* a module's file an import reads: CPython's compile() of
                       bytes ("unknown encoding: ...", at line 0 of the file) */
} SourceKind;

/* How minipy decodes an encoding (scripts/gen_encodings.py). */
typedef enum { SRCENC_UTF8, SRCENC_UTF8_SIG, SRCENC_LATIN1, SRCENC_ASCII, SRCENC_CP1252, SRCENC_OTHER } SrcEncKind;
typedef struct { const char *name; SrcEncKind kind; } SrcEncName;
extern const SrcEncName srcenc_names[];      /* sorted by name */
extern const int srcenc_nnames;
extern const uint16_t srcenc_cp1252_high[32];

/* Read the coding cookie and the BOM of the [len] bytes at [src] (of
 * [kind] SOURCE_FILE or SOURCE_MODULE) and decode them. When they are to
 * be read as UTF-8 (no cookie, a UTF-8 one), *out is NULL: the caller
 * checks them (and drops a BOM). Otherwise *out is the text as UTF-8,
 * *out_len bytes, NUL-terminated, a block of common/rawmem.h for the
 * caller to rawmem_free. Returns false with [diag] set, CPython's message
 * for [kind], when the cookie contradicts the BOM, names no encoding (or
 * one minipy cannot decode), or the bytes do not decode; and with [diag]
 * no_memory when memory ran out. */
bool srcenc_decode(const char *src, size_t len, SourceKind kind, char **out,
                   size_t *out_len, Diag *diag);

/* How minipy decodes the encoding [name] (any spelling codecs.lookup()
 * accepts: "UTF8", "latin_1", "ISO-8859-1"): 1 and *kind; 0 if CPython
 * knows no text encoding of that name; -1 when there was no memory.
 * str.encode and bytes.decode use it too. */
int srcenc_lookup(const char *name, SrcEncKind *kind);
/* Why CPython's UTF-8 decoder stops at [s][i] of [len] bytes: "invalid
 * start byte", "invalid continuation byte", "unexpected end of data", or
 * NULL if a valid sequence starts there. */
const char *srcenc_utf8_reason(const unsigned char *s, size_t len, size_t i);

#endif
