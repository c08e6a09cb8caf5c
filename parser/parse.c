/* parse.c -- the front end's driver: source bytes in, a tree or a
 * CPython-style SyntaxError out (see parse.h).
 *
 * Lesson 2 (the pipeline). parse_source() decodes the bytes when a coding
 * cookie says they are not UTF-8 (common/srcenc.c), checks them (no NUL,
 * valid UTF-8), normalizes line ends, and runs the bison parser, which pulls
 * tokens through yylex() below. yylex keeps a window of recent tokens: the
 * error explainer (errors.c) reads it to say "Perhaps you forgot a comma?"
 * instead of "invalid syntax", and the `with (a as b, c as d):` form is
 * told apart from a parenthesized expression by looking ahead to the token
 * after the matching ')'.
 *
 * Which error wins follows CPython 3.11: a scanner error always wins,
 * since CPython keeps tokenizing the rest of the file after a parser error;
 * "'(' was never closed" wins only if the bracket opened on an earlier line
 * than the parser's error; compiler-level errors (deferred) come last.
 *
 * Running out of memory: grammar actions allocate nodes without checking
 * (common/arena.h says why), so each parse runs under a handler
 * (guarded_parse): the arena, the token window and bison's own stacks jump
 * to it when memory runs out, the parse is abandoned, and the Diag says
 * no_memory -- the runtime raises MemoryError. Nothing leaks: the tree and
 * every string are in the arena, the token blocks in the Parser, and
 * bison's stacks on a list of their own (parse_stack_alloc).
 */
#include "parse.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/nfkc.h"
#include "common/pyrepr.h"
#include "common/strbuf.h"
#include "common/utf8.h"
#include "common/rawmem.h"
#include "grammar.h"
#include "pstate.h"

int yyparse(Parser *p);

/* ---- the token window ------------------------------------------------- */

/* Tokens live in fixed blocks so that a Token pointer stays valid while
 * more tokens are read (the error explainer holds several at once); only
 * trim() releases whole blocks, and only yylex() calls it. */
#define TOKBLOCK 4096

static Token *slot(Parser *p, int k)
{
    return &p->tokblocks[k / TOKBLOCK][k % TOKBLOCK];
}

static const Token *last_token(Parser *p)
{
    return p->ntoks ? slot(p, p->ntoks - 1) : NULL;
}

/* No memory for the token window: jump to the parse's handler, or (once
 * the parse is over, explaining an error) read it as the end of input. */
static bool out_of_memory(Parser *p)
{
    p->no_memory = true;
    arena_no_memory(p->arena);
    return false;
}

static bool lex_more(Parser *p)
{
    const Token *last = last_token(p);
    if (last && (last->kind == T_YYEOF || last->kind == T_YYerror))
        return false;
    if (p->ntoks == p->nblocks * TOKBLOCK) {
        if (p->nblocks == p->blockcap) {
            int cap = p->blockcap ? p->blockcap * 2 : 8;
            Token **b = rawmem_realloc(p->tokblocks, (size_t)cap * sizeof *b);
            if (!b)
                return out_of_memory(p);
            p->tokblocks = b;
            p->blockcap = cap;
        }
        p->tokblocks[p->nblocks] = rawmem_alloc(TOKBLOCK * sizeof(Token));
        if (!p->tokblocks[p->nblocks])
            return out_of_memory(p);
        p->nblocks++;
    }
    lex_next(&p->lx, slot(p, p->ntoks));
    p->ntoks++;
    return true;
}

const Token *parse_token(Parser *p, int i)
{
    if (i < p->base)
        return NULL;
    while (i - p->base >= p->ntoks)
        if (!lex_more(p))
            return NULL;
    return slot(p, i - p->base);
}

/* Forget whole blocks of tokens before stream index [keep] (the window
 * keeps the current and the previous logical line at least). */
static void trim(Parser *p, int keep)
{
    int drop = (keep - p->base) / TOKBLOCK;
    if (drop <= 0 || drop >= p->nblocks)
        return;
    for (int i = 0; i < drop; i++)
        rawmem_free(p->tokblocks[i]);
    memmove(p->tokblocks, p->tokblocks + drop,
            (size_t)(p->nblocks - drop) * sizeof *p->tokblocks);
    p->nblocks -= drop;
    p->ntoks -= drop * TOKBLOCK;
    p->base += drop * TOKBLOCK;
}

/* `with (` opens parenthesized with-items when the matching ')' is followed
 * by ':' and the parentheses are not empty (CPython tries that reading
 * first). */
static bool with_items_follow(Parser *p, int lpar)
{
    const Token *t = parse_token(p, lpar + 1);
    if (!t || t->kind == T_RPAR)
        return false;
    int depth = 0;
    for (int i = lpar; (t = parse_token(p, i)) != NULL; i++) {
        if (t->kind == T_LPAR || t->kind == T_LSQB || t->kind == T_LBRACE ||
            t->kind == T_WITH_LPAR)
            depth++;
        else if (t->kind == T_RPAR || t->kind == T_RSQB || t->kind == T_RBRACE) {
            if (--depth == 0) {
                /* (a NEWLINE there is CPython's "expected ':'" case) */
                const Token *n = parse_token(p, i + 1);
                return n && (n->kind == T_COLON || n->kind == T_NEWLINE);
            }
        } else if (t->kind == T_NEWLINE || t->kind == T_YYEOF) {
            return false;
        }
    }
    return false;
}

/* ---- soft keywords: match and case ------------------------------------- */

/* `match` and `case` are names everywhere except where they begin a match
 * statement or one of its cases (CPython's soft keywords), so `match = 1`
 * and `match(x)` still work. CPython's PEG parser simply tries the match
 * statement first; an LALR parser needs the decision before the token, so
 * it is made here, from the tokens around it:
 *   - `match` at the start of a logical line is the keyword when that line
 *     ends with ':' outside brackets (no simple statement does, and a
 *     match statement needs its cases on the following lines);
 *   - `case` at the start of a line is the keyword when the line is at the
 *     indentation of a match statement's block of cases. */

static bool name_is(const Token *t, const char *word)
{
    size_t n = strlen(word);
    return t->len == n && memcmp(t->start, word, n) == 0;
}

static bool at_line_start(int prev_kind)
{
    return prev_kind == 0 || prev_kind == T_NEWLINE || prev_kind == T_INDENT ||
           prev_kind == T_DEDENT || prev_kind == T_START_FILE ||
           prev_kind == T_START_INTERACTIVE;
}

/* The logical line starting at stream index [i] (a `match`) ends with ':'. */
static bool line_ends_with_colon(Parser *p, int i)
{
    const Token *next = parse_token(p, i + 1);
    if (!next || next->kind == T_COLON || next->kind == T_NEWLINE || next->kind == T_EQUAL ||
        next->kind == T_DOT || next->kind == T_COMMA)
        return false;
    int last = T_NAME;
    for (int k = i + 1;; k++) {
        const Token *t = parse_token(p, k);
        if (!t || t->kind == T_YYEOF || t->kind == T_YYerror)
            return false;
        if (t->kind == T_NEWLINE)
            return last == T_COLON;
        last = t->level == 0 ? t->kind : 0;
    }
}

static int soft_keyword(Parser *p, int index, const Token *t)
{
    if (t->level != 0 || !at_line_start(p->prev_kind))
        return T_NAME;
    if (name_is(t, "match") && line_ends_with_colon(p, index))
        return T_MATCH;
    if (name_is(t, "case") && p->nmatch > 0 && p->match_blocks[p->nmatch - 1] == p->indent_depth)
        return T_CASE;
    return T_NAME;
}

/* Follow the indentation handed to the parser, to know where the blocks of
 * cases are. */
static void track_blocks(Parser *p, int kind)
{
    if (kind == T_INDENT) {
        p->indent_depth++;
        if (p->match_pending && p->nmatch < (int)(sizeof p->match_blocks / sizeof *p->match_blocks))
            p->match_blocks[p->nmatch++] = p->indent_depth;
        p->match_pending = false;
    } else if (kind == T_DEDENT) {
        p->indent_depth--;
        while (p->nmatch > 0 && p->match_blocks[p->nmatch - 1] > p->indent_depth)
            p->nmatch--;
    } else if (kind == T_MATCH) {
        p->match_pending = true;
    } else if (kind != T_NEWLINE && p->prev_kind == T_NEWLINE) {
        p->match_pending = false;
    }
}

Node *ast_number(Parser *p, const Token *t)
{
    char *text = arena_alloc(p->arena, t->len + 1);
    size_t n = 0;
    for (size_t i = 0; i < t->len; i++)
        if (t->start[i] != '_')
            text[n++] = t->start[i];
    text[n] = '\0';
    Loc l = {t->lineno, t->col, t->end_lineno, t->end_col};
    Node *c = ast_node(p, NODE_Constant, l);
    ConstValue *v = &c->v.Constant.value;
    bool radix = n > 1 && text[0] == '0' && strchr("xXoObB", text[1]);
    if (!radix && (text[n - 1] == 'j' || text[n - 1] == 'J')) {
        text[n - 1] = '\0';
        v->kind = CONST_IMAG;
        v->f = strtod(text, NULL);
        text[n - 1] = 'j';
    } else if (!radix && strpbrk(text, ".eE")) {
        v->kind = CONST_FLOAT;
        v->f = strtod(text, NULL);
    } else {
        v->kind = CONST_INT;
        /* CPython converts the literal while parsing and turns the
         * conversion's ValueError into a SyntaxError without columns ("to
         * avoid a wall of 1000s of '^'s"). A literal of zeros converts
         * without the check (CPython reads it with strtoul). */
        if (!radix && text[0] != '0' && p->max_int_digits > 0 &&
            n > (size_t)p->max_int_digits) {
            bool first = !p->diag->set;
            parse_error_at(p, DIAG_SYNTAX, t->lineno, -1, t->end_lineno, -1,
                           "Exceeds the limit (%d digits) for integer string "
                           "conversion: value has %zu digits; use "
                           "sys.set_int_max_str_digits() to increase the limit "
                           "- Consider hexadecimal for huge integer literals to "
                           "avoid decimal conversion limits.",
                           p->max_int_digits, n);
            if (first)
                p->diag->end_offset_known = true;   /* 0, not None */
            return NULL;
        }
    }
    v->text = text;
    v->len = n;
    return c;
}

int yylex(YYSTYPE *lval, YYLTYPE *lloc, Parser *p)
{
    if (p->start_token) {
        int k = p->start_token;
        p->start_token = 0;
        lloc->first_line = lloc->last_line = 1;
        lloc->first_column = lloc->last_column = 0;
        return k;
    }
    int index = p->next;
    const Token *t = parse_token(p, index);
    if (!t) {               /* cannot happen: the stream ends with EOF/error */
        p->lex_failed = true;
        return T_YYerror;
    }
    p->next++;
    /* keep the window small: a few thousand tokens back at line starts,
     * and at most ~64K tokens inside one huge logical line */
    if (p->prev_kind == T_NEWLINE && t->level == 0)
        trim(p, index - 2048);
    else if (index - p->base > 65536)
        trim(p, index - 32768);
    /* the window may have moved: fetch the token again */
    t = parse_token(p, index);
    int kind = t->kind;
    lloc->first_line = t->lineno;
    lloc->first_column = t->col;
    lloc->last_line = t->end_lineno;
    lloc->last_column = t->end_col;
    if (kind == T_NAME && (kind = soft_keyword(p, index, t)) != T_NAME) {
        /* the window holds the keyword too, for the error explainer */
        slot(p, index - p->base)->kind = kind;
    }
    track_blocks(p, kind);
    switch (kind) {
    case T_NAME: {
        /* an identifier is its NFKC form (PEP 3131): `ﬁ` is `fi` */
        size_t n;
        char *nfkc;
        int normalized = uni_nfkc(t->start, t->len, &nfkc, &n);
        if (normalized < 0)
            out_of_memory(p);               /* (a jump to the handler) */
        if (normalized > 0) {
            /* no jump while nfkc is held: it would be lost */
            jmp_buf *handler = arena_set_handler(p->arena, NULL);
            lval->str = arena_strndup(p->arena, nfkc, n);
            arena_set_handler(p->arena, handler);
            rawmem_free(nfkc);
            if (!lval->str)
                out_of_memory(p);
        } else {
            lval->str = arena_strndup(p->arena, t->start, t->len);
        }
        break;
    }
    case T_NUMBER:
        /* an error token stops the parse, as the failed conversion stops
         * CPython's; the scanner still runs on (settle_errors) */
        lval->node = ast_number(p, t);
        if (!lval->node)
            kind = T_YYerror;
        break;
    case T_STRING: {
        StrTok *s = arena_alloc(p->arena, sizeof *s);
        s->text = t->start;
        s->len = t->len;
        s->lineno = t->lineno;
        s->col = t->col;
        s->end_lineno = t->end_lineno;
        s->end_col = t->end_col;
        lval->strtok = s;
        break;
    }
    case T_LPAR:
        if (p->prev_kind == T_WITH && with_items_follow(p, index))
            kind = T_WITH_LPAR;
        break;
    case T_YYerror:
        p->lex_failed = true;
        p->err_index = index;
        break;
    default:
        break;
    }
    p->prev_kind = kind;
    return kind;
}

/* ---- errors ----------------------------------------------------------- */

static void verror(Parser *p, Diag *d, DiagKind kind, int lineno, int col,
                   int end_lineno, int end_col, const char *fmt, va_list ap)
{
    char msg[320];
    vsnprintf(msg, sizeof msg, fmt, ap);
    bool prefix = p->fstring_depth > 0 && strncmp(msg, "f-string", 8) != 0;
    syntax_error(d, kind, p->src, p->len, lineno, col, end_lineno, end_col,
                 "%s%.300s", prefix ? "f-string: " : "", msg);
}

void parse_error_at(Parser *p, DiagKind kind, int lineno, int col,
                    int end_lineno, int end_col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verror(p, p->diag, kind, lineno, col, end_lineno, end_col, fmt, ap);
    va_end(ap);
}

void parse_error_node(Parser *p, const Node *n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verror(p, p->diag, DIAG_SYNTAX, n->lineno, n->col_offset, n->end_lineno,
           n->end_col_offset, fmt, ap);
    va_end(ap);
}

void parse_defer_error(Parser *p, const Node *n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verror(p, &p->deferred, DIAG_SYNTAX, n->lineno, n->col_offset,
           n->end_lineno, n->end_col_offset, fmt, ap);
    va_end(ap);
}

void parse_report_syntax_error(Parser *p, const int *expected, int n)
{
    p->syntax_failed = true;
    p->err_index = p->next - 1;
    if (!p->expected)
        p->expected = arena_alloc(p->arena, 512);
    for (int i = 0; i < n; i++)
        if (expected[i] >= 0 && expected[i] < 512)
            p->expected[expected[i]] = 1;
    p->nexpected = n;
}

void parse_report_exhausted(Parser *p, const Loc *where)
{
    (void)where;
    /* far deeper than CPython's parser goes (nesting.c): its MemoryError */
    p->exhausted = true;
    diag_too_deep(p->diag, DIAG_MEMORY);
}

/* ---- the driver ------------------------------------------------------- */

/* Copy [src] without a UTF-8 BOM, with "\r\n" and "\r" turned into "\n",
 * NUL-terminated (the re2c sentinel). */
static char *normalize(const char *src, size_t len, size_t *out_len)
{
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) {
        src += 3;
        len -= 3;
    }
    char *buf = rawmem_alloc(len + 2);
    if (!buf)
        return NULL;
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if (src[i] == '\r') {
            buf[n++] = '\n';
            if (i + 1 < len && src[i + 1] == '\n')
                i++;
        } else {
            buf[n++] = src[i];
        }
    }
    buf[n] = '\0';
    *out_len = n;
    return buf;
}

/* The byte checks CPython makes while reading a file. */
static bool check_bytes(const char *src, size_t len, const char *filename,
                        Diag *diag)
{
    const char *nul = memchr(src, '\0', len);
    size_t bad;
    bool utf8_ok = utf8_validate(src, len, &bad);
    if (nul && (utf8_ok || (size_t)(nul - src) < bad)) {
        int line = 1;
        const char *ls = src;
        for (const char *q = src; q < nul; q++)
            if (*q == '\n') {
                line++;
                ls = q + 1;
            }
        syntax_error(diag, DIAG_SYNTAX, src, len, line, -1, 0, -1,
                     "source code cannot contain null bytes");
        diag->offset = 0;
        rawmem_free(diag->text);
        diag->text = NULL;
        size_t n = (size_t)(nul - ls);
        diag->text = rawmem_alloc(n + 2);
        if (!diag->text) {
            diag_no_memory(diag);
            return false;
        }
        memcpy(diag->text, ls, n);
        diag->text[n] = '\n';
        diag->text[n + 1] = '\0';
        return false;
    }
    if (!utf8_ok) {
        int line = 1;
        for (size_t i = 0; i < bad; i++)
            if (src[i] == '\n')
                line++;
        syntax_error(diag, DIAG_SYNTAX, NULL, 0, 0, 0, 0, -1,
                     "Non-UTF-8 code starting with '\\x%02x' in file %s on "
                     "line %d, but no encoding declared; see "
                     "https://peps.python.org/pep-0263/ for details",
                     (unsigned char)src[bad], filename, line);
        return false;
    }
    return true;
}

static void copy_diag(Diag *to, const Diag *from)
{
    rawmem_free(to->text);
    bool incomplete = to->incomplete;
    char filename[sizeof to->filename];
    memcpy(filename, to->filename, sizeof filename);
    *to = *from;
    to->text = from->text ? rawmem_strdup(from->text) : NULL;
    to->incomplete = incomplete || from->incomplete;
    memcpy(to->filename, filename, sizeof filename);
    if (from->text && !to->text)
        diag_no_memory(to);
}

/* ---- running out of memory ----------------------------------------------- */

/* Bison's stacks, when they outgrow their first 200 entries, come from
 * parse_stack_alloc() (YYMALLOC in grammar.y), each block on a list of the
 * blocks in use, newest first, so that a parse abandoned for want of memory
 * can free the ones bison did not get to free. */
typedef struct StackBlock {
    struct StackBlock *next, *prev;
    max_align_t data[];
} StackBlock;

static _Thread_local StackBlock *stack_blocks;
static _Thread_local jmp_buf *stack_handler;      /* the innermost parse's */

void *parse_stack_alloc(size_t n)
{
    StackBlock *b = rawmem_alloc(sizeof *b + n);
    if (!b) {
        if (stack_handler)
            longjmp(*stack_handler, 1);
        return NULL;            /* bison says "memory exhausted" */
    }
    b->prev = NULL;
    b->next = stack_blocks;
    if (stack_blocks)
        stack_blocks->prev = b;
    stack_blocks = b;
    return b->data;
}

void parse_stack_free(void *p)
{
    if (!p)
        return;
    StackBlock *b = (StackBlock *)((char *)p - offsetof(StackBlock, data));
    if (b->prev)
        b->prev->next = b->next;
    else
        stack_blocks = b->next;
    if (b->next)
        b->next->prev = b->prev;
    rawmem_free(b);
}

/* Run [body]([p]) with a handler for running out of memory: its result,
 * or -2 when memory ran out (the parse abandoned, p->no_memory set). The
 * handler lives in this small frame, whose variables never change after
 * the setjmp. */
static int guarded_parse(Parser *p, int (*body)(Parser *))
{
    jmp_buf handler;
    jmp_buf *outer_arena = arena_set_handler(p->arena, &handler);
    jmp_buf *outer_stacks = stack_handler;
    StackBlock *mark = stack_blocks;
    stack_handler = &handler;
    if (setjmp(handler)) {
        while (stack_blocks != mark)
            parse_stack_free(stack_blocks->data);
        arena_set_handler(p->arena, outer_arena);
        stack_handler = outer_stacks;
        p->no_memory = true;
        return -2;
    }
    int rc = body(p);
    arena_set_handler(p->arena, outer_arena);
    stack_handler = outer_stacks;
    return rc;
}

/* Run the scanner to the end of input, as CPython does after a parser
 * error, and decide which error stands. */
static void settle_errors(Parser *p, Diag *parser_diag)
{
    if (!p->lex_failed && p->lx.err == LEXERR_NONE) {
        /* scan on without keeping the tokens */
        Token t;
        const Token *last = last_token(p);
        if (!last || (last->kind != T_YYEOF && last->kind != T_YYerror))
            while (lex_next(&p->lx, &t) != T_YYEOF && t.kind != T_YYerror)
                ;
    }
    if (p->lx.err == LEXERR_NONE ||
        (!p->lex_failed && (p->lx.err == LEXERR_STATE ||
                            p->lx.err == LEXERR_EOF_CONT)))
        return;
    if (p->lex_failed || p->lx.err != LEXERR_EOF_BRACKET ||
        p->lexdiag.lineno < p->err_line || !parser_diag->set) {
        diag_clear(parser_diag);
        copy_diag(parser_diag, &p->lexdiag);
    }
}

static void parser_init(Parser *p, Arena *arena, const char *src, size_t len,
                        ParseMode mode, Diag *diag)
{
    memset(p, 0, sizeof *p);
    p->arena = arena;
    p->src = src;
    p->len = len;
    p->mode = mode;
    p->diag = diag;
    p->max_depth = PARSE_DEFAULT_MAX_DEPTH;
    lex_init(&p->lx, src, len, &p->lexdiag);
    p->lx.interactive = mode == PARSE_INTERACTIVE;
    p->lx.from_file = mode == PARSE_FILE_READ;
}

static void parser_free(Parser *p)
{
    for (int i = 0; i < p->nblocks; i++)
        rawmem_free(p->tokblocks[i]);
    rawmem_free(p->tokblocks);
    diag_clear(&p->lexdiag);
    diag_clear(&p->deferred);
}

Node *parse_source(Arena *arena, const char *src, size_t len,
                   const char *filename, ParseMode mode, Diag *diag)
{
    ParseOptions opts = {PARSE_INT_MAX_STR_DIGITS, PARSE_DEFAULT_MAX_DEPTH,
                         mode == PARSE_FILE_READ ? SOURCE_FILE : SOURCE_TEXT,
                         mode == PARSE_INTERACTIVE};
    return parse_source_limit(arena, src, len, filename, mode, &opts, diag);
}

/* Parse a whole source (guarded_parse's body): p->accepted, or NULL with
 * the error in p->diag. */
static int parse_body(Parser *p)
{
    Diag *diag = p->diag;
    int rc = yyparse(p);
    Node *result = NULL;
    Nesting nest = {0, 0};
    if (rc == 0 && p->result && !parse_nesting(p->result, &nest))
        out_of_memory(p);
    if (rc == 0 && p->result) {
        /* CPython's parser gives up first, then its compiler's first pass
         * (before the errors its compiler finds, which are deferred here) */
        if (nest.parser_level > PARSE_MAX_LEVEL) {
            diag_too_deep(diag, DIAG_MEMORY);
        } else if (nest.compile_depth > p->max_depth) {
            diag_too_deep(diag, DIAG_RECURSION);
        } else if (p->deferred.set) {
            copy_diag(diag, &p->deferred);
        } else if (p->mode == PARSE_INTERACTIVE && p->entries > 1) {
            const Node *second = p->result->v.Interactive.body.items[1];
            parse_error_node(p, second, "multiple statements found while "
                                        "compiling a single statement");
        } else {
            result = p->result;
        }
    } else {
        if (p->lex_failed) {
            if (diag->set || p->lx.err != LEXERR_EOF_BRACKET ||
                !parse_explain_eof_error(p))
                copy_diag(diag, &p->lexdiag);
        } else if (!diag->set) {
            if (p->syntax_failed)
                parse_explain_error(p);
            if (!diag->set)
                parse_error_at(p, DIAG_SYNTAX, p->lx.lineno, 0, p->lx.lineno,
                               -1, "invalid syntax");
        }
        /* the line of the furthest token read, by the parser or by the
         * explainer's lookahead (CPython compares it with an unclosed
         * bracket's line, after its second pass) */
        const Token *furthest = last_token(p);
        p->err_line = furthest ? (furthest->synthetic ? furthest->err_lineno
                                                      : furthest->lineno) : 1;
        if (!p->exhausted && !p->final_error)
            settle_errors(p, diag);
        LexErrKind e = p->lx.err;
        if (e == LEXERR_EOF_BRACKET || e == LEXERR_EOF_STRING ||
            e == LEXERR_EOF_CONT)
            diag->incomplete = true;
        /* input that ended right after a block header or inside a block */
        if (p->syntax_failed && p->err_index >= p->base) {
            const Token *t = parse_token(p, p->err_index);
            if (t && (t->kind == T_YYEOF ||
                      (t->kind == T_DEDENT && p->lx.eof_seen)))
                diag->incomplete = true;
        }
    }
    /* at the prompt: a compound statement may go on until a blank line */
    if (result && p->mode == PARSE_INTERACTIVE && p->allow_incomplete &&
        p->result->v.Interactive.body.count) {
        const Node *last = p->result->v.Interactive.body.items[
            p->result->v.Interactive.body.count - 1];
        bool compound = last->kind == NODE_If || last->kind == NODE_While ||
                        last->kind == NODE_For || last->kind == NODE_Try || last->kind == NODE_TryStar ||
                        last->kind == NODE_With || last->kind == NODE_FunctionDef ||
                        last->kind == NODE_ClassDef || last->kind == NODE_AsyncFor ||
                        last->kind == NODE_AsyncWith || last->kind == NODE_AsyncFunctionDef;
        size_t len = p->len;
        bool blank_end = len >= 2 && p->src[len - 1] == '\n' && p->src[len - 2] == '\n';
        if (compound && !blank_end) {
            result = NULL;
            diag->incomplete = true;
            syntax_error(diag, DIAG_SYNTAX, p->src, len, last->lineno,
                         last->col_offset, 0, -1, "incomplete input");
        }
    }
    p->accepted = result;
    return 0;
}

Node *parse_source_limit(Arena *arena, const char *src_in, size_t len_in,
                         const char *filename, ParseMode mode,
                         const ParseOptions *opts, Diag *diag)
{
    if (!filename)
        filename = "<string>";
    snprintf(diag->filename, sizeof diag->filename, "%s", filename);
    int max_int_digits = opts->max_int_digits, max_depth = opts->max_depth;
    /* bytes in another encoding than UTF-8 become UTF-8 first */
    char *decoded;
    size_t decoded_len;
    if (!srcenc_decode(src_in, len_in, opts->source, &decoded, &decoded_len, diag))
        return NULL;
    if (decoded) {
        src_in = decoded;
        len_in = decoded_len;
    }
    bool bytes_ok = check_bytes(src_in, len_in, filename, diag);
    size_t len;
    char *src = bytes_ok ? normalize(src_in, len_in, &len) : NULL;
    rawmem_free(decoded);
    if (!bytes_ok)
        return NULL;
    if (!src) {
        diag_no_memory(diag);
        return NULL;
    }
    /* the source must outlive the tree's error positions only; node
     * strings are copied into the arena */
    Parser p;
    parser_init(&p, arena, src, len, mode, diag);
    p.max_int_digits = max_int_digits;
    p.max_depth = max_depth;
    p.allow_incomplete = opts->allow_incomplete;
    p.start_token = mode == PARSE_EVAL ? T_START_EVAL
                  : mode == PARSE_INTERACTIVE ? T_START_INTERACTIVE
                  : T_START_FILE;
    guarded_parse(&p, parse_body);
    Node *result = p.accepted;
    if (p.no_memory || diag->no_memory || p.lexdiag.no_memory || p.deferred.no_memory) {
        result = NULL;
        diag_no_memory(diag);
    }
    parser_free(&p);
    rawmem_free(src);
    return result;
}

/* ---- f-string expressions --------------------------------------------- */

/* Move every location on sub-source line 1 right by dcol and all lines
 * down by dline (ast_walk: the subtree may be deep); false when there was
 * no memory for the walk. */
typedef struct { int dline, dcol; } Shift;

static void shift_node(Node *n, void *ctx)
{
    const Shift *sh = ctx;
    if (!ast_has_location(n->kind))
        return;
    if (n->lineno == 1)
        n->col_offset += sh->dcol;
    if (n->end_lineno == 1)
        n->end_col_offset += sh->dcol;
    n->lineno += sh->dline;
    n->end_lineno += sh->dline;
}

static bool shift(Node *n, int dline, int dcol)
{
    Shift sh = {dline, dcol};
    return ast_walk(n, shift_node, &sh);
}

/* A sub-parse nested too deeply: CPython's parser or compiler gives up on
 * the whole program, with no f-string message and no location. */
static bool too_deep(const Diag *d)
{
    return d->set && (d->kind == DIAG_MEMORY || d->kind == DIAG_RECURSION);
}

/* The sub-parse of an f-string's expression (guarded_parse's body):
 * p->accepted, or NULL with the error in p->diag (too_deep() or an
 * f-string's syntax error). */
static int fstring_body(Parser *sub)
{
    Diag *d = sub->diag;
    int rc = yyparse(sub);
    bool ok = rc == 0 && sub->result;
    if (!ok && too_deep(d)) {
        sub->accepted = NULL;
        return 0;
    }
    if (ok && sub->deferred.set) {
        copy_diag(d, &sub->deferred);
        ok = false;
    }
    if (!ok) {
        if (sub->lex_failed)
            copy_diag(d, &sub->lexdiag);
        else if (!d->set && sub->syntax_failed)
            parse_explain_error(sub);
        if (!d->set)
            syntax_error(d, DIAG_SYNTAX, sub->src, sub->len, 1, 0, 1, -1,
                         "f-string: invalid syntax");
    }
    sub->accepted = ok ? sub->result : NULL;
    return 0;
}

/* A sub-parse of [p] ran out of memory: abandon [p] too (a jump to its
 * handler). */
static void sub_no_memory(Parser *p)
{
    p->no_memory = true;
    arena_no_memory(p->arena);
}

/* "(" text ")" in a new buffer (rawmem_free it), or NULL after
 * sub_no_memory(). Parentheses allow leading blanks and newlines, as in
 * CPython 3.11. */
static char *parenthesized(Parser *p, const char *text, size_t len)
{
    char *buf = rawmem_alloc(len + 3);
    if (!buf) {
        sub_no_memory(p);
        return NULL;
    }
    buf[0] = '(';
    memcpy(buf + 1, text, len);
    buf[len + 1] = ')';
    buf[len + 2] = '\0';
    return buf;
}

static bool sub_failed(Parser *sub, int rc)
{
    return rc == -2 || sub->no_memory || sub->diag->no_memory ||
           sub->lexdiag.no_memory || sub->deferred.no_memory;
}

bool parse_fstring_expr(Parser *p, const char *text, size_t len, int lineno,
                        int col, Node **out)
{
    char *buf = parenthesized(p, text, len);
    if (!buf)
        return false;
    Diag d = {0};
    Parser sub;
    parser_init(&sub, p->arena, buf, len + 2, PARSE_EVAL, &d);
    sub.start_token = T_START_FSTRING;
    sub.fstring_depth = p->fstring_depth + 1;
    sub.max_int_digits = p->max_int_digits;
    sub.max_depth = p->max_depth;
    int rc = guarded_parse(&sub, fstring_body);
    if (sub_failed(&sub, rc)) {
        diag_clear(&d);
        parser_free(&sub);
        rawmem_free(buf);
        sub_no_memory(p);
        return false;
    }
    if (too_deep(&d)) {
        /* no f-string message and no location: the whole parse gives up */
        diag_too_deep(p->diag, d.kind);
        p->final_error = true;
        diag_clear(&d);
        parser_free(&sub);
        rawmem_free(buf);
        return false;
    }
    bool ok = sub.accepted != NULL, no_memory = false;
    if (!ok) {
        /* CPython 3.11 reports an error inside the expression on the real
         * line but at the column it has in the "(expression)" text it
         * parsed; we do the same */
        int l = lineno + (d.lineno > 0 ? d.lineno - 1 : 0);
        bool was_set = p->diag->set;
        const char *m = d.msg;
        parse_error_at(p, d.kind, l, 0, l, -1, "%s%s",
                       strncmp(m, "f-string", 8) == 0 ? "" : "f-string: ", m);
        if (!was_set && !p->diag->no_memory) {
            /* ... and shows that text, "(expression)", as the line */
            if (d.text) {
                rawmem_free(p->diag->text);
                p->diag->text = rawmem_strdup(d.text);
                if (!p->diag->text)
                    diag_no_memory(p->diag);
            }
            p->diag->offset = d.offset;
            p->diag->end_lineno = d.end_lineno > 0 ? l + (d.end_lineno - d.lineno) : l;
            p->diag->end_offset = d.end_offset;
        }
    } else {
        if (shift(sub.accepted, lineno - 1, col - 1)) {
            ast_add_parens(sub.accepted, -1);   /* the "( )" around the text */
            *out = sub.accepted;
        } else {
            no_memory = true;
            ok = false;
        }
    }
    diag_clear(&d);
    parser_free(&sub);
    rawmem_free(buf);
    if (no_memory)
        sub_no_memory(p);
    return ok;
}

static int snippet_body(Parser *sub)
{
    sub->accepted = NULL;
    if (yyparse(sub) == 0 && sub->result)
        sub->accepted = sub->result;
    return 0;
}

Node *parse_snippet(Parser *p, const char *text, size_t len, int lineno,
                    int col)
{
    char *buf = parenthesized(p, text, len);
    if (!buf)
        return NULL;
    Diag d = {0};
    Parser sub;
    parser_init(&sub, p->arena, buf, len + 2, PARSE_EVAL, &d);
    sub.start_token = T_START_FSTRING;
    sub.max_int_digits = p->max_int_digits;
    sub.max_depth = p->max_depth;
    int rc = guarded_parse(&sub, snippet_body);
    Node *r = sub.accepted;
    bool failed = sub_failed(&sub, rc);
    if (r && !failed && !shift(r, lineno - 1, col - 1))
        failed = true;
    diag_clear(&d);
    parser_free(&sub);
    rawmem_free(buf);
    if (failed) {
        sub_no_memory(p);
        return NULL;
    }
    return r;
}

/* ---- --tokens ---------------------------------------------------------- */

/* CPython's exact token names (token.py) for operators; keywords print as
 * their text in capitals. A presentation table for --tokens only: the
 * token kinds themselves live in grammar.y. */
static const struct { const char *text, *name; } op_names[] = {
    {"(", "LPAR"}, {")", "RPAR"}, {"[", "LSQB"}, {"]", "RSQB"}, {":", "COLON"},
    {",", "COMMA"}, {";", "SEMI"}, {"+", "PLUS"}, {"-", "MINUS"}, {"*", "STAR"},
    {"/", "SLASH"}, {"|", "VBAR"}, {"&", "AMPER"}, {"<", "LESS"},
    {">", "GREATER"}, {"=", "EQUAL"}, {".", "DOT"}, {"%", "PERCENT"},
    {"{", "LBRACE"}, {"}", "RBRACE"}, {"==", "EQEQUAL"}, {"!=", "NOTEQUAL"},
    {"<=", "LESSEQUAL"}, {">=", "GREATEREQUAL"}, {"~", "TILDE"},
    {"^", "CIRCUMFLEX"}, {"<<", "LEFTSHIFT"}, {">>", "RIGHTSHIFT"},
    {"**", "DOUBLESTAR"}, {"+=", "PLUSEQUAL"}, {"-=", "MINEQUAL"},
    {"*=", "STAREQUAL"}, {"/=", "SLASHEQUAL"}, {"%=", "PERCENTEQUAL"},
    {"&=", "AMPEREQUAL"}, {"|=", "VBAREQUAL"}, {"^=", "CIRCUMFLEXEQUAL"},
    {"<<=", "LEFTSHIFTEQUAL"}, {">>=", "RIGHTSHIFTEQUAL"},
    {"**=", "DOUBLESTAREQUAL"}, {"//", "DOUBLESLASH"},
    {"//=", "DOUBLESLASHEQUAL"}, {"@", "AT"}, {"@=", "ATEQUAL"},
    {"->", "RARROW"}, {"...", "ELLIPSIS"}, {":=", "COLONEQUAL"},
};

static const char *token_name(const Token *t, char *buf, size_t cap)
{
    const char *sym = parse_token_symbol(t->kind);
    if (t->kind == T_ERRORTOKEN)
        return "ERRORTOKEN";
    if (sym[0] != '"' && sym[0] != '\'')
        return sym;                     /* NAME, NUMBER, NEWLINE, ... */
    /* "'if'" or "'('" */
    size_t n = strlen(sym);
    char text[16];
    snprintf(text, sizeof text, "%.*s", (int)(n > 2 ? n - 2 : 0), sym + 1);
    for (size_t i = 0; i < sizeof op_names / sizeof op_names[0]; i++)
        if (strcmp(op_names[i].text, text) == 0)
            return op_names[i].name;
    size_t i;
    for (i = 0; text[i] && i + 1 < cap; i++)
        buf[i] = (char)(text[i] >= 'a' && text[i] <= 'z' ? text[i] - 32 : text[i]);
    buf[i] = '\0';
    return buf;
}

int parse_dump_tokens(FILE *out, const char *src_in, size_t len_in,
                      const char *filename, Diag *diag)
{
    if (!filename)
        filename = "<string>";
    snprintf(diag->filename, sizeof diag->filename, "%s", filename);
    char *decoded;
    size_t decoded_len;
    if (!srcenc_decode(src_in, len_in, SOURCE_FILE, &decoded, &decoded_len, diag))
        return -1;
    if (decoded) {
        src_in = decoded;
        len_in = decoded_len;
    }
    bool bytes_ok = check_bytes(src_in, len_in, filename, diag);
    size_t len;
    char *src = bytes_ok ? normalize(src_in, len_in, &len) : NULL;
    rawmem_free(decoded);
    if (!bytes_ok)
        return -1;
    if (!src) {
        diag_no_memory(diag);
        return -1;
    }
    Lexer lx;
    Diag ld = {0};
    lex_init(&lx, src, len, &ld);
    int rc = 0;
    StrBuf sb;
    strbuf_init(&sb);
    for (;;) {
        Token t;
        int k = lex_next(&lx, &t);
        if (k == T_YYerror) {
            copy_diag(diag, &ld);
            rc = -1;
            break;
        }
        char range[64], namebuf[16];
        snprintf(range, sizeof range, "%d,%d-%d,%d:", t.lineno, t.col,
                 t.end_lineno, t.end_col);
        strbuf_reset(&sb);
        if (k == T_DEDENT || k == T_YYEOF || (k == T_NEWLINE && t.len == 0))
            strbuf_puts(&sb, "''");
        else
            pyrepr_str(&sb, t.start, t.len);
        if (sb.failed) {
            diag_no_memory(diag);
            rc = -1;
            break;
        }
        fprintf(out, "%-20s%-15s%-15s\n", range, token_name(&t, namebuf,
                sizeof namebuf), sb.data);
        if (k == T_YYEOF)
            break;
    }
    strbuf_free(&sb);
    diag_clear(&ld);
    rawmem_free(src);
    return rc;
}
