/* harness.c -- the process runner and the text helpers shared by the program
 * suite (run_programs.c) and the golden listings (run_golden.c).
 *
 * Start reading at harness_run(). A child is started with fork/exec because
 * it needs four things posix_spawn does not give portably in one call: its
 * own working directory, its own process group (so a timeout kills whatever
 * it started too), no core dumps, and a way to tell the parent exactly why
 * exec failed. That last one is the classic close-on-exec pipe: the child
 * writes errno into it only if exec fails; if exec succeeds the pipe closes
 * and the parent reads end-of-file.
 *
 * stdout and stderr come back on two pipes read with poll(), so a child that
 * fills one pipe while the parent waits on the other cannot deadlock.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "harness.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* A child that prints more than this on one stream is killed: a runaway
 * print loop should fail one test, not eat the machine's memory. */
#define OUTPUT_CAP (64u * 1024u * 1024u)

/* ---- HBuf ---------------------------------------------------------------- */

static void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) {
        fprintf(stderr, "harness: out of memory\n");
        abort();
    }
    return q;
}

static char *xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    return memcpy(xrealloc(NULL, n), s, n);
}

void hbuf_add(HBuf *b, const char *data, size_t len)
{
    if (b->len + len + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->len + len + 1)
            cap *= 2;
        b->s = xrealloc(b->s, cap);
        b->cap = cap;
    }
    memcpy(b->s + b->len, data, len);
    b->len += len;
    b->s[b->len] = '\0';
}

void hbuf_printf(HBuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = NULL;
    int n = vasprintf(&s, fmt, ap);
    va_end(ap);
    if (n < 0) {
        fprintf(stderr, "harness: out of memory\n");
        abort();
    }
    hbuf_add(b, s, (size_t)n);
    free(s);
}

char *hbuf_take(HBuf *b)
{
    if (!b->s)
        hbuf_add(b, "", 0);
    char *s = b->s;
    b->s = NULL;
    b->len = b->cap = 0;
    return s;
}

/* ---- configuration ------------------------------------------------------- */

const char *harness_bin(const char *compiled_default)
{
    const char *env = getenv("MINIPY_BIN");
    return env && *env ? env : compiled_default;
}

double harness_timeout(void)
{
    const char *env = getenv("MINIPY_TEST_TIMEOUT");
    if (env && *env) {
        char *end;
        double t = strtod(env, &end);
        if (end != env && t > 0)
            return t;
    }
    return 10.0;
}

/* ---- running a child ----------------------------------------------------- */

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* In the child: report [err] through the close-on-exec pipe and give up. */
static void child_fail(int fd, int err) __attribute__((noreturn));
static void child_fail(int fd, int err)
{
    ssize_t unused = write(fd, &err, sizeof err);
    (void)unused;
    _exit(127);
}

static void child(char *const argv[], const char *cwd, const char *stdin_path,
                  int out_w, int err_w, int status_w)
{
    setpgid(0, 0);
    struct rlimit no_core = {0, 0};
    setrlimit(RLIMIT_CORE, &no_core);
    /* Whatever the test process did with signals is not the child's business. */
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    signal(SIGPIPE, SIG_DFL);
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);

    if (cwd && chdir(cwd) != 0)
        child_fail(status_w, errno);
    int in = open(stdin_path ? stdin_path : "/dev/null", O_RDONLY);
    if (in < 0)
        child_fail(status_w, errno);
    if (dup2(in, 0) < 0 || dup2(out_w, 1) < 0 || dup2(err_w, 2) < 0)
        child_fail(status_w, errno);
    close(in);
    close(out_w);
    close(err_w);

    setenv("PYTHONHASHSEED", "0", 1);
    setenv("PYTHONIOENCODING", "utf-8", 1);
    setenv("PYTHONDONTWRITEBYTECODE", "1", 1);
    unsetenv("PYTHONSTARTUP");
    unsetenv("COLUMNS");          /* traces fit 100 columns, as when not on a terminal */
    unsetenv("PYTHONPATH");

    execvp(argv[0], argv);
    child_fail(status_w, errno);
}

/* Read what is available on [fd] into [b]; returns 0 at end of file. */
static int drain(int fd, HBuf *b)
{
    char chunk[65536];
    for (;;) {
        ssize_t n = read(fd, chunk, sizeof chunk);
        if (n > 0) {
            hbuf_add(b, chunk, (size_t)n);
            if (b->len > OUTPUT_CAP)
                return 1;
            continue;
        }
        if (n == 0)
            return 0;
        if (errno == EINTR)
            continue;
        return errno == EAGAIN || errno == EWOULDBLOCK ? 1 : 0;
    }
}

static void kill_group(pid_t pid)
{
    kill(-pid, SIGKILL);
    kill(pid, SIGKILL);
}

int harness_run(char *const argv[], const char *cwd, const char *stdin_path,
                double timeout_s, HarnessRun *r)
{
    memset(r, 0, sizeof *r);
    int out_p[2], err_p[2], st_p[2];
    if (pipe(out_p) != 0)
        goto fail_early;
    if (pipe(err_p) != 0) {
        close(out_p[0]), close(out_p[1]);
        goto fail_early;
    }
    if (pipe2(st_p, O_CLOEXEC) != 0) {
        close(out_p[0]), close(out_p[1]), close(err_p[0]), close(err_p[1]);
        goto fail_early;
    }
    fflush(NULL);
    double start = now_seconds();
    pid_t pid = fork();
    if (pid < 0) {
        int e = errno;
        close(out_p[0]), close(out_p[1]), close(err_p[0]), close(err_p[1]);
        close(st_p[0]), close(st_p[1]);
        errno = e;
        goto fail_early;
    }
    if (pid == 0) {
        close(out_p[0]);
        close(err_p[0]);
        close(st_p[0]);
        child(argv, cwd, stdin_path, out_p[1], err_p[1], st_p[1]);
    }
    setpgid(pid, pid); /* also from this side, so kill_group never misses */
    close(out_p[1]);
    close(err_p[1]);
    close(st_p[1]);

    /* Blocks until exec succeeded (EOF) or the child reported an errno. */
    int child_errno = 0;
    ssize_t got;
    do
        got = read(st_p[0], &child_errno, sizeof child_errno);
    while (got < 0 && errno == EINTR);
    close(st_p[0]);
    if (got == (ssize_t)sizeof child_errno)
        r->spawn_errno = child_errno;

    fcntl(out_p[0], F_SETFL, O_NONBLOCK);
    fcntl(err_p[0], F_SETFL, O_NONBLOCK);
    HBuf out = {0}, err = {0};
    int open_out = 1, open_err = 1, killed = 0, wstatus = 0, reaped = 0;
    double deadline = start + timeout_s;

    while (!reaped) {
        double left = deadline - now_seconds();
        if (left <= 0 && !killed) {
            r->timed_out = 1;
            kill_group(pid);
            killed = 1;
        }
        if (open_out || open_err) {
            struct pollfd fds[2];
            int nfds = 0;
            if (open_out)
                fds[nfds++] = (struct pollfd){.fd = out_p[0], .events = POLLIN};
            if (open_err)
                fds[nfds++] = (struct pollfd){.fd = err_p[0], .events = POLLIN};
            int wait_ms = killed ? 100 : (int)(left * 1000) + 1;
            int n = poll(fds, nfds, wait_ms);
            if (n < 0 && errno != EINTR)
                break;
            for (int i = 0; n > 0 && i < nfds; i++) {
                if (!fds[i].revents)
                    continue;
                int is_out = fds[i].fd == out_p[0];
                int more = drain(fds[i].fd, is_out ? &out : &err);
                if (!more) {
                    close(fds[i].fd);
                    if (is_out)
                        open_out = 0;
                    else
                        open_err = 0;
                }
            }
            if (!killed && (out.len > OUTPUT_CAP || err.len > OUTPUT_CAP)) {
                r->flooded = 1;
                kill_group(pid);
                killed = 1;
            }
            if (killed && (open_out || open_err)) {
                /* A killed group closes its pipes at once; stop reading even
                 * if some stray process outside the group still holds them. */
                if (waitpid(pid, &wstatus, WNOHANG) == pid) {
                    reaped = 1;
                    break;
                }
            }
            continue;
        }
        /* Both pipes closed: wait for the exit, still under the deadline. */
        pid_t w = waitpid(pid, &wstatus, killed ? 0 : WNOHANG);
        if (w == pid) {
            reaped = 1;
        } else if (w < 0 && errno != EINTR) {
            break;
        } else {
            struct timespec ts = {0, 2 * 1000 * 1000};
            nanosleep(&ts, NULL);
        }
    }
    if (open_out)
        close(out_p[0]);
    if (open_err)
        close(err_p[0]);
    if (!reaped) {
        kill_group(pid);
        waitpid(pid, &wstatus, 0);
    }
    kill(-pid, SIGKILL); /* leftovers of the group, if any */

    r->seconds = now_seconds() - start;
    r->out_len = out.len;
    r->out = hbuf_take(&out);
    r->err_len = err.len;
    r->err = hbuf_take(&err);
    if (WIFEXITED(wstatus)) {
        r->exited = 1;
        r->status = WEXITSTATUS(wstatus);
    } else if (WIFSIGNALED(wstatus)) {
        r->signal = WTERMSIG(wstatus);
    }
    return 0;

fail_early:
    r->spawn_errno = errno;
    r->out = xstrdup("");
    r->err = xstrdup("");
    return -1;
}

void harness_run_free(HarnessRun *r)
{
    free(r->out);
    free(r->err);
    r->out = r->err = NULL;
}

char *harness_run_problem(const HarnessRun *r, const char *what)
{
    HBuf b = {0};
    if (r->spawn_errno) {
        hbuf_printf(&b, "%s: could not start the interpreter: %s\n"
                        "  (build the minipy target, or point MINIPY_BIN at an interpreter)\n",
                    what, strerror(r->spawn_errno));
        return hbuf_take(&b);
    }
    if (r->timed_out)
        hbuf_printf(&b, "%s: TIMED OUT after %.1f s (MINIPY_TEST_TIMEOUT=%g) and was killed\n",
                    what, r->seconds, harness_timeout());
    else if (r->flooded)
        hbuf_printf(&b, "%s: killed after printing more than %u MB\n", what,
                    OUTPUT_CAP / (1024u * 1024u));
    else if (r->signal)
        hbuf_printf(&b, "%s: CRASHED: killed by signal %d (%s)\n", what, r->signal,
                    strsignal(r->signal));
    else if (strstr(r->err, "AddressSanitizer") || strstr(r->err, "LeakSanitizer"))
        hbuf_printf(&b, "%s: the sanitizer reported an error (exit status %d)\n", what,
                    r->status);
    else if (strstr(r->err, "runtime error:"))
        hbuf_printf(&b, "%s: UndefinedBehaviorSanitizer reported a runtime error\n", what);
    else
        return NULL;

    if (r->err_len) {
        char *tail = harness_tail(r->err, r->err_len, 25);
        hbuf_printf(&b, "stderr (last lines):\n%s", tail);
        free(tail);
    }
    return hbuf_take(&b);
}

/* ---- files --------------------------------------------------------------- */

char *harness_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    HBuf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        hbuf_add(&b, chunk, n);
    int bad = ferror(f);
    fclose(f);
    if (bad) {
        free(b.s);
        return NULL;
    }
    if (len)
        *len = b.len;
    return hbuf_take(&b);
}

int harness_is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* ---- lines and diffs ----------------------------------------------------- */

typedef struct {
    const char *s;
    size_t len;
} Line;

/* Split [s] into lines (a final newline does not start an empty line). */
static Line *split_lines(const char *s, size_t len, size_t *count)
{
    size_t n = 0, cap = 16;
    Line *lines = xrealloc(NULL, cap * sizeof *lines);
    size_t i = 0;
    while (i < len) {
        const char *nl = memchr(s + i, '\n', len - i);
        size_t end = nl ? (size_t)(nl - s) : len;
        if (n == cap)
            lines = xrealloc(lines, (cap *= 2) * sizeof *lines);
        lines[n++] = (Line){s + i, end - i};
        i = end + 1;
    }
    *count = n;
    return lines;
}

/* Append [l] with control characters escaped, cut at 300 bytes. */
static void add_visible(HBuf *b, Line l)
{
    size_t shown = l.len > 300 ? 300 : l.len;
    for (size_t i = 0; i < shown; i++) {
        unsigned char c = (unsigned char)l.s[i];
        if (c == '\t')
            hbuf_add(b, "\\t", 2);
        else if (c == '\r')
            hbuf_add(b, "\\r", 2);
        else if (c < 0x20 || c == 0x7f)
            hbuf_printf(b, "\\x%02x", c);
        else
            hbuf_add(b, (const char *)&l.s[i], 1);
    }
    if (shown < l.len)
        hbuf_printf(b, "... (%zu more bytes)", l.len - shown);
    if (l.len && (l.s[l.len - 1] == ' '))
        hbuf_add(b, "<-- trailing space", 18);
}

char *harness_diff(const char *title, const char *expected, size_t elen,
                   const char *actual, size_t alen)
{
    if (elen == alen && memcmp(expected, actual, elen) == 0)
        return NULL;
    size_t ne, na;
    Line *e = split_lines(expected, elen, &ne);
    Line *a = split_lines(actual, alen, &na);
    size_t i = 0;
    while (i < ne && i < na && e[i].len == a[i].len && memcmp(e[i].s, a[i].s, e[i].len) == 0)
        i++;

    HBuf b = {0};
    hbuf_printf(&b, "%s\n--- expected (%zu lines)\n+++ actual (%zu lines)\n", title, ne, na);
    if (i == ne && i == na) {
        /* Same lines: only the newline at the very end differs. */
        int e_nl = elen && expected[elen - 1] == '\n';
        hbuf_printf(&b, "@@ end @@ the lines match, but the %s ends %s a newline\n",
                    "actual output", e_nl ? "without" : "with");
        free(e);
        free(a);
        return hbuf_take(&b);
    }
    hbuf_printf(&b, "@@ line %zu @@\n", i + 1);
    for (size_t k = i >= 2 ? i - 2 : 0; k < i; k++) {
        hbuf_add(&b, " ", 1);
        add_visible(&b, e[k]);
        hbuf_add(&b, "\n", 1);
    }
    /* The first differing line, then two more: as context when both sides
     * agree there again, else as a -/+ pair. */
    for (size_t k = i; k < i + 3 && (k < ne || k < na); k++) {
        int same = k > i && k < ne && k < na && e[k].len == a[k].len &&
                   memcmp(e[k].s, a[k].s, e[k].len) == 0;
        if (same) {
            hbuf_add(&b, " ", 1);
            add_visible(&b, e[k]);
            hbuf_add(&b, "\n", 1);
            continue;
        }
        if (k < ne) {
            hbuf_add(&b, "-", 1);
            add_visible(&b, e[k]);
            hbuf_add(&b, "\n", 1);
        } else if (k == ne) {
            hbuf_printf(&b, "-<expected output ends here>\n");
        }
        if (k < na) {
            hbuf_add(&b, "+", 1);
            add_visible(&b, a[k]);
            hbuf_add(&b, "\n", 1);
        } else if (k == na) {
            hbuf_printf(&b, "+<actual output ends here>\n");
        }
    }
    free(e);
    free(a);
    return hbuf_take(&b);
}

void harness_replace_all(char **s, size_t *len, const char *from, const char *to)
{
    size_t flen = strlen(from), tlen = strlen(to);
    if (!flen || !memmem(*s, *len, from, flen))
        return;
    HBuf b = {0};
    const char *p = *s, *end = *s + *len;
    for (;;) {
        const char *hit = memmem(p, (size_t)(end - p), from, flen);
        if (!hit) {
            hbuf_add(&b, p, (size_t)(end - p));
            break;
        }
        hbuf_add(&b, p, (size_t)(hit - p));
        hbuf_add(&b, to, tlen);
        p = hit + flen;
    }
    free(*s);
    *len = b.len;
    *s = hbuf_take(&b);
}

char *harness_last_line(const char *s, size_t len)
{
    while (len && s[len - 1] == '\n')
        len--;
    size_t start = len;
    while (start && s[start - 1] != '\n')
        start--;
    char *r = xrealloc(NULL, len - start + 1);
    memcpy(r, s + start, len - start);
    r[len - start] = '\0';
    return r;
}

char *harness_tail(const char *s, size_t len, int n)
{
    size_t count;
    Line *lines = split_lines(s, len, &count);
    size_t first = count > (size_t)n ? count - (size_t)n : 0;
    HBuf b = {0};
    if (first)
        hbuf_printf(&b, "  [... %zu lines before]\n", first);
    for (size_t k = first; k < count; k++) {
        hbuf_add(&b, "  ", 2);
        Line l = lines[k];
        if (l.len > 300)
            l.len = 300;
        hbuf_add(&b, l.s, l.len);
        hbuf_add(&b, "\n", 1);
    }
    free(lines);
    return hbuf_take(&b);
}

/* ---- listing the programs ------------------------------------------------ */

static int by_name(const void *x, const void *y)
{
    return strcmp(*(char *const *)x, *(char *const *)y);
}

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

char **harness_list_programs(const char *root, size_t *n)
{
    size_t count = 0, cap = 64;
    char **list = xrealloc(NULL, cap * sizeof *list);
    DIR *top = opendir(root);
    struct dirent *area;
    while (top && (area = readdir(top))) {
        if (area->d_name[0] == '.')
            continue;
        char *dir_path = NULL;
        if (asprintf(&dir_path, "%s/%s", root, area->d_name) < 0)
            abort();
        struct stat st;
        DIR *dir = stat(dir_path, &st) == 0 && S_ISDIR(st.st_mode) ? opendir(dir_path) : NULL;
        struct dirent *ent;
        while (dir && (ent = readdir(dir))) {
            if (ent->d_name[0] == '.' || !ends_with(ent->d_name, ".py"))
                continue;
            char *rel = NULL;
            if (asprintf(&rel, "%s/%s", area->d_name, ent->d_name) < 0)
                abort();
            char *full = NULL;
            if (asprintf(&full, "%s/%s", root, rel) < 0)
                abort();
            int regular = harness_is_file(full);
            free(full);
            if (!regular) {
                free(rel);
                continue;
            }
            if (count == cap)
                list = xrealloc(list, (cap *= 2) * sizeof *list);
            list[count++] = rel;
        }
        if (dir)
            closedir(dir);
        free(dir_path);
    }
    if (top)
        closedir(top);
    qsort(list, count, sizeof *list, by_name);
    *n = count;
    return list;
}

void harness_free_list(char **list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(list[i]);
    free(list);
}
