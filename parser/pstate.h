/* pstate.h -- the parser's private state, shared by grammar.y, actions.c,
 * strings.c and parse.c (not part of the front end's interface: see
 * parse.h for that).
 *
 * Lesson 2 (the pipeline): the bison parser pulls tokens from the lexer
 * through yylex() in parse.c, keeping the recent ones in a window so that
 * a syntax error can be explained the way CPython explains it.
 */
#ifndef MINIPY_PSTATE_H
#define MINIPY_PSTATE_H

#include "ast.h"
#include "parse.h"
#include "lexer/lexer.h"   /* includes grammar.h */

/* A growable list in the arena (grammar actions append to it). */
typedef struct Seq {
    int count, cap;
    bool comma;             /* the list ended with a trailing comma */
    void **items;
} Seq;

/* One STRING token, chained in source order by the `strings` rule. */
typedef struct StrTok {
    const char *text;
    size_t len;
    int lineno, col, end_lineno, end_col;
    struct StrTok *next;
    struct StrTok *last;    /* of the chain this one starts: the `strings`
                               rule appends there, so n strings cost n */
} StrTok;

/* One item of a parameter list, checked and sorted by ast_arguments(). */
typedef enum { PARAM_PLAIN, PARAM_SLASH, PARAM_STAR, PARAM_DSTAR } ParamKind;
typedef struct {
    ParamKind kind;
    Node *arg;              /* an `arg` node, NULL for `/` and a bare `*` */
    Node *dflt;             /* the default value or NULL */
    int lineno, col, end_lineno, end_col;
} ParamItem;

/* Loc (bison's YYLTYPE) is declared in grammar.h. */

struct Parser {
    Arena *arena;
    const char *src;        /* normalized source, NUL-terminated */
    size_t len;
    Lexer lx;
    Diag lexdiag;           /* errors found by the lexer */
    Diag *diag;             /* errors found by the parser (first wins) */
    ParseMode mode;
    int max_int_digits;     /* decimal int literals: at most this many
                               digits (0: no limit) */
    int max_depth;          /* the tree: statements and expressions on a
                               path (parse.h) */
    bool allow_incomplete;  /* a compound statement needs a blank line after
                               it (ParseOptions, parse.h) */
    Node *result;
    int start_token;        /* handed to bison first: selects the start rule */
    int entries;            /* interactive: top-level statements seen */

    /* the token window: token number `base` of the stream and the `ntoks`
     * after it, in blocks of TOKBLOCK (parse.c) */
    Token **tokblocks;
    int nblocks, blockcap, ntoks, base;
    int next;               /* stream index of the next token for bison */
    int prev_kind;          /* the kind last handed to bison */
    bool lex_failed;        /* bison was handed the lexer's error token */

    /* soft keywords (parse.c): the INDENTs minus DEDENTs handed out, and
     * the depths of the enclosing match statements' blocks of cases */
    int indent_depth;
    int match_blocks[LEX_MAXINDENT + 1];
    int nmatch;
    bool match_pending;     /* a `match` line whose INDENT has not come */

    /* what yyreport_syntax_error saw */
    bool syntax_failed;
    int err_index;          /* stream index of the offending token */
    unsigned char *expected;/* per token kind: acceptable at the error */
    int nexpected;

    Diag deferred;          /* compiler-level errors (parse_defer_error) */
    Seq *bare_genexps;      /* generator arguments written without parens */
    bool exhausted;         /* the parser stack overflowed */
    int err_line;           /* line of the furthest token read at an error */
    bool final_error;       /* no later scanner error may replace it */

    /* f-strings: the string node being parsed, for error positions */
    int fstring_depth;
    const StrTok *fstring_tok;

    Node *accepted;         /* the tree the parse hands back, or NULL */
    bool no_memory;         /* memory ran out: the parse was abandoned */
};

/* ---- parse.c ----------------------------------------------------------- */

/* Token number [i] of the stream (lexing ahead as needed); NULL if [i] is
 * outside the window or past an error. */
const Token *parse_token(Parser *p, int i);
/* Report a syntax error spanning [l] (CPython's RAISE_SYNTAX_ERROR_KNOWN_
 * RANGE); [kind] chooses SyntaxError / IndentationError. */
void parse_error_at(Parser *p, DiagKind kind, int lineno, int col,
                    int end_lineno, int end_col, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));
void parse_error_node(Parser *p, const Node *n, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* An error CPython finds in its compiler: kept aside and reported only if
 * the parse otherwise succeeds. */
void parse_defer_error(Parser *p, const Node *n, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Called by the grammar: a syntax error at the lookahead token, with the
 * [n] token kinds that would have been accepted there. */
void parse_report_syntax_error(Parser *p, const int *expected, int n);
/* Called by the grammar when its stack is full (YYMAXDEPTH). */
void parse_report_exhausted(Parser *p, const Loc *where);
/* Bison's stack memory (YYMALLOC and YYFREE in grammar.y; parse.c). */
void *parse_stack_alloc(size_t n);
void parse_stack_free(void *p);
/* Bison's name of token [kind]: "NAME", "'if'", "'('", "ENDMARKER". */
const char *parse_token_symbol(int kind);
/* errors.c: explain the syntax error recorded by parse_report_syntax_error
 * as CPython 3.11 would. */
void parse_explain_error(Parser *p);
bool parse_explain_eof_error(Parser *p);
/* Parse [len] bytes of [text] as a nested expression (f-strings) into
 * [out]; returns false after reporting an error. */
bool parse_fstring_expr(Parser *p, const char *text, size_t len, int lineno,
                        int col, Node **out);

/* ---- nesting.c ---------------------------------------------------------- */

/* How deeply the tree at [root] nests, in CPython 3.11's two counts; false
 * when there was no memory for the walk's stack. */
typedef struct {
    int parser_level;   /* the levels its parser would go down (model) */
    int compile_depth;  /* statements and expressions on the deepest path */
} Nesting;
bool parse_nesting(const Node *root, Nesting *out);

/* ---- actions.c: tree-building helpers for the grammar actions --------- */

Seq *ast_seq(Parser *p);
Seq *ast_seq_push(Parser *p, Seq *s, void *item);
Seq *ast_seq_concat(Parser *p, Seq *a, Seq *b);
NodeList ast_list(Seq *s);
Node *ast_node(Parser *p, NodeKind kind, Loc l);
Node *ast_node_span(Parser *p, NodeKind kind, const Node *from, const Node *to);
Node *ast_name(Parser *p, const char *id, Loc l);
/* A Tuple of [items] (or the single item when there is one and no trailing
 * comma), spanning [l]. */
Node *ast_tuple_or_item(Parser *p, Seq *items, Loc l);
/* Set Store/Del context on a target, or report CPython's error for an
 * invalid one ([for_targets]: the `for` / comprehension variant). Returns
 * false after an error. */
typedef enum { TARGET_STAR, TARGET_FOR, TARGET_DEL, TARGET_WITH } TargetKind;
bool ast_set_target(Parser *p, Node *e, ExprContext ctx, TargetKind kind);
/* CPython's _PyPegen_get_invalid_target: the part of [e] that cannot be a
 * target of [kind], or NULL. */
const Node *ast_invalid_target(const Node *e, TargetKind kind);
bool ast_check_aug_target(Parser *p, Node *e);
bool ast_check_ann_target(Parser *p, Node *e, Loc colon);
Node *ast_assign(Parser *p, Seq *chain, Loc l);
Node *ast_call(Parser *p, Node *func, Seq *args, Loc l, Loc parens);
Node *ast_genexp_arg(Parser *p, Node *elt, Seq *gens, Loc l);
Node *ast_keyword(Parser *p, Node *lhs, Node *value, Loc l, Loc eq);
Node *ast_arguments(Parser *p, Seq *params, bool is_lambda, Loc colon);
void ast_dict_fill(Parser *p, Node *dict, Seq *pairs);
Node *ast_arg(Parser *p, const char *name, Node *annotation, Loc l);
ParamItem *ast_param(Parser *p, ParamKind kind, Node *arg, Node *dflt, Loc l);
Node *ast_compare_new(Parser *p, Node *left, int op, Node *right, Loc l);
Node *ast_compare_add(Parser *p, Node *cmp, int op, Node *right, Loc l);
Node *ast_boolop(Parser *p, BoolOpKind op, Node *left, Node *right, bool extend,
                 Loc l);
Node *ast_binop(Parser *p, Node *l, BinOpKind op, Node *r, Loc loc);
Node *ast_unop(Parser *p, UnaryOpKind op, Node *operand, Loc l);
Node *ast_comprehension(Parser *p, Node *target, Node *iter, Seq *ifs);
Node *ast_comp(Parser *p, NodeKind kind, Node *elt, Node *value, Seq *gens,
               Loc l);
Node *ast_block_stmt(Parser *p, NodeKind kind, Loc head, Seq *last_block);
Node *ast_stmt_end(Node *stmt, Seq *block);
Node *ast_const(Parser *p, ConstKind kind, Loc l);
Node *ast_number(Parser *p, const Token *t);   /* NULL: a SyntaxError */
Node *ast_strings(Parser *p, StrTok *first, Loc l);
char *ast_dotted(Parser *p, const char *a, const char *b);
Node *ast_alias(Parser *p, const char *name, const char *asname, Loc l);
IdList ast_idlist(Seq *s);
Node *ast_with(Parser *p, Seq *items, Seq *body, Loc l);
/* The Async twin of the def, for or with statement [n] (changed in place),
 * starting where `async` does: [l]'s first line and column. */
Node *ast_async(Parser *p, Node *n, Loc l);
Node *ast_slice(Parser *p, Node *lo, Node *hi, Node *step, Loc l);
Node *ast_starred(Parser *p, Node *value, Loc l);
Node *ast_walrus(Parser *p, Node *target, Node *value, Loc l);
Node *ast_subscript_tuple(Parser *p, Seq *items, Loc l);
void ast_last_end(Seq *block, int *end_line, int *end_col);

/* ---- patterns.c: the match statement and its patterns ---------------- */

Node *ast_match(Parser *p, Node *subject, Seq *cases, Loc l);
/* The subject: the one expression, or a Tuple of several; NULL after an
 * error (a lone starred expression). */
Node *ast_match_subject(Parser *p, Seq *items, Loc l);
/* `case a, b:` (a MatchSequence) or `case a:` (the pattern itself). */
Node *ast_pattern_items(Parser *p, Seq *items, bool comma, Loc l);
/* `( ... )`: a group pattern (the inner pattern) or a MatchSequence. */
Node *ast_paren_pattern(Parser *p, Seq *items, bool comma, Loc l);
/* `*name` or `**name`: a MatchStar, with no name for `_`. */
Node *ast_star_pattern(Parser *p, const char *name, Loc l);
/* A bare name: MatchAs binding it, or the wildcard MatchAs() for `_`. */
Node *ast_capture_pattern(Parser *p, const char *name, Loc l);
Node *ast_as_pattern(Parser *p, Node *pattern, const char *name, Loc l, Loc name_loc);
Node *ast_mapping_pattern(Parser *p, Seq *items, Loc l);
Node *ast_class_pattern(Parser *p, Node *cls, Seq *args, Loc l);
/* `1+2j` or `-1-2j` in a pattern: [real] a signed real number, [imag] an
 * imaginary one ([op] OP_Add or OP_Sub), as a BinOp the compiler folds;
 * NULL after CPython's "real number required in complex literal" or
 * "imaginary number required in complex literal". */
Node *ast_complex_pattern(Parser *p, Node *real, BinOpKind op, Node *imag, Loc l);

const char *ast_expr_name(const Node *e);
Node *ast_value(Parser *p, Node *e);
/* Record the depth of the chain [n] whose first operand is [first] (a
 * BinOp's left, a call's function, the value of an attribute or a
 * subscript); NULL after reporting RecursionError if it is too deep. */
Node *ast_deep(Parser *p, Node *n, const Node *first);
/* parse.c: parse [len] bytes of [text] (at [lineno]:[col] of the file) as
 * an expression, quietly: NULL if it is not one. For error messages. */
Node *parse_snippet(Parser *p, const char *text, size_t len, int lineno,
                    int col);


#endif
