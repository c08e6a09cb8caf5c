/* strlit.h -- decoding the escapes of string and bytes literals.
 *
 * Lesson 2 (the pipeline): the scanner only finds where a literal ends;
 * the parser asks this module what the literal means, as CPython's
 * string_parser.c does after its tokenizer.
 */
#ifndef MINIPY_STRLIT_H
#define MINIPY_STRLIT_H

#include <stdbool.h>
#include <stddef.h>

#include "common/strbuf.h"

/* The parts of a literal token: prefix flags, quote size, body. */
typedef struct {
    bool raw, bytes, fstring, u;
    int quote_size;         /* 1 or 3 */
    const char *body;       /* between the quotes */
    size_t body_len;
} LexStrParts;

/* Split the token text [s] [len] (prefix, quotes, body). */
void lex_str_parts(const char *s, size_t len, LexStrParts *parts);
/* Append the value of [body] [len] (escapes decoded unless [raw]) to [out]:
 * UTF-8 for str (lone surrogates from \ud800 escapes encoded like other
 * code points), raw bytes for bytes. Returns false with CPython's message
 * in [err] (e.g. "(unicode error) 'unicodeescape' codec can't decode bytes
 * in position 0-2: truncated \xXX escape"). */
bool lex_decode_literal(StrBuf *out, const char *body, size_t len, bool raw,
                        bool bytes, char *err, size_t errcap);

#endif
