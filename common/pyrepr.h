/* pyrepr.h -- Python's repr() of floats, str and bytes, in plain C.
 *
 * Lesson 2 (the pipeline): `--ast` prints constants the way CPython's
 * ast.dump() does, which is repr(); the runtime reuses these for the repr of
 * its float, str and bytes objects, so there is a single implementation.
 */
#ifndef MINIPY_PYREPR_H
#define MINIPY_PYREPR_H

#include <stdbool.h>
#include <stddef.h>

#include "strbuf.h"

/* Write repr([v]) into [buf] (NUL-terminated, at most [cap] bytes; 32 is
 * always enough): the shortest digits that read back as [v], in fixed
 * notation for 1e-4 <= |v| < 1e16 and exponent notation otherwise, "inf",
 * "-inf", "nan", "-0.0". Returns the length written. */
int pyrepr_double(double v, char *buf, size_t cap);
/* pyrepr_double() without the ".0" of an integral value: "1", "-0",
 * "1.5", "1e+20", "inf", "nan" -- how the parts of a complex are written
 * (repr(1+2j) is "(1+2j)", an imaginary literal's constant "2j"). */
int pyrepr_double_bare(double v, char *buf, size_t cap);
/* The digits of repr([v]) for a finite [v] > 0: writes the shortest
 * digit string that reads back as [v] (at most 17 digits, no NUL) into
 * [digits] and returns its length; [v] is about 0.DIGITS * 10**[*decpt].
 * format() lays them out for the empty presentation type. */
int pyrepr_shortest_digits(double v, char digits[17], int *decpt);
/* Append repr() of the str whose UTF-8 (lone surrogates allowed) is [utf8]
 * [len]: quotes chosen as Python does, non-printable code points escaped as
 * \xhh, \uhhhh or \Uhhhhhhhh. */
void pyrepr_str(StrBuf *out, const char *utf8, size_t len);
/* Append repr() of the bytes [s] [len]: b'...' with \xhh escapes. */
void pyrepr_bytes(StrBuf *out, const char *s, size_t len);
/* pyrepr_bytes, escaping every ' when [always_escape_sq]: bytearray's
 * repr does, even inside double quotes (bytearray(b"\'")), as CPython's. */
void pyrepr_bytes_quoting(StrBuf *out, const char *s, size_t len, bool always_escape_sq);

#endif
