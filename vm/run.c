/* run.c -- the embedding API: source text to running program.
 *
 * Lesson 2 (the pipeline) end to end: run_compile() parses the text into a
 * syntax tree (parser/), turns scope analysis and the tree into code objects
 * (vm/compiler.c), and run_source() hands the module's code object to the
 * eval loop (vm/eval.c). A compile error comes back from the front end as a
 * Diag and is raised here as a real SyntaxError object, so `compile()` and
 * `exec()` report it like any other exception.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "run.h"
#include "runtime/frame.h"
#include "compiler.h"
#include "runtime/code.h"
#include "eval.h"
#include "dis.h"
#include "parser/parse.h"
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/dict.h"
#include "runtime/module.h"
#include "runtime/io.h"
#include "runtime/source.h"
#include "runtime/signals.h"
#include "runtime/limits.h"
#include "runtime/sandbox.h"
#include "runtime/gil.h"
#include "runtime/modules.h"
#include <stdio_ext.h>
#include "trace/tracer.h"
#include "common/utf8.h"
#include "common/srcenc.h"

/* The source line CPython 3.11 shows for an error in a file: it reads the line
 * again from the file (when a file of that name opens) into a 1000-byte
 * buffer, 999 bytes at a time, and keeps the last piece -- so of a line
 * longer than that only its tail is shown (and the caret, clipped to the
 * text, lands at its end). A piece that starts inside a UTF-8 character does
 * not decode, and CPython falls back to the whole line. The scanner's own
 * errors (a bad token or string) always carry the whole line. */
static void file_line_piece(Diag *d) {
    if (!d->text || d->whole_line) return;
    size_t len = strlen(d->text);
    if (len <= 999 || access(d->filename, R_OK) != 0) return;
    bool newline = d->text[len - 1] == '\n';
    if (!newline && len % 999 == 0) return;     /* the read hit the end of file */
    size_t piece = (len - 1) % 999 + 1;
    const char *tail = d->text + len - piece;
    if (((unsigned char)*tail & 0xC0) == 0x80) return;
    memmove(d->text, tail, piece + 1);
}

/* Raise the SyntaxError (or IndentationError, TabError) that [d] describes;
 * [mode] is what was compiled, [recoded] says it was decoded from another
 * encoding than UTF-8 (its coding cookie). */
static void raise_diag(ThreadState *ts, Diag *d, RunMode mode, bool recoded) {
    if (d->compile_stage && (mode != RUN_EXEC_FILE || recoded)) {
        /* CPython's symtable and compiler read the line from the file the
         * code claims to come from: compile(src, "<string>", ...) has none,
         * and a latin-1 line read as UTF-8 is none either */
        rawmem_free(d->text);
        d->text = NULL;
        size_t len;
        const char *line = source_line_bytes(ts->interp, d->filename, d->lineno, &len);
        if (line && utf8_validate(line, len, NULL) && (d->text = rawmem_alloc(len + 2)) != NULL) {
            memcpy(d->text, line, len);      /* with a newline, as Python's linecache gives it */
            memcpy(d->text + len, "\n", 2);
        }
    }
    if (d->kind == DIAG_MEMORY || d->kind == DIAG_RECURSION) {
        /* a program nested too deeply: no location, as CPython */
        if (d->kind == DIAG_MEMORY) err_no_memory(ts);
        else err_set_string(ts, &ExcRecursionError, d->msg);
        return;
    }
    if (d->line_zero) {
        /* bytes that do not decode: CPython's compile() places the error
         * at line 0 of the file, with no column and no text */
        Object *msg = str_from_cstr(ts, d->msg);
        Object *file = str_from_cstr(ts, d->filename);
        Object *zero = int_from_i64(ts, 0), *minus = int_from_i64(ts, -1);
        Object *info = msg && file && zero && minus ? tuple_pack(ts, 4, file, zero, minus, None) : NULL;
        Object *args = info ? tuple_pack(ts, 2, msg, info) : NULL;
        Object *e = args ? exc_new(ts, &ExcSyntaxError, args) : NULL;
        XDECREF(msg);
        XDECREF(file);
        XDECREF(zero);
        XDECREF(minus);
        XDECREF(info);
        XDECREF(args);
        if (e) err_raise_steal(ts, e);
        return;
    }
    if (mode == RUN_EXEC || mode == RUN_EXEC_FILE) file_line_piece(d);
    TypeObject *type = d->kind == DIAG_TAB ? &ExcTabError
                     : d->kind == DIAG_INDENTATION ? &ExcIndentationError : &ExcSyntaxError;
    Object *msg = str_from_cstr(ts, d->msg);
    Object *args = NULL;
    if (d->lineno > 0) {
        Object *file = str_from_cstr(ts, d->filename);
        Object *line = int_from_i64(ts, d->lineno);
        Object *off = int_from_i64(ts, d->offset);
        Object *text;
        size_t tlen = d->text ? strlen(d->text) : 0;
        if (mode == RUN_EXEC && tlen && d->text[tlen - 1] != '\n' && !d->whole_line) {
            /* compiled from a string: CPython's tokenizer gave the text a
             * final newline, and the line an error reports keeps it (but
             * not a bad token's or an unterminated string's: the scanner
             * reports those on the line as it was) */
            Object *t = str_from_cstr(ts, d->text);
            text = t ? str_concat(ts, t, ts->interp->ascii_chars['\n']) : NULL;
            XDECREF(t);
        } else {
            text = d->text ? str_from_cstr(ts, d->text) : NEWREF(None);
        }
        Object *eline = d->end_lineno > 0 ? int_from_i64(ts, d->end_lineno) : NEWREF(None);
        Object *eoff = d->end_offset > 0 || d->end_offset_known ? int_from_i64(ts, d->end_offset)
                                                                : NEWREF(None);
        Object *info = (file && line && off && text && eline && eoff)
                           ? tuple_pack(ts, 6, file, line, off, text, eline, eoff) : NULL;
        XDECREF(file);
        XDECREF(line);
        XDECREF(off);
        XDECREF(text);
        XDECREF(eline);
        XDECREF(eoff);
        if (msg && info) args = tuple_pack(ts, 2, msg, info);
        XDECREF(info);
    } else if (msg) {
        args = tuple_pack(ts, 1, msg);
    }
    XDECREF(msg);
    if (!args) return;
    Object *e = exc_new(ts, type, args);
    DECREF(args);
    if (e) err_raise_steal(ts, e);
}

/* How deep a tree the compiler may take (parse.h): CPython's first
 * compiler pass allows 3 levels per unit of the recursion limit not yet
 * used. The frames it counts that minipy does not have: the call of
 * exec(), eval() or compile() itself, and importlib's eight frames between
 * an import statement and the compile of the module's source. */
static int compile_depth_limit(ThreadState *ts, RunMode mode) {
    int64_t used = ts->recursion_depth;
    if (ts->frame) used += mode == RUN_EXEC_FILE ? 8 : 1;
    int64_t left = (int64_t)ts->interp->recursion_limit - used;
    int64_t limit = left * 3;
    if (limit > INT_MAX) limit = INT_MAX;
    return limit < 0 ? 0 : (int)limit;
}

Object *run_compile(ThreadState *ts, const char *src, size_t len, const char *filename, RunMode mode) {
    return run_compile_flags(ts, src, len, filename, mode, 0);
}

Object *run_compile_flags(ThreadState *ts, const char *src, size_t len, const char *filename, RunMode mode,
                          int future_flags) {
    Arena *arena = arena_new();
    if (!arena) return err_no_memory(ts);
    Diag diag = {0};
    snprintf(diag.filename, sizeof diag.filename, "%s", filename ? filename : "<string>");
    ParseMode pm = mode == RUN_EVAL ? PARSE_EVAL : mode == RUN_SINGLE ? PARSE_INTERACTIVE
                 : mode == RUN_EXEC_FILE ? PARSE_FILE_READ : PARSE_FILE;
    /* a file's bytes are decoded per their coding cookie first, so that the
     * parser and the compiler both see the text: as the command line reads
     * them (the program, no frame yet), or as importlib does (a module,
     * imported from running code); a str's text is text already */
    SourceKind source = mode != RUN_EXEC_FILE ? SOURCE_TEXT : ts->frame ? SOURCE_MODULE : SOURCE_FILE;
    char *decoded = NULL;
    size_t decoded_len;
    Object *co = NULL;
    if (srcenc_decode(src, len, source, &decoded, &decoded_len, &diag)) {
        if (decoded) {
            src = decoded;
            len = decoded_len;
        }
        ParseOptions opts = {ts->interp->int_max_str_digits, compile_depth_limit(ts, mode), SOURCE_TEXT,
                             false};
        ts->interp->compiling++;       /* objects made now are the code's constants, not the program's */
        Node *mod = parse_source_limit(arena, src, len, filename, pm, &opts, &diag);
        if (mod) co = comp_compile(ts, mod, arena, src, len, filename, &diag, future_flags);
        ts->interp->compiling--;
    }
    if (!co && diag.no_memory) err_no_memory(ts);
    else if (!co && diag.set) raise_diag(ts, &diag, mode, decoded != NULL);
    else if (!co && !err_occurred(ts)) err_set_string(ts, &ExcSystemError, "compilation failed");
    rawmem_free(decoded);
    diag_clear(&diag);
    arena_free(arena);
    return co;
}

Object *run_source(ThreadState *ts, const char *src, size_t len, const char *filename, RunMode mode,
                   Object *globals, Object *locals) {
    Object *co = run_compile(ts, src, len, filename, mode);
    if (!co) return NULL;
    Object *r = eval_code(ts, (CodeObject *)co, globals, locals ? locals : globals, NULL);
    DECREF(co);
    return r;
}

Object *run_eval_repr_in_frame(ThreadState *ts, Frame *f, const char *expr) {
    Object *locals = frame_locals(ts, f);
    Object *v = locals ? run_source(ts, expr, strlen(expr), "<stdin>", RUN_EVAL, f->globals, locals) : NULL;
    Object *r = v ? obj_repr(ts, v) : NULL;
    XDECREF(v);
    XDECREF(locals);
    return r;
}

int run_handle_exit(ThreadState *ts) {
    if (ts->interp->limit_hit) {      /* reported already; the SystemExit may not even exist */
        err_clear(ts);
        return ts->interp->limit_hit == LIMIT_QUIT ? QUIT_EXIT_STATUS : LIMIT_EXIT_STATUS;
    }
    if (!err_occurred(ts)) return 0;
    if (err_matches(ts, &ExcSystemExit)) {
        Object *e = err_fetch(ts);
        Object *code = ((BaseExceptionObject *)e)->code;
        int status = 0;
        if (code && code != None) {
            int64_t v;
            if (int_check(code) && int_as_i64(code, &v)) {
                status = (int)(v & 0xff);
            } else if (int_check(code)) {
                status = 255;          /* beyond a C long: CPython's exit(-1) */
            } else {
                Object *s = obj_str(ts, code);
                Object *err = dict_get_cstr_borrowed(ts, MODULE_DICT(ts->interp->sys_module), "stderr");
                fflush(stdout);
                if (s && err) {
                    io_write_text(ts, err, STR_DATA(s), STR_SIZE(s));
                    io_write_text(ts, err, "\n", 1);
                }
                XDECREF(s);
                err_clear(ts);
                status = 1;
            }
        }
        DECREF(e);
        return status;
    }
    bool interrupted = err_matches(ts, &ExcKeyboardInterrupt);
    err_print(ts);
    if (interrupted) ts->interp->interrupted = true;
    return 1;
}

Object *run_main_dict_borrowed(ThreadState *ts, const char *file) {
    Interp *interp = ts->interp;
    if (interp->main_module) return MODULE_DICT(interp->main_module);
    Object *m = module_new_cstr(ts, "__main__");
    if (!m) return NULL;
    Object *d = MODULE_DICT(m);
    /* what CPython's __main__ holds: no package, no spec (it was not
     * imported), and an empty __annotations__ */
    Object *annotations = dict_new(ts);
    int ok = annotations && dict_set(ts, d, ts->interp->ids.__builtins__, interp->builtins_module) == 0 &&
             dict_set(ts, d, ts->interp->ids.__package__, None) == 0 &&
             dict_set(ts, d, ts->interp->ids.__spec__, None) == 0 &&
             dict_set(ts, d, ts->interp->ids.__loader__, None) == 0 &&
             dict_set(ts, d, ts->interp->ids.__annotations__, annotations) == 0 &&
             dict_set_cstr(ts, interp->modules, "__main__", m) == 0;
    XDECREF(annotations);
    if (ok && file) {
        Object *f = str_from_cstr(ts, file);
        ok = f && dict_set(ts, d, ts->interp->ids.__file__, f) == 0 && dict_set_cstr(ts, d, "__cached__", None) == 0;
        XDECREF(f);
    }
    if (!ok) {
        DECREF(m);
        return NULL;
    }
    interp->main_module = m;
    return d;
}

/* The absolute form of [path], as CPython shows the script in tracebacks
 * (joined to the current directory, "." and ".." removed, links kept);
 * NULL when there is no memory. */
static char *absolute_path(const char *path) {
    StrBuf b;
    strbuf_init(&b);
    if (path[0] != '/') {
        char cwd[PATH_MAX];
        if (getcwd(cwd, sizeof cwd)) strbuf_puts(&b, cwd);
        strbuf_appendc(&b, '/');
    }
    strbuf_puts(&b, path);
    char *full = strbuf_detach(&b);
    if (!full) return NULL;
    /* normalise component by component */
    char *out = rawmem_alloc(strlen(full) + 2);
    if (!out) {
        rawmem_free(full);
        return NULL;
    }
    size_t n = 0;
    char *save = NULL;
    for (char *part = strtok_r(full, "/", &save); part; part = strtok_r(NULL, "/", &save)) {
        if (strcmp(part, ".") == 0) continue;
        if (strcmp(part, "..") == 0) {
            while (n > 0 && out[n - 1] != '/') n--;
            if (n > 0) n--;
            continue;
        }
        out[n++] = '/';
        size_t len = strlen(part);
        memcpy(out + n, part, len);
        n += len;
    }
    if (n == 0) out[n++] = '/';
    out[n] = '\0';
    rawmem_free(full);
    return out;
}

static int run_main(ThreadState *ts, const char *src, size_t len, const char *filename, const char *file,
                    RunMode mode) {
    Object *globals = run_main_dict_borrowed(ts, file);
    if (!globals) return run_handle_exit(ts);
    Object *co = run_compile(ts, src, len, filename, mode);
    if (!co) return run_handle_exit(ts);
    stepper_prepare(ts, (CodeObject *)co);    /* a breakpoint() in it needs a stepper from the start */
    Object *r = eval_code(ts, (CodeObject *)co, globals, globals, NULL);
    int status = r ? 0 : run_handle_exit(ts);
    XDECREF(r);
    if (ts->interp->dis_adaptive) {
        /* the listing follows what the program printed */
        Object *out = dict_get_cstr_borrowed(ts, MODULE_DICT(ts->interp->sys_module), "stdout");
        if (out && io_flush(ts, out) < 0) err_clear(ts);
        fflush(stderr);
        dis_code(ts, stdout, (CodeObject *)co, true, ts->interp->dis_adaptive);
    }
    DECREF(co);
    return status;
}

int run_main_file(ThreadState *ts, const char *path) {
    char *abs = absolute_path(path);
    if (!abs) {
        err_no_memory(ts);
        return run_handle_exit(ts);
    }
    size_t len;
    const char *src = source_text(ts->interp, abs, &len);
    if (!src && errno == ENOMEM) {
        rawmem_free(abs);
        err_no_memory(ts);
        return run_handle_exit(ts);
    }
    if (!src) {
        fprintf(stderr, "minipy: can't open file '%s': [Errno %d] %s\n", abs, errno, strerror(errno));
        rawmem_free(abs);
        return 2;
    }
    int status = run_main(ts, src, len, abs, abs, RUN_EXEC_FILE);
    rawmem_free(abs);
    return status;
}

int run_main_stdin(ThreadState *ts, const char *src, size_t len) {
    return run_main(ts, src, len, "<stdin>", NULL, RUN_EXEC_FILE);
}

int run_main_string(ThreadState *ts, const char *code) {
    return run_main(ts, code, strlen(code), "<string>", NULL, RUN_EXEC);
}

Interp *run_interp_for(const Program *p) {
    /* sys.path[0]: the script's folder, absolute, links resolved (as
     * CPython: the folder of the file the link points to) */
    char *script_dir = NULL;
    if (p->file) {
        char *real = realpath(p->file, NULL);
        if (!real) real = absolute_path(p->file);
        char *slash = strrchr(real, '/');
        script_dir = strndup(real, (size_t)(slash - real) + (slash == real));
        free(real);
    }
    InterpConfig cfg = {.argc = p->argc, .argv = p->argv, .hash_seed = getenv("MINIPYHASHSEED"),
                        .script_dir = script_dir ? script_dir : (p->code ? "" : NULL),
                        .fail_alloc = p->fail_alloc, .fail_alloc_after = p->fail_alloc_after,
                        .count_memory = p->limits && p->limits->max_memory};
    const char *fail = getenv("MINIPY_FAIL_ALLOC");
    if (!cfg.fail_alloc && fail && *fail) {
        char *end;
        cfg.fail_alloc = strtoull(fail, &end, 10);
        cfg.fail_alloc_after = *end == '+';
    }
    Interp *interp = interp_new(&cfg);
    free(script_dir);         /* from before the interpreter: not counted */
    if (interp) interp->colour = p->colour;
    if (interp && p->dis_adaptive) interp->dis_adaptive = p->file ? p->file : "<string>";
    return interp;
}

/* What the program wrote to stdout and is still in the buffer could not be
 * written at the end: CPython's report, and its exit status. */
static int stdout_lost(void) {
    int err = errno;
    __fpurge(stdout);
    clearerr(stdout);
    fprintf(stderr, "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n%s: [Errno %d] %s\n",
            err == EPIPE ? "BrokenPipeError" : "OSError", err, strerror(err));
    fflush(stderr);
    return 120;
}

int run_program(Program *p) {
    pid_t started_in = getpid();
    Interp *interp = run_interp_for(p);
    if (!interp) return 1;
    ThreadState *ts = interp_main_thread(interp);
    signals_install(interp);
    if (p->limits) limits_start(interp, p->limits);
    if (p->limits && p->limits->sandbox && sandbox_start(interp) < 0) {
        fprintf(stderr, "minipy: out of memory\n");
        interp_free(interp);
        signals_restore();
        return 1;
    }
    p->interrupted = false;
    if (p->switch_every) gil_set_switch_every(interp, p->switch_every);
    if (p->trace && !trace_start(interp, p->trace)) fprintf(stderr, "minipy: no memory for the narration\n");
    p->allocs_at_start = interp->mem.allocs;
    int status;
    if (p->code) status = run_main_string(ts, p->code);
    else if (p->file) status = run_main_file(ts, p->file);
    else if (isatty(0)) status = run_repl(ts);
    else {
        /* stdin is a pipe or a file: run it as a program, as CPython does */
        size_t len;
        char *src = source_read_stream(stdin, &len);
        if (!src && errno == ENOMEM) err_no_memory(ts);
        status = src ? run_main_stdin(ts, src, len) : run_handle_exit(ts) | 1;
        rawmem_free(src);
    }
    /* as CPython at exit: the threads that are no daemons run to their end */
    thread_wait_for_shutdown(ts);
    /* then the atexit functions (runtime/mod_atexit.c), before the modules go */
    atexit_run(ts);
    /* a limit reached while the program waited for its threads ends it as
     * a limit does anywhere else */
    if (interp->limit_hit && interp->limit_hit != LIMIT_QUIT) status = LIMIT_EXIT_STATUS;
    p->interrupted = interp->interrupted;
    p->allocs = interp->mem.allocs;
    if (p->limits) limits_stop(interp);
    if (fflush(stdout) != 0 && !p->interrupted) status = stdout_lost();
    p->leaked = interp_free(interp);
    if (fflush(stdout) != 0 && !p->interrupted) status = stdout_lost();   /* what teardown printed */
    signals_restore();
    if (getpid() != started_in) {
        /* a child of os.fork() ends with its program: what called
         * run_program() (a test running programs one after another) is
         * the parent's business */
        if (p->interrupted) signals_exit_interrupted();
        fflush(stderr);
        _exit(status);
    }
    return status;
}
