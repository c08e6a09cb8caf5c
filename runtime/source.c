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
#include "common/srcenc.h"
#include "common/strbuf.h"

typedef struct SourceFile {
    struct SourceFile *next;
    char *path;
    char *text;                   /* NULL: the file could not be read */
    size_t len;
    int error;                    /* errno of the failed read */
    char *decoded;                /* the text as UTF-8 when its coding cookie
                                     names another encoding, else NULL */
    size_t decoded_len;
    size_t *starts;               /* byte offset where each line starts (in
                                     the decoded text if there is one) */
    size_t nlines;
} SourceFile;

char *source_read_stream(FILE *f, size_t *len) {
    StrBuf b;
    strbuf_init(&b);
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) strbuf_append(&b, chunk, n);
    if (ferror(f) || b.failed) {
        errno = b.failed ? ENOMEM : EIO;
        strbuf_free(&b);
        return NULL;
    }
    if (!b.data) strbuf_append(&b, "", 0);
    *len = b.len;
    char *text = strbuf_detach(&b);
    if (!text) errno = ENOMEM;
    return text;
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

/* The text lines are shown from: decoded as Python's linecache decodes
 * a file, by its coding cookie (PEP 263). */
static const char *shown_text(const SourceFile *sf, size_t *len) {
    *len = sf->decoded ? sf->decoded_len : sf->len;
    return sf->decoded ? sf->decoded : sf->text;
}

/* Without memory for the decoded text or the index of lines, the text is
 * let go again (ENOMEM). */
static void no_memory(SourceFile *sf) {
    rawmem_free(sf->text);
    rawmem_free(sf->decoded);
    sf->text = sf->decoded = NULL;
    sf->error = ENOMEM;
}

/* Lines end at '\n' (a '\r' before it is part of the ending). */
static void index_lines(SourceFile *sf) {
    Diag d = {0};
    if (!srcenc_decode(sf->text, sf->len, SOURCE_FILE, &sf->decoded, &sf->decoded_len, &d)) {
        bool memory = d.no_memory;
        diag_clear(&d);             /* the compiler reports it; show the bytes */
        if (memory) {
            no_memory(sf);
            return;
        }
    }
    size_t len;
    const char *text = shown_text(sf, &len);
    size_t n = 1;
    for (size_t i = 0; i < len; i++)
        if (text[i] == '\n' && i + 1 < len) n++;
    sf->starts = rawmem_alloc(n * sizeof(size_t));
    if (!sf->starts) {
        no_memory(sf);
        return;
    }
    sf->starts[0] = 0;
    sf->nlines = len ? 1 : 0;
    for (size_t i = 0; i < len; i++)
        if (text[i] == '\n' && i + 1 < len) sf->starts[sf->nlines++] = i + 1;
}

static SourceFile *find(Interp *interp, const char *path) {
    if (!path || !path[0]) return NULL;
    for (SourceFile *sf = interp->sources; sf; sf = sf->next) {
        if (strcmp(sf->path, path) != 0) continue;
        if (path[0] == '<') return sf;               /* given by source_remember() */
        if (!sf->text && (sf->text = read_whole(path, &sf->len))) index_lines(sf);   /* it may exist now */
        return sf;
    }
    if (path[0] == '<') return NULL;                 /* "<string>" is never a file */
    SourceFile *sf = rawmem_calloc(1, sizeof(SourceFile));
    if (sf && !(sf->path = rawmem_strdup(path))) {
        rawmem_free(sf);
        sf = NULL;
    }
    if (!sf) {
        errno = ENOMEM;
        return NULL;
    }
    sf->text = read_whole(path, &sf->len);
    if (sf->text) index_lines(sf);
    else sf->error = errno;
    sf->next = interp->sources;
    interp->sources = sf;
    return sf;
}

const char *source_text(Interp *interp, const char *path, size_t *len) {
    errno = ENOENT;
    SourceFile *sf = find(interp, path);
    if (!sf || !sf->text) {
        if (sf) errno = sf->error;
        return NULL;
    }
    *len = sf->len;
    return sf->text;
}

const char *source_line(Interp *interp, const char *path, int lineno, size_t *len) {
    SourceFile *sf = find(interp, path);
    if (!sf || !sf->text || lineno < 1 || (size_t)lineno > sf->nlines) return NULL;
    size_t text_len;
    const char *text = shown_text(sf, &text_len);
    size_t start = sf->starts[lineno - 1];
    size_t end = (size_t)lineno < sf->nlines ? sf->starts[lineno] : text_len;
    if (end > start && text[end - 1] == '\n') end--;
    if (end > start && text[end - 1] == '\r') end--;
    *len = end - start;
    return text + start;
}

const char *source_line_bytes(Interp *interp, const char *path, int lineno, size_t *len) {
    SourceFile *sf = find(interp, path);
    if (!sf || !sf->decoded) return source_line(interp, path, lineno, len);
    const char *p = sf->text, *end = sf->text + sf->len;
    for (int l = 1; l < lineno && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        p = nl ? nl + 1 : end;
    }
    if (lineno < 1 || p >= end) return NULL;
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
    if (n && p[n - 1] == '\r') n--;
    *len = n;
    return p;
}

int source_remember(Interp *interp, const char *name, const char *text, size_t len) {
    source_forget(interp, name);
    SourceFile *sf = rawmem_calloc(1, sizeof(SourceFile));
    if (!sf) return -1;
    sf->path = rawmem_strdup(name);
    sf->text = rawmem_alloc(len + 1);
    if (!sf->path || !sf->text) {
        rawmem_free(sf->path);
        rawmem_free(sf->text);
        rawmem_free(sf);
        return -1;
    }
    memcpy(sf->text, text, len);
    sf->text[len] = '\0';
    sf->len = len;
    index_lines(sf);
    if (!sf->text) {                                 /* no memory for the index */
        rawmem_free(sf->path);
        rawmem_free(sf);
        return -1;
    }
    sf->next = interp->sources;
    interp->sources = sf;
    return 0;
}

void source_forget(Interp *interp, const char *path) {
    for (SourceFile *sf = interp->sources; sf; sf = sf->next)
        if (strcmp(sf->path, path) == 0) sf->path[0] = '\0';   /* no path is "": never found again */
}

void source_cache_free(Interp *interp) {
    while (interp->sources) {
        SourceFile *sf = interp->sources;
        interp->sources = sf->next;
        rawmem_free(sf->path);
        rawmem_free(sf->text);
        rawmem_free(sf->decoded);
        rawmem_free(sf->starts);
        rawmem_free(sf);
    }
}
