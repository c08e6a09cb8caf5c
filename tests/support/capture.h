/* capture.h -- catching what an in-process run writes to its standard
 * files: fd 1 and 2 pointed at in-memory files for the length of a run,
 * then read back as text. Shared by the unit tests and run_traced. */
#ifndef MINIPY_CAPTURE_H
#define MINIPY_CAPTURE_H

#include <stddef.h>

/* A new in-memory file opened for appending, or -1. Appending matters when
 * a program forks: the child shares the file and its offset, and two lines
 * written at once by parent and child would otherwise land at the same
 * offset, one overwriting the other. */
int capture_file(const char *name);

/* The whole of [fd] as a malloc'd, NUL-terminated text; its length in
 * *len when [len] is not NULL. Aborts when memory runs out. */
char *capture_text(int fd, size_t *len);

typedef struct {
    int out, err;              /* the files caught in */
    int saved_out, saved_err;  /* fd 1 and 2 as they were */
} Capture;

/* Flush stdio and point fd 1 at [stdout_fd] (a new capture_file when it is
 * -1; the capture owns it either way) and fd 2 at a new capture_file. */
void capture_begin(Capture *c, int stdout_fd);
/* Flush stdio, put fd 1 and 2 back, and hand over the texts caught
 * (malloc'd, for the caller to free; [out] may be NULL to drop stdout). */
void capture_end(Capture *c, char **out, char **err);

#endif
