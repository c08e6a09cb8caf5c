/* stepper.c -- `minipy --step`: pdb's habits over minipy's events.
 *
 * Every lesson can be watched one step at a time. The stepper is a sink
 * (trace/sink.h) like the text narration, and it prints each event it stops
 * at exactly as the text sink does (it keeps one inside and hands it the
 * event); then it shows the prompt `(minipy) ` and reads commands with pdb's
 * names: s, n, r, c, b, w, p, l, locals, globals, stack, q (`h` lists them).
 * Start reading at stepper_event(), then at prompt().
 *
 * What a sink may do still holds while the program is paused: showing a
 * frame's names, the value stack or the frames reads them through
 * trace/names.h, which runs no Python code and changes no count (the counts
 * shown are the objects' own). Two commands act on purpose: `p EXPR` runs
 * the expression (as pdb's does), with the narration switched off and the
 * exception being raised, if any, put back afterwards; `q` ends the program
 * the way a limit does (runtime/limits.h): no `except` or `finally` of the
 * program runs after it, and minipy exits with status 0, as `python3 -m pdb`
 * does after `q`.
 *
 * `n`, `r` and breakpoints need the line and frame of every event, whatever
 * the categories chosen: the tracer turns `line` and `call` on for the
 * stepper (trace_start), and the stepper shows only the categories chosen
 * with --trace (line by default). While it runs on (n, r, c), it shows
 * nothing, as pdb. A dict search stops once, when it is done: the text
 * sink prints it as one line then.
 *
 * Where commands come from: --step-commands=FILE (`-`: standard input);
 * otherwise standard input when it is a terminal, else the terminal
 * (/dev/tty, standard input being the program's data), else standard input.
 * A command read from something that is not a terminal is echoed after the
 * prompt, so the session reads as it would on a screen. The end of the
 * commands means "continue to the end".
 *
 * breakpoint() in a program (trace_breakpoint) stops here at its own line.
 * A program that calls breakpoint() gets a stepper that waits, silent, from
 * its start (stepper_prepare), because a frame narrates only if it was
 * started narrated (vm/eval.c); PYTHONBREAKPOINT=0 turns breakpoint() off,
 * as in CPython. Under --trace (text) without --step, breakpoint() puts a
 * stepper in front of the text sink, and the narration goes on between its
 * stops.
 *
 * Threads: the thread that reports stops, holding the GIL, so the others
 * wait; `n` and `r` follow the frame they were given, in its thread. A
 * limit of this design: while `p` runs, the GIL may change hands, and
 * another thread then runs unnarrated for a moment. A child of os.fork()
 * never stops (one conversation, one process).
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sink.h"
#include "names.h"
#include "common/rawmem.h"
#include "runtime/interp.h"
#include "runtime/source.h"
#include "runtime/exceptions.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/dict.h"
#include "runtime/func.h"
#include "runtime/code.h"
#include "runtime/frame.h"
#include "runtime/limits.h"
#include "vm/run.h"

#define MAX_BREAKPOINTS 32
#define COMMAND_MAX 1024
#define MAX_ARMED 16

typedef enum StepMode {
    STEP_EVERY,                   /* s: stop at the next event shown */
    STEP_NEXT,                    /* n: the next line of `target`, or its return */
    STEP_RETURN,                  /* r: the return of `target` */
    STEP_CONTINUE,                /* c: only at a breakpoint */
    STEP_END,                     /* q, or no more commands: never stop again */
} StepMode;

typedef struct Breakpoint {
    int number;
    int line;                     /* b LINE: a line of `file` ... */
    char *file;                   /* (rawmem) */
    char *func;                   /* ... or b FUNC: a function's name or qualified name (rawmem) */
} Breakpoint;

typedef struct Stepper {
    TraceSink base;
    TraceSink *text;              /* renders the events the stepper stops at */
    uint32_t shown;               /* the categories chosen (--trace=CATS) */
    FILE *in;                     /* the commands, or NULL until the first stop */
    bool owns_in, echo, given_in;
    StepMode mode;
    struct Frame *target;         /* n, r: the frame stepped over */
    Breakpoint bps[MAX_BREAKPOINTS];
    int nbps, next_number;
    /* b FUNC: calls of it seen, whose first line is still to come (one a
     * thread, or more with recursion: a few are enough) */
    struct Frame *armed[MAX_ARMED];
    int narmed;
    bool force;                   /* breakpoint(): stop at this event, whatever its category */
    bool evaluating;              /* p EXPR runs: nothing is narrated */
    char last[COMMAND_MAX];       /* an empty line repeats it */
    int list_next;                /* `l` again goes on from this line (0: around the current one) */
    int last_thread;              /* the thread of the last stop */
    pid_t pid;                    /* the process that talks (a child of fork() never stops) */
    bool narrate;                 /* --trace's narration goes on between stops (breakpoint()
                                     under --trace without --step) */
} Stepper;

static Tracer *tracer(Stepper *s) { return s->base.tracer; }

static void say(Stepper *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void say(Stepper *s, const char *fmt, ...) {
    FILE *out = tracer(s)->out;
    if (out != stdout) fflush(stdout);      /* the program's output first */
    va_list ap;
    va_start(ap, fmt);
    vfprintf(out, fmt, ap);
    va_end(ap);
}

static void say_buf(Stepper *s, StrBuf *b) {
    if (b->data) say(s, "%s", b->data);
    strbuf_reset(b);
}

static const char *base_name(const char *path) {
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

static int frame_line(Frame *f, const Event *ev) {
    if (ev && f == ev->frame && ev->line > 0) return ev->line;
    return code_line(f->code, frame_lasti(f));
}

/* ---- where the commands come from ------------------------------------------------ */

static void open_commands(Stepper *s) {
    if (s->in) return;
    if (isatty(0)) {
        s->in = stdin;
    } else if ((s->in = fopen("/dev/tty", "r")) != NULL) {
        s->owns_in = true;
    } else {
        s->in = stdin;
    }
    s->echo = !isatty(fileno(s->in));
}

/* One command into [buf], without its line ending; false at the end of the commands. */
static bool read_command(Stepper *s, char *buf, size_t size) {
    open_commands(s);
    if (!fgets(buf, (int)size, s->in)) return false;
    size_t n = strlen(buf);
    if (n && buf[n - 1] == '\n') {
        buf[--n] = '\0';
    } else if (n == size - 1) {             /* too long: drop the rest of the line */
        int c;
        while ((c = fgetc(s->in)) != EOF && c != '\n') {}
    }
    while (n && (buf[n - 1] == ' ' || buf[n - 1] == '\t' || buf[n - 1] == '\r')) buf[--n] = '\0';
    return true;
}

/* ---- showing a frame's names (trace/names.h: no Python code runs) ---------------- */

static void show_value(Stepper *s, StrBuf *b, Object *v) {
    if (!v) {
        strbuf_puts(b, "(unbound)");
        return;
    }
    /* a buffer of its own: the safe repr's length cap counts the whole buffer */
    StrBuf one;
    strbuf_init(&one);
    names_repr(tracer(s), &one, v, 60);
    if (one.data) strbuf_append(b, one.data, one.len);
    strbuf_free(&one);
    /* None, True, small ints, built-in types: counted from 2**40, never freed */
    if (v->refcnt >= IMMORTAL_REFCNT / 2)
        strbuf_printf(b, "   (refcount 2**40%+ld: static, never freed)", (long)(v->refcnt - IMMORTAL_REFCNT));
    else
        strbuf_printf(b, "   (refcount %ld)", (long)v->refcnt);
}

static void show_pair(Stepper *s, StrBuf *b, const char *name, Object *v, const char *note) {
    strbuf_printf(b, "  %-12s = ", name);
    show_value(s, b, v);
    if (note) strbuf_printf(b, "   %s", note);
    strbuf_appendc(b, '\n');
}

static bool is_dunder(Object *k) {
    return TYPE(k) == &StrType && STR_SIZE(k) > 4 && strncmp(STR_DATA(k), "__", 2) == 0 &&
           strcmp(STR_DATA(k) + STR_SIZE(k) - 2, "__") == 0;
}

/* A namespace's names with their values; the module's own __dunder__ names
 * (__name__, __file__, __builtins__, ...) by name only, at the end:
 * fewer lines, and no path of the machine that ran it. */
static void show_dict(Stepper *s, StrBuf *b, Object *d) {
    ssize_t pos = 0;
    Object *k, *v;
    bool any = false;
    int dunders = 0;
    while (dict_next(d, &pos, &k, &v)) {
        if (is_dunder(k)) {
            dunders++;
            continue;
        }
        StrBuf name;
        strbuf_init(&name);
        if (TYPE(k) == &StrType) strbuf_append(&name, STR_DATA(k), STR_SIZE(k));
        else names_repr(tracer(s), &name, k, 30);
        show_pair(s, b, name.data ? name.data : "", v, NULL);
        strbuf_free(&name);
        any = true;
    }
    if (!any) strbuf_puts(b, "  (none)\n");
    if (dunders) {
        strbuf_puts(b, "  and the __dunder__ names (p NAME shows one):");
        pos = 0;
        while (dict_next(d, &pos, &k, &v))
            if (is_dunder(k)) strbuf_printf(b, " %s", STR_DATA(k));
        strbuf_appendc(b, '\n');
    }
}

/* The cell of a frame's cell or free variable [i] (among cells and frees), and its note. */
static Object *cell_value(Frame *f, int i, StrBuf *note) {
    CodeObject *co = f->code;
    Object *cell = f->localsplus[co->nlocals + i];
    if (i < co->ncells) {
        strbuf_puts(note, "(own cell, shared with inner functions)");
    } else {
        int k = i - co->ncells;
        strbuf_printf(note, "(cell of %s)", co->free_owners ? STR_DATA(TUPLE_GET(co->free_owners, k)) : "?");
    }
    return cell && TYPE(cell) == &CellType ? CELL_GET(cell) : NULL;
}

static const char *cell_name(CodeObject *co, int i) {
    return STR_DATA(i < co->ncells ? TUPLE_GET(co->cellvars, i) : TUPLE_GET(co->freevars, i - co->ncells));
}

static void cmd_locals(Stepper *s, Frame *f) {
    StrBuf b;
    strbuf_init(&b);
    CodeObject *co = f->code;
    if (f->locals) {
        strbuf_printf(&b, "locals of %s (a dict, the namespace of %s):\n", STR_DATA(co->qualname),
                      f->locals == f->globals ? "the module: its globals" : "the class body");
        show_dict(s, &b, f->locals);
    } else {
        strbuf_printf(&b, "locals of %s (slots of its frame, then its cells):\n", STR_DATA(co->qualname));
        for (int i = 0; i < co->nlocals; i++) {
            char note[32];
            snprintf(note, sizeof note, "(slot %d)", i);
            show_pair(s, &b, STR_DATA(TUPLE_GET(co->varnames, i)), f->localsplus[i], note);
        }
        for (int i = 0; i < co->ncells + co->nfrees; i++) {
            StrBuf note;
            strbuf_init(&note);
            Object *v = cell_value(f, i, &note);
            show_pair(s, &b, cell_name(co, i), v, note.data);
            strbuf_free(&note);
        }
        if (!co->nlocals && !co->ncells && !co->nfrees) strbuf_puts(&b, "  (none)\n");
    }
    say_buf(s, &b);
    strbuf_free(&b);
}

static void cmd_globals(Stepper *s, Frame *f) {
    StrBuf b;
    strbuf_init(&b);
    strbuf_puts(&b, "globals (the module's dict):\n");
    show_dict(s, &b, f->globals);
    say_buf(s, &b);
    strbuf_free(&b);
}

static void cmd_stack(Stepper *s, const Event *ev) {
    if (ev->kind != EV_LINE && ev->kind != EV_OP) {
        say(s, "*** the value stack is known at line and op events; this is not one\n");
        return;
    }
    Object **base = frame_stack_base(ev->frame), **top = ev->stack_top;
    StrBuf b;
    strbuf_init(&b);
    if (!top || top == base) {
        strbuf_puts(&b, "the value stack is empty\n");
    } else {
        strbuf_puts(&b, "the value stack, bottom to top:\n");
        for (Object **p = base; p < top; p++) {
            strbuf_printf(&b, "  [%d] ", (int)(p - base));
            if (*p) show_value(s, &b, *p);
            else strbuf_puts(&b, "NULL (the empty slot a call pushes before its callable)");
            strbuf_appendc(&b, '\n');
        }
    }
    say_buf(s, &b);
    strbuf_free(&b);
}

/* w: the frames, the oldest first, each with its cells. */
static void cmd_where(Stepper *s, const Event *ev) {
    int n = 0;
    for (Frame *f = ev->frame; f; f = f->back) n++;
    Frame **frames = rawmem_alloc(sizeof(Frame *) * (size_t)(n ? n : 1));
    if (!frames) {
        say(s, "*** out of memory\n");
        return;
    }
    int k = n;
    for (Frame *f = ev->frame; f; f = f->back) frames[--k] = f;
    StrBuf b;
    strbuf_init(&b);
    for (int i = 0; i < n; i++) {
        Frame *f = frames[i];
        CodeObject *co = f->code;
        strbuf_printf(&b, "%s %s:%d  %s\n", f == ev->frame ? ">" : " ", base_name(STR_DATA(co->filename)),
                      frame_line(f, ev), STR_DATA(co->qualname));
        for (int c = 0; !f->locals && c < co->ncells + co->nfrees; c++) {
            StrBuf note;
            strbuf_init(&note);
            Object *v = cell_value(f, c, &note);
            strbuf_printf(&b, "      cell %s = ", cell_name(co, c));
            show_value(s, &b, v);
            strbuf_printf(&b, "   %s\n", note.data);
            strbuf_free(&note);
        }
        say_buf(s, &b);
    }
    strbuf_free(&b);
    rawmem_free(frames);
}

/* ---- l: the source around the current line --------------------------------------- */

static bool breakpoint_at(Stepper *s, const char *file, int line) {
    for (int i = 0; i < s->nbps; i++)
        if (s->bps[i].file && s->bps[i].line == line && strcmp(s->bps[i].file, file) == 0) return true;
    return false;
}

static void cmd_list(Stepper *s, const Event *ev) {
    const char *file = STR_DATA(ev->frame->code->filename);
    int current = frame_line(ev->frame, ev);
    int first = s->list_next ? s->list_next : (current > 5 ? current - 5 : 1);
    StrBuf b;
    strbuf_init(&b);
    int shown = 0;
    for (int line = first; line < first + 11; line++) {
        size_t len;
        const char *text = source_line(tracer(s)->interp, file, line, &len);
        if (!text) break;
        strbuf_printf(&b, "%4d %c%s  ", line, breakpoint_at(s, file, line) ? 'B' : ' ', line == current ? "->" : "  ");
        strbuf_append(&b, text, len);
        while (b.len && b.data[b.len - 1] == ' ') b.data[--b.len] = '\0';   /* a blank line: no trailing blanks */
        strbuf_appendc(&b, '\n');
        s->list_next = line + 1;
        shown++;
    }
    if (!shown) strbuf_puts(&b, "[EOF]\n");
    say_buf(s, &b);
    strbuf_free(&b);
}

/* ---- b: breakpoints -------------------------------------------------------------- */

/* Does [co], or code nested in it, have the name [func]? (The first line in *line.) */
static bool find_function(CodeObject *co, const char *func, int *line, int depth) {
    if (strcmp(STR_DATA(co->name), func) == 0 || strcmp(STR_DATA(co->qualname), func) == 0) {
        *line = co->firstlineno;
        return true;
    }
    for (size_t i = 0; depth < 32 && i < TUPLE_SIZE(co->consts); i++) {
        Object *c = TUPLE_GET(co->consts, i);
        if (TYPE(c) == &CodeType && find_function((CodeObject *)c, func, line, depth + 1)) return true;
    }
    return false;
}

static void cmd_break(Stepper *s, const Event *ev, const char *arg) {
    if (!*arg) {
        if (!s->nbps) say(s, "no breakpoints\n");
        for (int i = 0; i < s->nbps; i++) {
            Breakpoint *bp = &s->bps[i];
            if (bp->file) say(s, "%d   breakpoint at %s:%d\n", bp->number, base_name(bp->file), bp->line);
            else say(s, "%d   breakpoint at the first line of each call of %s\n", bp->number, bp->func);
        }
        return;
    }
    if (s->nbps == MAX_BREAKPOINTS) {
        say(s, "*** too many breakpoints (%d)\n", MAX_BREAKPOINTS);
        return;
    }
    const char *file = STR_DATA(ev->frame->code->filename);
    Breakpoint bp = {.number = s->next_number};
    char *end;
    long line = strtol(arg, &end, 10);
    if (end != arg && !*end) {
        size_t len;
        const char *text = line > 0 && line < 1000000000 ? source_line(tracer(s)->interp, file, (int)line, &len) : NULL;
        if (!text) {
            say(s, "*** Line %ld out of range for %s\n", line, base_name(file));
            return;
        }
        while (len && (*text == ' ' || *text == '\t')) text++, len--;
        if (!len || *text == '#') {
            say(s, "*** Blank or comment\n");
            return;
        }
        bp.line = (int)line;
        bp.file = rawmem_strdup(file);
        if (!bp.file) {
            say(s, "*** out of memory\n");
            return;
        }
        say(s, "Breakpoint %d at %s:%ld\n", bp.number, base_name(file), line);
    } else {
        int first = 0;
        bool found = false;
        for (Frame *f = ev->frame; f && !found; f = f->back) found = find_function(f->code, arg, &first, 0);
        if (!found) {
            say(s, "*** The specified object '%s' is not a function or was not found along sys.path.\n", arg);
            return;
        }
        bp.func = rawmem_strdup(arg);
        if (!bp.func) {
            say(s, "*** out of memory\n");
            return;
        }
        say(s, "Breakpoint %d at %s:%d: %s, at the first line of each call\n", bp.number, base_name(file), first,
            arg);
    }
    s->next_number++;
    s->bps[s->nbps++] = bp;
}

/* ---- p: an expression, evaluated in the frame --------------------------------------- */

static void say_exception(Stepper *s, ThreadState *ts, Object *exc) {
    /* a SyntaxError by its message alone, as pdb shows it ("invalid syntax") */
    BaseExceptionObject *e = (BaseExceptionObject *)exc;
    bool syntax = type_is_subtype(TYPE(exc), &ExcSyntaxError) && e->msg;
    Object *text = syntax ? obj_str(ts, e->msg) : exc_str(ts, exc);
    if (text && STR_SIZE(text)) say(s, "*** %s: %s\n", TYPE_NAME(exc), STR_DATA(text));
    else say(s, "*** %s\n", TYPE_NAME(exc));
    XDECREF(text);
    err_clear(ts);
}

static void cmd_print(Stepper *s, ThreadState *ts, const Event *ev, const char *expr) {
    Tracer *t = tracer(s);
    if (!*expr) {
        say(s, "*** p needs an expression: p EXPR\n");
        return;
    }
    /* the program's exception (a raise event) waits aside; nothing is narrated */
    Object *saved = err_fetch(ts);
    uint32_t mask = t->mask;
    t->mask = 0;
    trace_mask_now = 0;
    s->evaluating = true;
    /* pdb's p: the user asked for this evaluation (the VM does it, vm/run.c);
     * the narration is off meanwhile and no event is reported */
    Object *r = run_eval_repr_in_frame(ts, ev->frame, expr);
    if (r) {
        say(s, "%s\n", STR_DATA(r));
    } else {
        Object *exc = err_fetch(ts);
        if (exc) say_exception(s, ts, exc);
        XDECREF(exc);
    }
    XDECREF(r);
    err_clear(ts);
    s->evaluating = false;
    t->mask = mask;
    trace_mask_now = mask;
    ts->exc = saved;
}

/* ---- the prompt --------------------------------------------------------------------- */

static const char help_text[] =
    "commands (pdb's names):\n"
    "  s, step        go to the next event, entering calls\n"
    "  n, next        go to the next line of this frame (or its return)\n"
    "  r, return      go on until this frame returns\n"
    "  c, continue    go on to the end, or to the next breakpoint\n"
    "  b LINE, b FUNC set a breakpoint (b alone lists them)\n"
    "  w, where       the frames, the oldest first, with their cells\n"
    "  p EXPR         evaluate EXPR in this frame (not narrated)\n"
    "  l, list        the source around the current line (again: the next lines)\n"
    "  locals         this frame's names, values and reference counts\n"
    "  globals        the module's names, values and reference counts\n"
    "  stack          the value stack (at line and op events)\n"
    "  q, quit        end the program here (no except or finally runs)\n"
    "  empty line     repeat the last command\n"
    "  # text         a comment: nothing happens\n";

static bool is(const char *cmd, const char *a, const char *b) {
    return strcmp(cmd, a) == 0 || (b && strcmp(cmd, b) == 0);
}

/* The frame [ev] leaves, if it is a return, a yield or an exception's exit. */
static bool leaves_frame(const Event *ev) {
    return ev->kind == EV_RETURN || ev->kind == EV_YIELD || ev->kind == EV_EXIT;
}

static void quit(Stepper *s, ThreadState *ts) {
    say(s, "quit: the program ends here (minipy exits with status 0; no except or finally runs)\n");
    s->mode = STEP_END;
    s->narrate = false;                     /* the unwinding that follows is no lesson */
    limit_quit(ts->interp);
}

/* Read and run commands until one lets the program go on. */
static void prompt(Stepper *s, ThreadState *ts, const Event *ev) {
    char line[COMMAND_MAX];
    s->list_next = 0;
    for (;;) {
        if (ev->threaded) say(s, "(minipy T%d) ", ev->thread);
        else say(s, "(minipy) ");
        fflush(tracer(s)->out);
        if (!read_command(s, line, sizeof line)) {
            say(s, "\n(no more commands: the program runs on to its end)\n");
            s->mode = STEP_END;
            return;
        }
        if (s->echo) say(s, "%s\n", line);
        char *cmd = line;
        while (*cmd == ' ' || *cmd == '\t') cmd++;
        if (*cmd == '#') continue;          /* a comment, as in pdb (a commands file explains itself) */
        if (!*cmd) {
            if (!s->last[0]) continue;
            snprintf(line, sizeof line, "%s", s->last);
            cmd = line;
        } else {
            snprintf(s->last, sizeof s->last, "%s", cmd);
        }
        if (strcmp(cmd, "l") != 0 && strcmp(cmd, "list") != 0) s->list_next = 0;
        /* the command's word, and its argument */
        char *arg = cmd;
        while (*arg && *arg != ' ' && *arg != '\t') arg++;
        if (*arg) *arg++ = '\0';
        while (*arg == ' ' || *arg == '\t') arg++;
        Frame *f = ev->frame;
        if (is(cmd, "s", "step")) {
            s->mode = STEP_EVERY;
            return;
        } else if (is(cmd, "n", "next") || is(cmd, "r", "return")) {
            /* from a return, this frame is over: its caller is the one stepped */
            Frame *target = leaves_frame(ev) ? f->back : f;
            s->mode = !target ? STEP_CONTINUE : cmd[0] == 'n' ? STEP_NEXT : STEP_RETURN;
            s->target = target;
            return;
        } else if (is(cmd, "c", "continue") || is(cmd, "cont", NULL)) {
            s->mode = STEP_CONTINUE;
            return;
        } else if (is(cmd, "b", "break")) {
            cmd_break(s, ev, arg);
        } else if (is(cmd, "w", "where") || is(cmd, "bt", NULL)) {
            cmd_where(s, ev);
        } else if (is(cmd, "p", NULL)) {
            cmd_print(s, ts, ev, arg);
        } else if (is(cmd, "l", "list")) {
            cmd_list(s, ev);
        } else if (is(cmd, "locals", NULL)) {
            cmd_locals(s, f);
        } else if (is(cmd, "globals", NULL)) {
            cmd_globals(s, f);
        } else if (is(cmd, "stack", NULL)) {
            cmd_stack(s, ev);
        } else if (is(cmd, "q", "quit") || is(cmd, "exit", NULL)) {
            quit(s, ts);
            return;
        } else if (is(cmd, "h", "help")) {
            say(s, "%s", help_text);
        } else {
            say(s, "*** unknown command '%s' (h lists the commands)\n", cmd);
        }
    }
}

/* ---- the sink ---------------------------------------------------------------------- */

/* Forget [f] as a frame whose first line is awaited; was it one? */
static bool disarm(Stepper *s, Frame *f) {
    for (int i = 0; i < s->narmed; i++)
        if (s->armed[i] == f) {
            s->armed[i] = s->armed[--s->narmed];
            return true;
        }
    return false;
}

/* Should the program stop at [ev]? */
static bool stops_at(Stepper *s, const Event *ev) {
    if (s->force) return true;
    if (s->mode == STEP_END) return false;
    if (ev->kind == EV_LINE && ev->frame) {
        const char *file = STR_DATA(ev->frame->code->filename);
        if (disarm(s, ev->frame)) return true;
        if (breakpoint_at(s, file, ev->line)) return true;
    }
    if (leaves_frame(ev)) disarm(s, ev->frame);
    if (ev->kind == EV_CALL && ev->frame && s->narmed < MAX_ARMED) {
        CodeObject *co = ev->frame->code;
        for (int i = 0; i < s->nbps; i++)
            if (s->bps[i].func && (strcmp(STR_DATA(co->name), s->bps[i].func) == 0 ||
                                   strcmp(STR_DATA(co->qualname), s->bps[i].func) == 0)) {
                s->armed[s->narmed++] = ev->frame;
                break;
            }
    }
    switch (s->mode) {
    case STEP_EVERY:
        return (s->shown & trace_event_category[ev->kind]) != 0;
    case STEP_NEXT:
        return ev->frame == s->target && (ev->kind == EV_LINE || leaves_frame(ev));
    case STEP_RETURN:
        return ev->frame == s->target && leaves_frame(ev);
    default:
        return false;
    }
}

static void stepper_event(TraceSink *sink, ThreadState *ts, const Event *ev) {
    Stepper *s = (Stepper *)sink;
    if (s->evaluating) return;
    if (getpid() != s->pid) {
        /* a child of os.fork(): two processes cannot share one conversation */
        if (s->mode != STEP_END) say(s, "--- %s runs on without stopping ---\n", ev->process ? ev->process : "a child process");
        s->mode = STEP_END;
        return;
    }
    if (ev->kind == EV_TABLE_SEARCH || ev->kind == EV_TABLE_PROBE || ev->kind == EV_TABLE_EQ) {
        /* a dict search is one line, printed when it is done (the text sink
         * holds its probes back until then): it stops there, not at each part */
        if ((s->narrate || s->mode == STEP_EVERY) && (s->shown & TRACE_DICT)) s->text->ops->event(s->text, ts, ev);
        return;
    }
    if (!stops_at(s, ev)) {
        if (s->narrate && (s->shown & trace_event_category[ev->kind])) s->text->ops->event(s->text, ts, ev);
        return;
    }
    /* breakpoint()'s line: the narration has just shown it */
    bool shown_already = s->force && s->narrate && (s->shown & TRACE_LINE);
    s->force = false;
    if (ev->threaded && ev->thread != s->last_thread)
        say(s, "--- thread T%d (%s) stops; the others wait for the lock ---\n", ev->thread,
            ev->thread_name ? ev->thread_name : "?");
    s->last_thread = ev->threaded ? ev->thread : 0;
    if (!shown_already) s->text->ops->event(s->text, ts, ev);
    if (!ev->frame) return;                 /* nothing to look at: go on */
    prompt(s, ts, ev);
}

static void stepper_finish(TraceSink *sink, ThreadState *ts) {
    Stepper *s = (Stepper *)sink;
    s->text->ops->finish(s->text, ts);
    fflush(tracer(s)->out);
}

static void stepper_free(TraceSink *sink) {
    Stepper *s = (Stepper *)sink;
    s->text->ops->free(s->text);
    for (int i = 0; i < s->nbps; i++) {
        rawmem_free(s->bps[i].file);
        rawmem_free(s->bps[i].func);
    }
    if (s->owns_in) fclose(s->in);
    rawmem_free(s);
}

static const SinkOps stepper_ops = {stepper_event, stepper_finish, stepper_free};

/* A stepper for [t] that prints what it stops at through [text] (taken over). */
static Stepper *stepper_alloc(Tracer *t, TraceSink *text, uint32_t shown, StepMode mode) {
    Stepper *s = rawmem_calloc(1, sizeof(Stepper));
    if (!s) return NULL;
    s->base = (TraceSink){&stepper_ops, t};
    s->text = text;
    s->shown = shown;
    s->mode = mode;
    s->next_number = 1;
    s->pid = getpid();
    return s;
}

TraceSink *stepper_sink_new(Tracer *t, const TraceOptions *opt) {
    Stepper *s = stepper_alloc(t, NULL, opt->mask, opt->step == STEP_FROM_START ? STEP_EVERY : STEP_CONTINUE);
    if (!s) return NULL;
    s->text = text_sink_new(t);
    if (!s->text) {                  /* no memory: the caller narrates instead */
        rawmem_free(s);
        return NULL;
    }
    s->narrate = opt->step == STEP_NARRATING;
    if (opt->step_in) {
        s->in = opt->step_in;
        s->owns_in = opt->owns_step_in;
        s->echo = !isatty(fileno(s->in));
    }
    return &s->base;
}

/* ---- breakpoint() ------------------------------------------------------------------- */

static bool breakpoints_off(void) {
    const char *env = getenv("PYTHONBREAKPOINT");
    return env && strcmp(env, "0") == 0;
}

/* Does [co] or code nested in it name `breakpoint`? */
static bool names_breakpoint(CodeObject *co, int depth) {
    for (size_t i = 0; i < TUPLE_SIZE(co->names); i++)
        if (strcmp(STR_DATA(TUPLE_GET(co->names, i)), "breakpoint") == 0) return true;
    for (size_t i = 0; depth < 32 && i < TUPLE_SIZE(co->consts); i++) {
        Object *c = TUPLE_GET(co->consts, i);
        if (TYPE(c) == &CodeType && names_breakpoint((CodeObject *)c, depth + 1)) return true;
    }
    return false;
}

static void start_waiting(Interp *interp) {
    TraceOptions opt = {.mask = TRACE_LINE, .out = stdout, .show_times = true, .step = STEP_WAITING};
    trace_start(interp, &opt);
}

void stepper_prepare(ThreadState *ts, CodeObject *co) {
    if (ts->interp->tracer || breakpoints_off() || !names_breakpoint(co, 0)) return;
    start_waiting(ts->interp);
}

int trace_breakpoint(ThreadState *ts) {
    if (breakpoints_off() || !ts->frame) return 0;
    Interp *interp = ts->interp;
    if (!interp->tracer) start_waiting(interp);
    Tracer *t = interp->tracer;
    if (t && t->sink->ops != &stepper_ops && t->format == TRACE_TEXT) {
        /* under --trace: a stepper takes the text narration over, which
         * goes on between its stops (to the same stream, stderr or
         * --trace-out); line and call events from now on, for n and r */
        Stepper *over = stepper_alloc(t, t->sink, t->mask, STEP_CONTINUE);
        if (over) {
            over->narrate = true;
            t->sink = &over->base;
            t->mask |= TRACE_LINE | TRACE_CALL;
            trace_mask_now = t->mask;
        }
    }
    if (!t || t->sink->ops != &stepper_ops) {
        fflush(stdout);
        fprintf(stderr, "minipy: breakpoint() does not stop under --trace-format=json\n");
        return 0;
    }
    Stepper *s = (Stepper *)t->sink;
    if (s->evaluating || s->mode == STEP_END) return 0;     /* p's own; or the commands are over */
    Frame *f = ts->frame;
    int index = frame_lasti(f);
    Event ev = {.kind = EV_LINE, .frame = f, .line = code_line(f->code, index), .index = index,
                .stack_top = f->sp};
    say(s, "breakpoint() stops the program:\n");
    s->force = true;
    trace_deliver(ts, &ev);
    s->force = false;
    if (interp->limit_hit) return limit_reached(ts, (LimitKind)interp->limit_hit);
    return 0;
}
