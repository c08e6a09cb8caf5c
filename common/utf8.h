/* utf8.h -- UTF-8 decoding, encoding and validation.
 *
 * Lesson 2 (the pipeline): source text is UTF-8 and columns are counted in
 * bytes (CPython's col_offset) but reported in characters (SyntaxError
 * offsets); these helpers convert between the two. Pure C.
 */
#ifndef MINIPY_UTF8_H
#define MINIPY_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Decode the code point at [s][*pos] (at most [len] bytes in all) and advance
 * [*pos] past it. Returns -1 (advancing by one byte) on an invalid sequence:
 * overlong forms, surrogates, values above U+10FFFF and truncated input. */
int32_t utf8_decode(const char *s, size_t len, size_t *pos);
/* Like utf8_decode, but accepts encoded surrogates (U+D800..U+DFFF), which
 * minipy uses inside str constants such as '\ud800' (CPython's strings can
 * hold lone surrogates). */
int32_t utf8_decode_lenient(const char *s, size_t len, size_t *pos);
/* Write [cp] as 1 to 4 bytes into [out] and return the count (surrogates are
 * encoded like any other code point; returns 0 for cp > 0x10FFFF). */
int utf8_encode(uint32_t cp, char out[4]);
/* True if [s] is valid UTF-8; otherwise false with [*bad_pos] (if not NULL)
 * set to the offset of the first invalid byte. */
bool utf8_validate(const char *s, size_t len, size_t *bad_pos);
/* Number of code points in [s]: the bytes that are not continuation bytes
 * (so a column in bytes becomes a column in characters). */
size_t utf8_count_chars(const char *s, size_t len);

#endif
