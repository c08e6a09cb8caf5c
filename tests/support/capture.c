/* capture.c -- in-memory standard files for in-process runs (capture.h). */
#include "capture.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

int capture_file(const char *name) {
    int fd = memfd_create(name, 0);
    if (fd >= 0 && fcntl(fd, F_SETFL, O_APPEND) != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

char *capture_text(int fd, size_t *len) {
    off_t size = lseek(fd, 0, SEEK_END);
    if (size < 0) size = 0;
    char *s = malloc((size_t)size + 1);
    if (!s) abort();
    ssize_t got = pread(fd, s, (size_t)size, 0);
    size_t n = got > 0 ? (size_t)got : 0;
    s[n] = 0;
    if (len) *len = n;
    return s;
}

void capture_begin(Capture *c, int stdout_fd) {
    c->out = stdout_fd >= 0 ? stdout_fd : capture_file("stdout");
    c->err = capture_file("stderr");
    if (c->out < 0 || c->err < 0) {
        perror("capture_begin");
        abort();
    }
    fflush(stdout);
    fflush(stderr);
    c->saved_out = dup(1);
    c->saved_err = dup(2);
    dup2(c->out, 1);
    dup2(c->err, 2);
}

void capture_end(Capture *c, char **out, char **err) {
    fflush(stdout);
    fflush(stderr);
    clearerr(stdout);
    dup2(c->saved_out, 1);
    dup2(c->saved_err, 2);
    close(c->saved_out);
    close(c->saved_err);
    if (out) *out = capture_text(c->out, NULL);
    *err = capture_text(c->err, NULL);
    close(c->out);
    close(c->err);
}
