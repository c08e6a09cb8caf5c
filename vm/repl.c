/* repl.c -- the interactive prompt: `minipy` with no program, on a terminal.
 *
 * Lesson 2 (the pipeline), one entry at a time: each entry goes through
 * the whole pipeline (parse, compile, run) on its own, so `--trace` and
 * `--dis`-style questions can be asked of one line typed in class. Start
 * with run_repl(): it reads lines until the entry parses (the parser says
 * "incomplete" while a block or a bracket is open), runs the entry in
 * __main__ as CPython's "single" mode does (a bare expression's value is
 * printed), and goes on after an error.
 *
 * Lines come from libedit (the BSD-licensed line editor: arrows, Ctrl-R
 * search, history kept in ~/.minipy_history) when both standard input and
 * standard output are terminals, the condition CPython uses for readline.
 * Otherwise they are read plainly, with the prompt written to stdout, so
 * what a pipe or a test sees does not depend on a terminal library.
 *
 * Continuation lines are indented for you, which CPython 3.11's prompt does
 * not do: after a line ending in ':' the next starts at that line's
 * indentation plus four spaces, after any other line at its indentation. A
 * line of nothing but spaces counts as empty, so Enter on a fresh
 * indentation ends the block as an empty line does in CPython.
 */
#include <errno.h>
#include <locale.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

#include <histedit.h>

#include "runtime/dynlib.h"

#include "run.h"
#include "parser/parse.h"
#include "runtime/exceptions.h"
#include "runtime/gil.h"
#include "runtime/code.h"
#include "eval.h"
#include "common/strbuf.h"
#include "common/rawmem.h"

/* libedit's functions, looked up when the prompt first opens on a
 * terminal (runtime/dynlib.h): linked in, libedit and the three libraries
 * it needs were mapped and relocated on every run, script or prompt. */
#define EDIT_FUNCTIONS(X) \
    X(el_init) \
    X(el_end) \
    X(el_reset) \
    X(el_gets) \
    X(el_push) \
    X(el_set) \
    X(el_wset) \
    X(el_get) \
    X(el_line) \
    X(el_cursor) \
    X(el_deletestr) \
    X(el_source) \
    X(history_init) \
    X(history_end) \
    X(history)

static struct {
#define SLOT(name) __typeof__(&name) name;
    EDIT_FUNCTIONS(SLOT)
#undef SLOT
} edit;

static const char *const edit_names[] = {
#define NAME(name) #name,
    EDIT_FUNCTIONS(NAME)
#undef NAME
    NULL,
};

static DynLib libedit = {"libedit.so.2", "the prompt", edit_names, (void **)&edit, 0};

#define HISTORY_FILE ".minipy_history"
#define HISTORY_SIZE 1000
#define INDENT_MAX 120            /* deeper than this is not pre-indented further */

/* One session of the prompt. */
typedef struct Prompt {
    ThreadState *ts;
    EditLine *el;                 /* NULL: plain reading (no terminal, or libedit failed) */
    History *hist;
    char *hist_path;              /* rawmem; NULL: history kept for this session only */
    const char *prompt;           /* ">>> " or "... ", shown by prompt_text() */
    char *plain;                  /* getline()'s buffer (libc's) when reading plainly */
    size_t plain_cap;
} Prompt;

/* libedit asks for the prompt through the session it was given. */
static char *prompt_text(EditLine *el) {
    Prompt *p = NULL;
    edit.el_get(el, EL_CLIENTDATA, &p);
    return (char *)(p ? p->prompt : "");
}

/* libedit reads each typed character through here: one UTF-8 character
 * from standard input, as libedit's own reader does, except that a read
 * interrupted by Ctrl-C (SIGINT, whose handler sets the eval breaker's
 * signal bit: runtime/signals.c) ends the line instead of being retried.
 * Returns 1 with *[c] set, 0 at end of input, -1 on Ctrl-C or an error. */
static int read_char(EditLine *el, wchar_t *c) {
    Prompt *p = NULL;
    edit.el_get(el, EL_CLIENTDATA, &p);
    mbstate_t state = {0};
    for (;;) {
        char byte;
        ssize_t n = read(0, &byte, 1);
        if (n < 0 && errno == EINTR) {
            if (atomic_load(&p->ts->interp->eval_breaker) & BREAKER_SIGNAL) return -1;
            continue;
        }
        if (n <= 0) return n < 0 ? -1 : 0;
        size_t r = mbrtowc(c, &byte, 1, &state);
        if (r == (size_t)-2) continue;           /* the middle of a character */
        if (r == (size_t)-1) {                    /* not UTF-8: the byte as it is */
            memset(&state, 0, sizeof state);
            *c = (unsigned char)byte;
        }
        return 1;
    }
}

/* Ctrl-D: the end of input on an empty line, else the character under the
 * cursor deleted (libedit's own em-delete-or-list also echoes "^D"). */
static unsigned char delete_or_eof(EditLine *el, int ch) {
    const LineInfo *li = edit.el_line(el);
    if (li->buffer == li->lastchar) return CC_EOF;
    if (li->cursor == li->lastchar) return CC_NORM;
    edit.el_cursor(el, 1);
    edit.el_deletestr(el, 1);
    return CC_REFRESH;
}

/* $HOME/.minipy_history (rawmem), or NULL without HOME or memory. */
static char *history_path(void) {
    const char *home = getenv("HOME");
    if (!home || !*home) return NULL;
    StrBuf b;
    strbuf_init(&b);
    strbuf_puts(&b, home);
    if (home[strlen(home) - 1] != '/') strbuf_appendc(&b, '/');
    strbuf_puts(&b, HISTORY_FILE);
    return strbuf_detach(&b);
}

/* Set up line editing for [p] when stdin and stdout are terminals. Any
 * failure leaves plain reading; a history file that is missing or cannot
 * be read only starts an empty history. */
static void prompt_open(Prompt *p) {
    if (!isatty(0) || !isatty(1) || !dynlib_open(&libedit)) return;
    /* libedit decodes typed characters by the locale: take the user's, and
     * UTF-8 when the environment names none */
    const char *loc = setlocale(LC_CTYPE, "");
    if (!loc || strcmp(loc, "C") == 0 || strcmp(loc, "POSIX") == 0) setlocale(LC_CTYPE, "C.UTF-8");
    p->hist = edit.history_init();
    p->el = p->hist ? edit.el_init("minipy", stdin, stdout, stderr) : NULL;
    if (!p->el) {
        if (p->hist) edit.history_end(p->hist);
        p->hist = NULL;
        return;
    }
    HistEvent ev;
    edit.history(p->hist, &ev, H_SETSIZE, HISTORY_SIZE);
    edit.history(p->hist, &ev, H_SETUNIQUE, 1);          /* the same line twice in a row: kept once */
    p->hist_path = history_path();
    if (p->hist_path) edit.history(p->hist, &ev, H_LOAD, p->hist_path);
    edit.el_set(p->el, EL_CLIENTDATA, p);
    edit.el_set(p->el, EL_EDITOR, "emacs");
    edit.el_set(p->el, EL_PROMPT, prompt_text);
    edit.el_set(p->el, EL_GETCFN, read_char);
    edit.el_set(p->el, EL_HIST, edit.history, p->hist);
    edit.el_set(p->el, EL_BIND, "^R", "em-inc-search-prev", NULL);   /* readline's reverse search */
    edit.el_set(p->el, EL_BIND, "^I", "ed-insert", NULL);            /* Tab indents, no completion */
    /* through the wide interface: it keeps these strings as they are, where
     * edit.el_set() copies them and never frees the copies */
    edit.el_wset(p->el, EL_ADDFN, L"minipy-delete-or-eof", L"delete a character, or end on an empty line",
            delete_or_eof);
    edit.el_set(p->el, EL_BIND, "^D", "minipy-delete-or-eof", NULL);
    edit.el_source(p->el, NULL);                                     /* the user's ~/.editrc */
}

static void prompt_close(Prompt *p) {
    if (p->el) edit.el_end(p->el);
    if (p->hist) edit.history_end(p->hist);
    rawmem_free(p->hist_path);
    free(p->plain);
}

/* Keep [line] (its newline dropped) in the history, and the history in its
 * file at once, so that a session killed later loses nothing. A file that
 * cannot be written is no error: the prompt goes on without it. */
static void prompt_remember(Prompt *p, const char *line, size_t len) {
    if (!p->hist || len == 0) return;
    char *text = rawmem_alloc(len + 1);
    if (!text) return;
    memcpy(text, line, len);
    text[len] = '\0';
    HistEvent ev;
    edit.history(p->hist, &ev, H_ENTER, text);
    rawmem_free(text);
    if (p->hist_path) edit.history(p->hist, &ev, H_SAVE, p->hist_path);
}

/* The indentation the line after [line] starts with (see the head comment). */
static size_t next_indent(const char *line, size_t len, char *out, size_t cap) {
    size_t n = 0;
    while (n < len && n < cap - 1 && (line[n] == ' ' || line[n] == '\t')) {
        out[n] = line[n];
        n++;
    }
    size_t end = len;
    while (end > 0 && (line[end - 1] == ' ' || line[end - 1] == '\t' || line[end - 1] == '\n' ||
                       line[end - 1] == '\r'))
        end--;
    if (end > 0 && line[end - 1] == ':')
        for (int k = 0; k < 4 && n < cap - 1; k++) out[n++] = ' ';
    out[n] = '\0';
    return n;
}

static bool is_blank(const char *s, size_t len) {
    for (size_t i = 0; i < len; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n') return false;
    return true;
}

/* Read one line after showing [prompt] (with [indent] typed in already
 * when editing). Sets *out to the line, with its newline unless input
 * ended inside it. Returns its length, -1 at the end of input, -2 when
 * Ctrl-C interrupted the reading. */
static ssize_t prompt_read(Prompt *p, const char *prompt, const char *indent, const char **out) {
    Interp *interp = p->ts->interp;
    ssize_t n;
    int err;
    /* threads the entries started run on while the prompt waits */
    gil_release(p->ts, "the prompt");
    errno = 0;
    if (p->el) {
        p->prompt = prompt;
        if (*indent) edit.el_push(p->el, indent);
        int count = 0;
        const char *line = edit.el_gets(p->el, &count);
        err = errno;
        n = line && count > 0 ? count : -1;
        *out = line;
    } else {
        fputs(prompt, stdout);
        fflush(stdout);
        n = getline(&p->plain, &p->plain_cap, stdin);
        err = errno;
        *out = p->plain;
    }
    gil_acquire(p->ts);
    if (atomic_load(&interp->eval_breaker) & BREAKER_SIGNAL) {
        atomic_fetch_and(&interp->eval_breaker, ~BREAKER_SIGNAL);
        if (p->el) edit.el_reset(p->el);
        return -2;
    }
    if (n < 0 && err == EINTR) return -2;
    return n;
}

int run_repl(ThreadState *ts) {
    Object *globals = run_main_dict_borrowed(ts, NULL);
    if (!globals) return run_handle_exit(ts);
    fprintf(stderr, "minipy %s (a teaching subset of Python 3.11)\n"
                    "Type \"help\" for more information, Ctrl-D to leave.\n", MINIPY_VERSION);
    Prompt p = {.ts = ts};
    prompt_open(&p);
    StrBuf entry;
    strbuf_init(&entry);
    char indent[INDENT_MAX + 1] = "";
    int status = 0;
    int future_flags = 0;     /* CO_FUTURE_* the session has imported */
    for (;;) {
        const char *line;
        ssize_t n = prompt_read(&p, entry.len ? "... " : ">>> ", entry.len ? indent : "", &line);
        if (n == -2) {                      /* Ctrl-C: the entry is dropped, as CPython */
            fputs("\nKeyboardInterrupt\n", stderr);
            strbuf_reset(&entry);
            continue;
        }
        if (n < 0) {
            fputc('\n', stdout);
            break;
        }
        if (p.el && is_blank(line, (size_t)n)) {
            line = "\n";                    /* Enter on the offered indentation: an empty line */
            n = 1;
        } else if (p.el) {
            prompt_remember(&p, line, (size_t)n - (line[n - 1] == '\n'));
        }
        strbuf_append(&entry, line, (size_t)n);
        if (entry.failed) {                 /* no memory for the line: start afresh */
            err_no_memory(ts);
            err_print(ts);
            strbuf_reset(&entry);
            continue;
        }
        Arena *arena = arena_new();
        Diag diag = {0};
        Node *mod = arena ? parse_source(arena, entry.data, entry.len, "<stdin>", PARSE_INTERACTIVE, &diag) : NULL;
        bool incomplete = !mod && diag.incomplete && n > 1;
        arena_free(arena);
        diag_clear(&diag);
        if (incomplete) {
            next_indent(line, (size_t)n, indent, sizeof indent);
            continue;
        }
        if (!is_blank(entry.data, entry.len)) {
            /* a `from __future__ import` holds for the rest of the session */
            Object *co = run_compile_flags(ts, entry.data, entry.len, "<stdin>", RUN_SINGLE, future_flags);
            Object *r = NULL;
            if (co) {
                future_flags |= ((CodeObject *)co)->flags & RUN_FUTURE_MASK;
                r = eval_code(ts, (CodeObject *)co, globals, globals, NULL);
                DECREF(co);
            }
            if (!r) {
                if (err_matches(ts, &ExcSystemExit)) {
                    status = run_handle_exit(ts);
                    break;
                }
                err_print(ts);
            }
            XDECREF(r);
        }
        strbuf_reset(&entry);
    }
    prompt_close(&p);
    strbuf_free(&entry);
    return status;
}
