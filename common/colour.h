/* colour.h -- colour on a terminal: the one palette and the one decision,
 * shared by the narration (trace/text.c), tracebacks (runtime/traceback.c)
 * and --dis (vm/dis.c).
 *
 * Colour is only ever added around text, never instead of it: with the
 * escape sequences stripped, coloured output is byte for byte the plain
 * output. A line is built as plain text first, with its coloured parts
 * recorded as byte ranges (ColourMarks); colour_write() then puts the
 * escapes in while writing it. Widths are measured on the plain text, so
 * escapes never count as columns.
 *
 * The palette is small and restrained, for a projector as much as for a
 * terminal: bold, dim, and four of the eight basic colours (blue, green,
 * magenta, red), which read on dark and light backgrounds alike. No
 * yellow or cyan (lost on white), no bright variants, no backgrounds.
 */
#ifndef MINIPY_COMMON_COLOUR_H
#define MINIPY_COMMON_COLOUR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "strbuf.h"

/* --color=auto|always|never. AUTO (the default): colour when the stream is
 * a terminal, NO_COLOR is unset or empty (no-color.org) and TERM is not
 * "dumb". ALWAYS wins over NO_COLOR, as no-color.org asks of a command-line
 * option. */
typedef enum ColourMode { COLOUR_AUTO, COLOUR_ALWAYS, COLOUR_NEVER } ColourMode;

/* What a piece of text is; each role has one look. */
typedef enum ColourRole {
    COLOUR_NONE,
    COLOUR_LABEL,                 /* blue: the narration's category column, headings */
    COLOUR_NAME,                  /* bold: identifiers, function names, opcode names */
    COLOUR_VALUE,                 /* green: values, constants */
    COLOUR_ERROR,                 /* bold red: exceptions, carets, errors */
    COLOUR_PLACE,                 /* magenta: file and line, offsets, line numbers */
    COLOUR_QUIET,                 /* dim: explanations a reader can skip */
    COLOUR_ROLES
} ColourRole;

/* The escape that starts [role] ("" for COLOUR_NONE), and the one that ends any. */
const char *colour_start(ColourRole role);
#define COLOUR_END "\033[0m"

/* Handle a --color option in [arg]: 1 if it was one (and set [*mode]), 0
 * if [arg] is another option, -1 with the reason in [err] for a bad value. */
int colour_parse_option(const char *arg, ColourMode *mode, char *err, size_t errlen);
/* Should output to [f] be coloured under [mode]? Decided per stream: the
 * narration on stderr, --dis on stdout and a --trace-out file each ask. */
bool colour_wanted(ColourMode mode, FILE *f);

/* The coloured parts of one line: byte ranges [from, to) of its plain text.
 * A fixed number, so marking never allocates; beyond it, text stays plain. */
#define COLOUR_MAX_MARKS 24
typedef struct ColourMark {
    uint32_t from, to;
    uint8_t role;
} ColourMark;
typedef struct ColourMarks {
    int n;
    ColourMark mark[COLOUR_MAX_MARKS];
} ColourMarks;

static inline void colour_clear(ColourMarks *m) { m->n = 0; }
/* Colour bytes [from, to) of the line as [role]. Marks may come in any
 * order; where two overlap, the one that starts first wins. */
void colour_mark(ColourMarks *m, size_t from, size_t to, ColourRole role);
/* Append [len] bytes of [text] to [out], with the escapes of [m] around
 * its marked parts (a mark past [len] is cut at [len]). */
void colour_render(StrBuf *out, const char *text, size_t len, const ColourMarks *m);
/* Write [text] to [f] the same way (no allocation). */
void colour_write(FILE *f, const char *text, size_t len, const ColourMarks *m);
/* Write [text] to [f] in [role] when [on], else plain. */
void colour_fputs(FILE *f, bool on, ColourRole role, const char *text);

#endif
