/* nfkc.h -- identifiers in Normalization Form KC (PEP 3131).
 *
 * Lesson 2 (the pipeline): Python reads `ﬁ` (one ligature character) and
 * `fi` as the same name, and `ℌ` as `H`: the parser turns every identifier
 * into its NFKC form, as CPython's does, so `ﬁ = 1; print(fi)` prints 1.
 * The algorithm and why it needs more than a table per character are in
 * nfkc.c. Pure C, no runtime objects.
 */
#ifndef MINIPY_NFKC_H
#define MINIPY_NFKC_H

#include <stddef.h>

/* The NFKC form of the [len] bytes of valid UTF-8 at [s]: 1, with *out a
 * NUL-terminated block of common/rawmem.h (rawmem_free it) and its length
 * in *out_len; 0 and *out NULL when [s] is in NFKC already (an ASCII
 * identifier, and most others: UAX #15's quick check says so without
 * normalizing); -1 when there was no memory. */
int uni_nfkc(const char *s, size_t len, char **out, size_t *out_len);

#endif
