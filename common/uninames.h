/* uninames.h -- the Unicode character names: "\N{BULLET}" in a str
 * literal, and unicodedata.lookup()/name(). The table is generated
 * (common/uninames.c, by scripts/gen_uninames.py, from CPython 3.11's own
 * names); common/uniname.c reads it. Lesson 2 (the pipeline). */
#ifndef MINIPY_UNINAMES_H
#define MINIPY_UNINAMES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct UniNameRun {      /* names made by rule: PREFIX-XXXX for first..last */
    const char *prefix;
    uint32_t first, last;
} UniNameRun;

extern const char uni_name_words[];
extern const unsigned int uni_name_word_count;
extern const unsigned char uni_name_data[];
extern const unsigned long uni_name_data_len, uni_name_names_len;
extern const UniNameRun uni_name_runs[];
extern const unsigned int uni_name_run_count;

/* The code point named [name] ([len] bytes; ASCII letters in any case, as
 * CPython accepts them), aliases included, or -1 when no character has
 * that name. [with_aliases]: false for unicodedata.name()'s inverse checks. */
int32_t uni_lookup_name(const char *name, size_t len, bool with_aliases);

/* The name of [cp] into [buf] (NUL-terminated; a name is at most 88
 * bytes): true, or false when [cp] has none. */
bool uni_name_of(uint32_t cp, char *buf, size_t cap);

#endif
