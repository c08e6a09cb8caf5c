/* source.c -- source files, read once (runtime/source.h).
 *
 * Lesson 2 (the pipeline) starts here: the bytes of a .py file. The cache
 * is a list of files, each with its text and where each line starts,
 * found when the file is first read; a program has few files, so a list
 * searched by name is enough.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "source.h"
#include "interp.h"
#include "common/strbuf.h"

typedef struct SourceFile {
    struct SourceFile *next;
    char *path;
    char *text;                   /* NULL: the file could not be read */
    size_t len;
    int error;                    /* errno of the failed read */
    size_t *starts;               /* byte offset where each line starts */
    size_t nlines;
} SourceFile;

char *source_read_stream(FILE *f, size_t *len) {
    StrBuf b;
    strbuf_init(&b);
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) strbuf_append(&b, chunk, n);
    if (ferror(f)) {
        strbuf_free(&b);
        errno = EIO;
        return NULL;
    }
    if (!b.data) strbuf_append(&b, "", 0);
    *len = b.len;
    return strbuf_detach(&b);
}

static char *read_whole(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *text = source_read_stream(f, len);
    int error = errno;
    fclose(f);
    errno = error;
    return text;
}

/* Lines end at '\n' (a '\r' before it is part of the ending). */
static void index_lines(SourceFile *sf) {
    size_t n = 1;
    for (size_t i = 0; i < sf->len; i++)
        if (sf->text[i] == '\n' && i + 1 < sf->len) n++;
    sf->starts = malloc(n * sizeof(size_t));
    if (!sf->starts) fatal_error("out of memory");
    sf->starts[0] = 0;
    sf->nlines = sf->len ? 1 : 0;
    for (size_t i = 0; i < sf->len; i++)
        if (sf->text[i] == '\n' && i + 1 < sf->len) sf->starts[sf->nlines++] = i + 1;
}

static SourceFile *find(Interp *interp, const char *path) {
    if (!path || path[0] == '<') return NULL;
    for (SourceFile *sf = interp->sources; sf; sf = sf->next) {
        if (strcmp(sf->path, path) != 0) continue;
        if (!sf->text && (sf->text = read_whole(path, &sf->len))) index_lines(sf);   /* it may exist now */
        return sf;
    }
    SourceFile *sf = calloc(1, sizeof(SourceFile));
    if (!sf || !(sf->path = strdup(path))) fatal_error("out of memory");
    sf->text = read_whole(path, &sf->len);
    if (sf->text) index_lines(sf);
    else sf->error = errno;
    sf->next = interp->sources;
    interp->sources = sf;
    return sf;
}

const char *source_text(Interp *interp, const char *path, size_t *len) {
    SourceFile *sf = find(interp, path);
    if (!sf || !sf->text) {
        errno = sf ? sf->error : ENOENT;
        return NULL;
    }
    *len = sf->len;
    return sf->text;
}

const char *source_line(Interp *interp, const char *path, int lineno, size_t *len) {
    SourceFile *sf = find(interp, path);
    if (!sf || !sf->text || lineno < 1 || (size_t)lineno > sf->nlines) return NULL;
    size_t start = sf->starts[lineno - 1];
    size_t end = (size_t)lineno < sf->nlines ? sf->starts[lineno] : sf->len;
    if (end > start && sf->text[end - 1] == '\n') end--;
    if (end > start && sf->text[end - 1] == '\r') end--;
    *len = end - start;
    return sf->text + start;
}

void source_forget(Interp *interp, const char *path) {
    for (SourceFile *sf = interp->sources; sf; sf = sf->next)
        if (strcmp(sf->path, path) == 0) sf->path[0] = '\0';   /* no path is "": never found again */
}

void source_cache_free(Interp *interp) {
    while (interp->sources) {
        SourceFile *sf = interp->sources;
        interp->sources = sf->next;
        free(sf->path);
        free(sf->text);
        free(sf->starts);
        free(sf);
    }
}
