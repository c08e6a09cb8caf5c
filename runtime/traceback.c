/* traceback.c -- printing an exception the way CPython 3.11 does.
 *
 *   Traceback (most recent call last):
 *     File "/path/prog.py", line 5, in g
 *       return f(x, 0) + 1
 *              ^^^^^^^
 *     File "/path/prog.py", line 2, in f
 *       return a / b
 *              ~~^~~
 *   ZeroDivisionError: division by zero
 *
 * One entry per frame the exception passed through, oldest first, with the
 * source line and markers under the part that failed (the ~ and ^ come from
 * the positions the compiler recorded for each instruction, PEP 657). Runs of
 * the same line collapse into "[Previous line repeated N more times]".
 * Chained exceptions print first, joined by CPython's two sentences. A
 * NameError or AttributeError ends with "Did you mean: ...?" when a name
 * close to the missing one exists.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exceptions.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "list.h"
#include "set.h"
#include "dict.h"
#include "code.h"
#include "common/utf8.h"
#include "common/colour.h"
#include "source.h"
#include "module.h"
#include "modules.h"
#include "args.h"
#include "common/strbuf.h"

#define TB_RECURSIVE_CUTOFF 3
/* CPython's limits on printing exception groups */
#define MAX_GROUP_WIDTH 15
#define MAX_GROUP_DEPTH 10

/* Where the printing is: inside [depth] exception groups every line starts
 * with 2*depth spaces and "| " (CPython's EXC_INDENT and EXC_MARGIN);
 * [need_close]: the innermost group still needs its bottom line. */
typedef struct Printer {
    FILE *out;             /* where the text goes: a stream, */
    StrBuf *buf;           /* or, when this is not NULL, a buffer (exc_format) */
    Object *seen;          /* addresses (ints) of the exceptions printed; may be NULL */
    int depth;
    bool need_close;
    bool colour;           /* stderr is a terminal that wants colour (common/colour.h) */
} Printer;

/* The text goes out through these three only, to pr->buf or to pr->out. */
static void pr_write(const Printer *pr, const char *s, size_t n) {
    if (pr->buf) strbuf_append(pr->buf, s, n);
    else fwrite(s, 1, n, pr->out);
}

static void pr_puts(const Printer *pr, const char *s) { pr_write(pr, s, strlen(s)); }

static void pr_putc(const Printer *pr, char c) { pr_write(pr, &c, 1); }

static void pr_printf(const Printer *pr, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    if (pr->buf) strbuf_vprintf(pr->buf, fmt, ap);
    else vfprintf(pr->out, fmt, ap);
    va_end(ap);
}

/* Start and end a coloured part: escapes only, the text is unchanged. */
static void paint(const Printer *pr, ColourRole role) {
    if (pr->colour) pr_puts(pr, colour_start(role));
}

static void unpaint(const Printer *pr) {
    if (pr->colour) pr_puts(pr, COLOUR_END);
}

static void indent(const Printer *pr) {
    for (int i = 0; i < 2 * pr->depth; i++) pr_putc(pr, ' ');
}

static void margin(const Printer *pr) {
    indent(pr);
    if (pr->depth) pr_puts(pr, "| ");
}

/* ---- source lines -------------------------------------------------------- */

Object *traceback_source_line(ThreadState *ts, Object *filename, int lineno) {
    size_t len;
    const char *line = source_line(ts->interp, STR_DATA(filename), lineno, &len);
    if (!line) return NULL;
    /* with its newline, as Python's linecache gives it; undecodable: empty */
    Object *s = utf8_validate(line, len, NULL) ? str_new(ts, line, len) : str_from_cstr(ts, "");
    if (!s) { err_clear(ts); return NULL; }
    Object *r = str_concat(ts, s, ts->interp->ascii_chars['\n']);
    DECREF(s);
    if (!r) err_clear(ts);
    return r;
}

static bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r'; }

/* Byte offset [b] in [line] as a character offset. */
static long char_offset(const char *line, long b) {
    long len = (long)strlen(line);
    if (b > len) b = len;
    return (long)utf8_count_chars(line, (size_t)b);
}

static void print_carets(const Printer *pr, const char *line, const CodePos *pos) {
    long len = (long)strlen(line);
    while (len > 0 && is_ws(line[len - 1])) len--;
    long indent = 0;
    while (indent < len && is_ws(line[indent])) indent++;
    if (pos->col < 0 || pos->end_col < 0 || pos->line <= 0) return;
    long start = pos->col, end = pos->end_col;
    long left = -1, right = -1;
    if (pos->end_line == pos->line) {
        if (pos->anchor_kind == ANCHOR_BINOP) {
            for (long i = pos->anchor_a; i < pos->anchor_b && i < len; i++) {
                if (is_ws(line[i])) continue;
                left = i;
                right = i + 1;
                if (i + 1 < pos->anchor_b && !is_ws(line[i + 1])) right++;
                break;
            }
        } else if (pos->anchor_kind == ANCHOR_SUBSCRIPT) {
            left = pos->anchor_a;
            right = pos->anchor_b;
        }
    } else {
        end = len;
    }
    if (end > len) end = len;
    if (start > end) return;
    long cstart = char_offset(line, start), cend = char_offset(line, end);
    long cindent = char_offset(line, indent), clen = char_offset(line, len);
    bool secondary = left >= 0 && right >= 0;
    if (cend - cstart == clen - cindent && !secondary) return;
    long cleft = secondary ? char_offset(line, left) : -1;
    long cright = secondary ? char_offset(line, right) : -1;
    margin(pr);
    pr_puts(pr, "    ");
    for (long i = cindent; i < cstart; i++) pr_putc(pr, ' ');
    paint(pr, COLOUR_ERROR);
    for (long i = cstart; i < cend; i++) {
        if (secondary && i >= cleft && i < cright) pr_putc(pr, '^');
        else pr_putc(pr, secondary ? '~' : '^');
    }
    unpaint(pr);
    pr_putc(pr, '\n');
}

static void print_entry(ThreadState *ts, const Printer *pr, TracebackObject *tb) {
    CodeObject *co = (CodeObject *)tb->code;
    margin(pr);
    pr_puts(pr, "  File \"");
    paint(pr, COLOUR_PLACE);
    pr_puts(pr, STR_DATA(co->filename));
    unpaint(pr);
    pr_puts(pr, "\", line ");
    paint(pr, COLOUR_PLACE);
    pr_printf(pr, "%d", tb->lineno);
    unpaint(pr);
    pr_puts(pr, ", in ");
    paint(pr, COLOUR_NAME);
    pr_puts(pr, STR_DATA(co->name));
    unpaint(pr);
    pr_putc(pr, '\n');
    Object *text = traceback_source_line(ts, co->filename, tb->lineno);
    if (!text) return;
    const char *line = STR_DATA(text);
    long len = (long)strlen(line), start = 0;
    while (len > 0 && is_ws(line[len - 1])) len--;
    while (start < len && is_ws(line[start])) start++;
    if (start < len) {
        margin(pr);
        pr_printf(pr, "    %.*s\n", (int)(len - start), line + start);
        if (tb->lasti >= 0 && (uint32_t)tb->lasti < co->ncode && co->positions) {
            const CodePos *pos = &co->positions[tb->lasti];
            if (pos->line == tb->lineno) print_carets(pr, line, pos);
        }
    }
    DECREF(text);
}

static void print_tb(ThreadState *ts, const Printer *pr, TracebackObject *tb) {
    /* sys.tracebacklimit is 1000: print only the newest 1000 entries */
    long depth = 0;
    for (TracebackObject *t = tb; t; t = t->next) depth++;
    while (depth > 1000) { tb = tb->next; depth--; }
    Object *last_file = NULL, *last_name = NULL;
    int last_line = -1;
    long cnt = 0;
    for (; tb; tb = tb->next) {
        CodeObject *co = (CodeObject *)tb->code;
        if (!last_file || co->filename != last_file || tb->lineno != last_line || co->name != last_name) {
            if (cnt > TB_RECURSIVE_CUTOFF) {
                cnt -= TB_RECURSIVE_CUTOFF;
                margin(pr);
                pr_printf(pr, "  [Previous line repeated %ld more time%s]\n", cnt, cnt > 1 ? "s" : "");
            }
            last_file = co->filename;
            last_line = tb->lineno;
            last_name = co->name;
            cnt = 0;
        }
        cnt++;
        if (cnt <= TB_RECURSIVE_CUTOFF) print_entry(ts, pr, tb);
    }
    if (cnt > TB_RECURSIVE_CUTOFF) {
        cnt -= TB_RECURSIVE_CUTOFF;
        margin(pr);
        pr_printf(pr, "  [Previous line repeated %ld more time%s]\n", cnt, cnt > 1 ? "s" : "");
    }
}

/* ---- "Did you mean" (CPython's suggestions, same costs and limits) -------- */

#define SUGGEST_MAX_ITEMS 750
#define SUGGEST_MAX_STRING 40
#define MOVE_COST 2
#define CASE_COST 1

static long substitution_cost(char a, char b) {
    if ((a & 31) != (b & 31)) return MOVE_COST;
    if (a == b) return 0;
    if (a >= 'A' && a <= 'Z') a += 'a' - 'A';
    if (b >= 'A' && b <= 'Z') b += 'a' - 'A';
    return a == b ? CASE_COST : MOVE_COST;
}

/* Levenshtein distance where a case change costs 1 and any other edit 2,
 * giving up as soon as it must exceed [max_cost]. */
static long edit_distance(const char *a, long na, const char *b, long nb, long max_cost) {
    long row[SUGGEST_MAX_STRING];
    if (a == b) return 0;
    while (na && nb && a[0] == b[0]) { a++; b++; na--; nb--; }
    while (na && nb && a[na - 1] == b[nb - 1]) { na--; nb--; }
    if (na == 0 || nb == 0) return (na + nb) * MOVE_COST;
    if (na > SUGGEST_MAX_STRING || nb > SUGGEST_MAX_STRING) return max_cost + 1;
    if (nb < na) {
        const char *t = a; a = b; b = t;
        long tn = na; na = nb; nb = tn;
    }
    if ((nb - na) * MOVE_COST > max_cost) return max_cost + 1;
    for (long i = 0; i < na; i++) row[i] = (i + 1) * MOVE_COST;
    long result = 0;
    for (long bi = 0; bi < nb; bi++) {
        long distance = result = bi * MOVE_COST;
        long minimum = 1L << 30;
        for (long i = 0; i < na; i++) {
            long substitute = distance + substitution_cost(b[bi], a[i]);
            distance = row[i];
            long insert_delete = (result < distance ? result : distance) + MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            row[i] = result;
            if (result < minimum) minimum = result;
        }
        if (minimum > max_cost) return max_cost + 1;
    }
    return result;
}

/* The closest name in the list [names] (borrowed result), or NULL. */
static Object *closest_name(Object *names, Object *name) {
    size_t n = LIST_SIZE(names);
    if (n >= SUGGEST_MAX_ITEMS) return NULL;
    long best_distance = 1L << 30;
    Object *best = NULL;
    long nlen = (long)STR_SIZE(name);
    for (size_t i = 0; i < n; i++) {
        Object *item = LIST_GET(names, i);
        if (!str_check(item) || str_eq(item, name)) continue;
        long ilen = (long)STR_SIZE(item);
        long max_distance = (nlen + ilen + 3) * MOVE_COST / 6;
        if (best_distance - 1 < max_distance) max_distance = best_distance - 1;
        long d = edit_distance(STR_DATA(name), nlen, STR_DATA(item), ilen, max_distance);
        if (d > max_distance) continue;
        if (!best || d < best_distance) {
            best = item;
            best_distance = d;
        }
    }
    return best;
}

static Object *suggest_from(ThreadState *ts, Object *names_src, Object *name) {
    Object *names = dict_check(names_src) ? dict_keys_list(ts, names_src) : list_from_iterable(ts, names_src);
    if (!names) { err_clear(ts); return NULL; }
    Object *s = closest_name(names, name);
    XINCREF(s);
    DECREF(names);
    return s;
}

/* The suggestion for a NameError or AttributeError, or NULL. */
static Object *suggestion(ThreadState *ts, Object *exc) {
    BaseExceptionObject *e = (BaseExceptionObject *)exc;
    if (!e->name || !str_check_exact(e->name)) return NULL;
    if (type_is_subtype(TYPE(exc), &ExcNameError) && e->traceback) {
        TracebackObject *tb = (TracebackObject *)e->traceback;
        while (tb->next) tb = tb->next;
        CodeObject *co = (CodeObject *)tb->code;
        Object *s = suggest_from(ts, co->varnames, e->name);
        if (!s && tb->globals) s = suggest_from(ts, tb->globals, e->name);
        if (!s) s = suggest_from(ts, ts->interp->builtins, e->name);
        return s;
    }
    if (type_is_subtype(TYPE(exc), &ExcAttributeError) && e->obj) {
        Object *dir_fn = dict_get_cstr_borrowed(ts, ts->interp->builtins, "dir");
        Object *names = dir_fn ? obj_call1(ts, dir_fn, e->obj) : NULL;
        if (!names || !list_check(names)) { XDECREF(names); err_clear(ts); return NULL; }
        Object *s = closest_name(names, e->name);
        XINCREF(s);
        DECREF(names);
        return s;
    }
    return NULL;
}

/* ---- one exception ---------------------------------------------------------- */

static void print_syntax_error_location(const Printer *pr, BaseExceptionObject *e) {
    if (!e->filename || !str_check(e->filename) || !e->lineno || !int_check(e->lineno)) return;
    int64_t lineno = 0;
    int_as_i64(e->lineno, &lineno);
    margin(pr);
    pr_puts(pr, "  File \"");
    paint(pr, COLOUR_PLACE);
    pr_puts(pr, STR_DATA(e->filename));
    unpaint(pr);
    pr_puts(pr, "\", line ");
    paint(pr, COLOUR_PLACE);
    pr_printf(pr, "%lld", (long long)lineno);
    unpaint(pr);
    pr_putc(pr, '\n');
    if (!e->text || !str_check(e->text)) return;
    int64_t offset = 0, end_offset = -1, end_lineno = lineno;
    if (e->offset && int_check(e->offset)) int_as_i64(e->offset, &offset);
    if (e->end_offset && int_check(e->end_offset)) int_as_i64(e->end_offset, &end_offset);
    if (e->end_lineno && int_check(e->end_lineno)) int_as_i64(e->end_lineno, &end_lineno);
    const char *text = STR_DATA(e->text);
    int64_t line_size = (int64_t)STR_LEN(e->text);
    if (end_lineno > lineno) end_offset = line_size;
    if (end_offset > line_size + 1) end_offset = line_size + 1;
    int64_t carets = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
    /* CPython marks an indentation error with a single caret */
    if (type_is_subtype(TYPE((Object *)e), &ExcIndentationError)) carets = 1;
    /* work in characters: copy the text as code points for the offsets */
    offset--;
    const char *p = text;
    while (*p == ' ' || *p == '\t' || *p == '\f') { p++; offset--; }
    long len = (long)strlen(p);
    long clen = (long)utf8_count_chars(p, (size_t)len);
    if (len > 0 && p[len - 1] == '\n') { len--; clen--; }
    if (offset > clen) offset = clen;
    /* CPython 3.11's print_error_text writes these two lines without the
     * group's margin (only the "File" line above has it): so do we */
    pr_printf(pr, "    %.*s\n", (int)len, p);
    if (offset < 0) return;
    pr_puts(pr, "    ");
    while (--offset >= 0) pr_putc(pr, ' ');
    paint(pr, COLOUR_ERROR);
    for (int64_t i = 0; i < carets; i++) pr_putc(pr, '^');
    unpaint(pr);
    pr_putc(pr, '\n');
}

static void print_exception_line(ThreadState *ts, const Printer *pr, Object *exc) {
    TypeObject *t = TYPE(exc);
    BaseExceptionObject *e = (BaseExceptionObject *)exc;
    if (type_is_subtype(t, &ExcSyntaxError)) print_syntax_error_location(pr, e);
    margin(pr);
    paint(pr, COLOUR_ERROR);
    if (t->flags & TYPE_FLAG_HEAP) {
        Object *mod = dict_get_str_borrowed(ts, t->dict, ts->interp->ids.__module__);
        if (mod && str_check(mod) && !str_eq_cstr(mod, "builtins") && !str_eq_cstr(mod, "__main__"))
            pr_printf(pr, "%s.", STR_DATA(mod));
        pr_puts(pr, STR_DATA(((HeapTypeObject *)t)->qualname));
    } else {
        pr_puts(pr, t->name);
    }
    unpaint(pr);
    Object *s;
    if (type_is_subtype(t, &ExcSyntaxError) && e->msg) s = obj_str(ts, e->msg);
    else s = obj_str(ts, exc);
    if (!s) {
        err_clear(ts);
        pr_puts(pr, ": <exception str() failed>");
    } else if (STR_SIZE(s) > 0) {
        pr_puts(pr, ": ");
        pr_write(pr, STR_DATA(s), STR_SIZE(s));
    }
    XDECREF(s);
    Object *sug = suggestion(ts, exc);
    if (sug) {
        pr_printf(pr, ". Did you mean: '%s'?", STR_DATA(sug));
        DECREF(sug);
    }
    err_clear(ts);
    pr_putc(pr, '\n');
    /* notes added with add_note() */
    Object **dp = obj_dict_ptr(exc);
    Object *notes = dp && *dp ? dict_get_cstr_borrowed(ts, *dp, "__notes__") : NULL;
    if (notes && list_check(notes)) {
        for (size_t i = 0; i < LIST_SIZE(notes); i++) {
            Object *n = obj_str(ts, LIST_GET(notes, i));
            if (n) {
                /* each line of a note behind the margin */
                const char *q = STR_DATA(n), *nl;
                while ((nl = strchr(q, '\n'))) {
                    margin(pr);
                    pr_write(pr, q, (size_t)(nl + 1 - q));
                    q = nl + 1;
                }
                margin(pr);
                pr_printf(pr, "%s\n", q);
                DECREF(n);
            }
            err_clear(ts);
        }
    }
}

/* The exception [exc] links back to: its __cause__, else its __context__
 * unless suppressed; NULL when there is none. [*caused] tells which. */
static Object *chain_link_borrowed(Object *exc, bool *caused) {
    BaseExceptionObject *e = (BaseExceptionObject *)exc;
    *caused = e->cause && e->cause != None && exc_is_exception_instance(e->cause);
    if (*caused) return e->cause;
    if (e->context && e->context != None && !e->suppress_context && exc_is_exception_instance(e->context))
        return e->context;
    return NULL;
}

/* Print [exc] and what it was chained to, oldest first, each exception
 * once, as CPython's print_exception_recursive() does -- but with a loop,
 * not recursion: a program can chain 100,000 exceptions and the C stack
 * must not care. The chain is collected newest first, then printed
 * backwards with the sentence joining each one to the next. Only an
 * exception group recurses (print_group), into its members, as deep as
 * its nesting, which MAX_GROUP_DEPTH bounds. */
static void print_chain(ThreadState *ts, Printer *pr, Object *exc);

static void print_one(ThreadState *ts, const Printer *pr, Object *e) {
    BaseExceptionObject *be = (BaseExceptionObject *)e;
    if (be->traceback && TYPE(be->traceback) == &TracebackType) {
        indent(pr);
        if (obj_type_check(e, &ExcBaseExceptionGroup)) {
            pr_puts(pr, pr->depth == 1 ? "+ " : "| ");
            pr_puts(pr, "Exception Group Traceback (most recent call last):\n");
        } else {
            if (pr->depth) pr_puts(pr, "| ");
            pr_puts(pr, "Traceback (most recent call last):\n");
        }
        print_tb(ts, pr, (TracebackObject *)be->traceback);
    }
    print_exception_line(ts, pr, e);
}

/* A group, then each member in its box:
 *   +-+---------------- 1 ----------------
 *     | ValueError: 1
 *     +---------------- 2 ----------------
 *     ...
 *     +------------------------------------            */
static void print_group(ThreadState *ts, Printer *pr, Object *eg) {
    if (pr->depth > MAX_GROUP_DEPTH) {
        margin(pr);
        pr_printf(pr, "... (max_group_depth is %d)\n", MAX_GROUP_DEPTH);
        return;
    }
    bool outermost = pr->depth == 0;
    if (outermost) pr->depth = 1;
    print_one(ts, pr, eg);
    Object *excs = ((BaseExceptionObject *)eg)->excs;
    size_t count = excs ? TUPLE_SIZE(excs) : 0;
    size_t n = count <= MAX_GROUP_WIDTH ? count : MAX_GROUP_WIDTH + 1;
    pr->need_close = false;
    for (size_t i = 0; i < n; i++) {
        bool last = i == n - 1;
        if (last) pr->need_close = true;   /* a member that is a group may close it */
        indent(pr);
        bool truncated = i >= MAX_GROUP_WIDTH;
        if (truncated) pr_printf(pr, "%s+---------------- ... ----------------\n", i == 0 ? "+-" : "  ");
        else pr_printf(pr, "%s+---------------- %zu ----------------\n", i == 0 ? "+-" : "  ", i + 1);
        pr->depth++;
        if (!truncated) {
            if (ts_enter_recursive(ts, " in print_exception_group") < 0) {
                err_clear(ts);
            } else {
                print_chain(ts, pr, TUPLE_GET(excs, i));
                ts_leave_recursive(ts);
            }
        } else {
            size_t more = count - MAX_GROUP_WIDTH;
            margin(pr);
            pr_printf(pr, "and %zu more exception%s\n", more, more > 1 ? "s" : "");
        }
        if (last && pr->need_close) {
            indent(pr);
            pr_puts(pr, "+------------------------------------\n");
            pr->need_close = false;
        }
        pr->depth--;
    }
    if (outermost) pr->depth = 0;
}

static void print_single(ThreadState *ts, Printer *pr, Object *e) {
    if (obj_type_check(e, &ExcBaseExceptionGroup)) print_group(ts, pr, e);
    else print_one(ts, pr, e);
}

/* Is [o] in the set of printed exceptions? Records it if not. */
static bool seen_before(ThreadState *ts, Printer *pr, Object *o, bool add) {
    if (!pr->seen) return false;
    Object *id = int_from_i64(ts, (int64_t)(intptr_t)o);
    int r = id ? set_contains(ts, pr->seen, id) : -1;
    if (r == 0 && add && set_add(ts, pr->seen, id) < 0) r = -1;
    XDECREF(id);
    if (r < 0) err_clear(ts);
    return r == 1;
}

static void print_chain(ThreadState *ts, Printer *pr, Object *exc) {
    Object *chain = list_new(ts, 0);                  /* newest first */
    if (!chain) goto no_memory;
    for (Object *cur = exc; cur;) {
        seen_before(ts, pr, cur, true);
        if (list_append(ts, chain, cur) < 0) goto no_memory;
        bool caused;
        Object *next = chain_link_borrowed(cur, &caused);
        if (!next || seen_before(ts, pr, next, false)) break;
        cur = next;
    }
    bool need_close = pr->need_close;
    for (size_t i = LIST_SIZE(chain); i > 0; i--) {
        Object *e = LIST_GET(chain, i - 1);
        print_single(ts, pr, e);
        if (i > 1) {
            pr->need_close = need_close;    /* a cause printed does not close the box */
            bool caused;
            chain_link_borrowed(LIST_GET(chain, i - 2), &caused);
            margin(pr);
            pr_putc(pr, '\n');
            margin(pr);
            pr_puts(pr, caused ? "The above exception was the direct cause of the following exception:\n"
                         : "During handling of the above exception, another exception occurred:\n");
            margin(pr);
            pr_putc(pr, '\n');
        }
    }
    goto done;
no_memory:
    /* no memory to follow the chain: the exception itself, at least */
    err_clear(ts);
    print_single(ts, pr, exc);
done:
    XDECREF(chain);
    err_clear(ts);
}

void exc_print(ThreadState *ts, Object *exc) {
    fflush(stdout);
    Object *saved = err_fetch(ts);
    Printer pr = {.out = stderr, .seen = set_new(ts, NULL), .colour = colour_wanted(ts->interp->colour, stderr)};
    err_clear(ts);                 /* without the set, the main exception at least */
    print_chain(ts, &pr, exc);
    XDECREF(pr.seen);
    err_clear(ts);
    ts->exc = saved;
    fflush(stderr);
}

Object *exc_format(ThreadState *ts, Object *exc) {
    StrBuf buf;
    strbuf_init(&buf);
    Object *saved = err_fetch(ts);
    Printer pr = {.buf = &buf, .seen = set_new(ts, NULL)};
    err_clear(ts);
    print_chain(ts, &pr, exc);
    XDECREF(pr.seen);
    err_clear(ts);
    ts->exc = saved;
    return str_from_strbuf(ts, &buf);
}

void err_print(ThreadState *ts) {
    Object *exc = err_fetch(ts);
    if (!exc) return;
    exc_print(ts, exc);
    DECREF(exc);
}

void err_warn_show(ThreadState *ts, TypeObject *category, const char *filename, int lineno, const char *msg) {
    fflush(stdout);
    fprintf(stderr, "%s:%d: %s: %s\n", filename, lineno, category->name, msg);
    size_t len;
    const char *src = source_line(ts->interp, filename, lineno, &len);
    if (src) {
        /* warnings.formatwarning quotes the line stripped (an empty line too) */
        while (len && (*src == ' ' || *src == '\t' || *src == '\f')) { src++; len--; }
        while (len && (src[len - 1] == ' ' || src[len - 1] == '\t' || src[len - 1] == '\r' || src[len - 1] == '\f')) len--;
        fprintf(stderr, "  %.*s\n", (int)len, src);
    }
    fflush(stderr);
}

void err_write_unraisable(ThreadState *ts, Object *where) { err_write_unraisable_msg(ts, NULL, where); }

void err_write_unraisable_msg(ThreadState *ts, const char *msg, Object *where) {
    if (ts->interp->limit_hit) {       /* the limit's own unwinding: already reported */
        err_clear(ts);
        return;
    }
    Object *exc = err_fetch(ts);
    /* a finalizer that failed deep in a recursion, most likely because the
     * stack ran short: its report may use half of the stack's reserve */
    uintptr_t reserve = ts_lend_reserve(ts);
    fprintf(stderr, "Exception ignored %s: ", msg ? msg : "in");
    Object *rep = where ? obj_repr(ts, where) : NULL;
    fprintf(stderr, "%s\n", rep ? STR_DATA(rep) : "<object>");
    XDECREF(rep);
    err_clear(ts);
    if (exc) exc_print(ts, exc);
    XDECREF(exc);
    ts_return_reserve(ts, reserve);
}

/* ==== _traceback: the printer, for lib/traceback.py and lib/doctest.py ==== */

/* format_exception(exc): the text exc_print() would write, as a str. */
static CFUNC(tbmod_format_exception) {
    if (args_exactly(ts, "format_exception", nargs, kwnames, 1) < 0) return NULL;
    if (!exc_is_exception_instance(args[0]))
        return err_format(ts, &ExcTypeError, "format_exception(): Exception expected for value, %s found",
                          TYPE_NAME(args[0]));
    return exc_format(ts, args[0]);
}

/* remember_source(name, text): tracebacks quote the lines of [text] for
 * code compiled under [name] (doctest's "<doctest m.f[0]>" examples). */
static CFUNC(tbmod_remember_source) {
    if (args_exactly(ts, "remember_source", nargs, kwnames, 2) < 0) return NULL;
    if (!str_check(args[0]) || !str_check(args[1]))
        return err_format(ts, &ExcTypeError, "remember_source() arguments must be str, not %s and %s",
                          args_type_name(args[0]), args_type_name(args[1]));
    if (source_remember(ts->interp, STR_DATA(args[0]), STR_DATA(args[1]), STR_SIZE(args[1])) < 0)
        return err_no_memory(ts);
    return none_new();
}

static const MethodDef tbmod_functions[] = {
    {"format_exception", tbmod_format_exception, 0,
     "Return an exception, its traceback and its chained exceptions as the text sys.excepthook prints."},
    {"remember_source", tbmod_remember_source, 0,
     "Give tracebacks the source text of code compiled under a name that is no file."},
    {NULL},
};

Object *mod_traceback_create(ThreadState *ts) {
    Object *m = module_new_cstr(ts, "_traceback");
    if (!m) return NULL;
    if (module_add_functions(ts, m, tbmod_functions) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
