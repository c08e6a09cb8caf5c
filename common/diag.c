/* diag.c -- the single sink for compile-time errors (see diag.h).
 *
 * Lesson 2 (the pipeline): every stage reports a SyntaxError here; only the
 * first one is kept (clox's panic mode), so follow-on errors never hide the
 * real one. Locations arrive as AST-style byte columns and leave as
 * CPython-style 1-based character offsets, with a copy of the source line.
 */
#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"
#include "rawmem.h"

/* Start of 1-based line [lineno] in [src], or NULL if there is no such line.
 * [*line_len] gets the length including the newline. */
static const char *find_line(const char *src, size_t len, int lineno,
                             size_t *line_len)
{
    if (!src || lineno < 1)
        return NULL;
    size_t pos = 0;
    for (int l = 1; l < lineno; l++) {
        const char *nl = memchr(src + pos, '\n', len - pos);
        if (!nl)
            return NULL;
        pos = (size_t)(nl - src) + 1;
    }
    if (pos > len || (pos == len && lineno > 1))
        return NULL;
    const char *nl = memchr(src + pos, '\n', len - pos);
    *line_len = nl ? (size_t)(nl - (src + pos)) + 1 : len - pos;
    return src + pos;
}

/* 1-based character offset of byte column [col] on line [lineno]. */
static int char_offset(const char *src, size_t len, int lineno, int col)
{
    size_t line_len;
    const char *line = find_line(src, len, lineno, &line_len);
    if (!line || col < 0)
        return col + 1;
    size_t n = (size_t)col;
    if (n > line_len)       /* past the end: count the extra bytes as chars */
        return (int)(utf8_count_chars(line, line_len) + (n - line_len)) + 1;
    return (int)utf8_count_chars(line, n) + 1;
}

void syntax_error(Diag *diag, DiagKind kind, const char *src, size_t len,
                  int lineno, int col, int end_lineno, int end_col,
                  const char *fmt, ...)
{
    if (diag->set)
        return;
    diag->set = true;
    diag->kind = kind;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(diag->msg, sizeof diag->msg, fmt, ap);
    va_end(ap);
    diag->lineno = lineno;
    diag->offset = lineno > 0 ? char_offset(src, len, lineno, col) : 0;
    if (end_col < 0 || end_lineno <= 0) {
        diag->end_lineno = end_lineno > 0 ? end_lineno : 0;
        diag->end_offset = 0;
    } else {
        diag->end_lineno = end_lineno;
        diag->end_offset = char_offset(src, len, end_lineno, end_col);
    }
    rawmem_free(diag->text);
    diag->text = NULL;
    size_t line_len;
    const char *line = find_line(src, len, lineno, &line_len);
    if (line) {
        diag->text = rawmem_alloc(line_len + 1);
        if (!diag->text) {
            diag_no_memory(diag);
            return;
        }
        memcpy(diag->text, line, line_len);
        diag->text[line_len] = '\0';
    }
}

void diag_too_deep(Diag *diag, DiagKind kind)
{
    if (diag->set)
        return;
    diag->set = true;
    diag->kind = kind;
    snprintf(diag->msg, sizeof diag->msg, "%s", kind == DIAG_RECURSION
             ? "maximum recursion depth exceeded during compilation" : "");
    diag->lineno = diag->offset = diag->end_lineno = diag->end_offset = 0;
    rawmem_free(diag->text);
    diag->text = NULL;
}

void diag_no_memory(Diag *diag)
{
    diag_clear(diag);
    diag->set = true;
    diag->no_memory = true;
    snprintf(diag->msg, sizeof diag->msg, "out of memory");
}

void diag_clear(Diag *diag)
{
    rawmem_free(diag->text);
    diag->text = NULL;
    diag->set = false;
    diag->incomplete = false;
    diag->whole_line = false;
    diag->line_zero = false;
    diag->compile_stage = false;
    diag->no_memory = false;
    diag->end_offset_known = false;
    diag->msg[0] = '\0';
    diag->lineno = diag->offset = diag->end_lineno = diag->end_offset = 0;
}

const char *diag_kind_name(DiagKind kind)
{
    switch (kind) {
    case DIAG_INDENTATION: return "IndentationError";
    case DIAG_TAB: return "TabError";
    case DIAG_MEMORY: return "MemoryError";
    case DIAG_RECURSION: return "RecursionError";
    default: return "SyntaxError";
    }
}
