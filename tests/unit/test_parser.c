/* test_parser.c -- the grammar, the syntax tree and CPython-quality syntax
 * errors.
 *
 * Lesson 2 (the pipeline): tokens -> syntax tree. The tree of every
 * tests/golden/ast/<name>.py must print exactly as CPython 3.11's
 * ast.dump(tree, indent=2) (<name>.ast, written by regen.sh); every bad input
 * of tests/golden/ast/syntax_errors.txt must give CPython's message, line,
 * offset, end line and end offset (CPython's end_offset -1 is our 0). The
 * tests never run python3.
 */
#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/strbuf.h"
#include "parser/parse.h"

/* ---- helpers ------------------------------------------------------------ */

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    StrBuf sb;
    strbuf_init(&sb);
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        strbuf_append(&sb, buf, n);
    fclose(f);
    *len = sb.len;
    return strbuf_detach(&sb);
}

/* ast.dump of [src] parsed in [mode], or "Kind: msg|line|off|eline|eoff". */
static char *parse_to_text(const char *src, size_t len, ParseMode mode,
                           bool attrs)
{
    Arena *a = arena_new();
    Diag d = {0};
    Node *root = parse_source(a, src, len, "t.py", mode, &d);
    char *out;
    if (root) {
        out = ast_dump(root, attrs);
    } else {
        StrBuf sb;
        strbuf_init(&sb);
        strbuf_printf(&sb, "%s: %s|%d|%d|%d|%d", diag_kind_name(d.kind), d.msg,
                      d.lineno, d.offset, d.end_lineno, d.end_offset);
        out = strbuf_detach(&sb);
    }
    diag_clear(&d);
    arena_free(a);
    return out;
}

static char *parse_str(const char *src)
{
    return parse_to_text(src, strlen(src), PARSE_FILE, false);
}

#define expect_tree(src, want) do { \
        char *got_ = parse_str(src); \
        cr_expect_str_eq(got_, want, "source: %s", src); free(got_); } while (0)

#define expect_error(src, want) expect_tree(src, want)

/* ---- golden trees -------------------------------------------------------- */

Test(ast, golden_files)
{
    char dir[512];
    snprintf(dir, sizeof dir, "%s/golden/ast", MINIPY_TEST_SOURCE_DIR);
    DIR *d = opendir(dir);
    cr_assert_not_null(d, "cannot open %s", dir);
    int count = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        size_t n = strlen(e->d_name);
        if (n < 4 || strcmp(e->d_name + n - 3, ".py") != 0)
            continue;
        char path[1024];
        size_t len = 0, alen = 0;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        char *src = read_file(path, &len);
        snprintf(path, sizeof path, "%s/%.*s.ast", dir, (int)(n - 3), e->d_name);
        char *want = read_file(path, &alen);
        cr_assert_not_null(want, "missing %s", path);
        if (alen && want[alen - 1] == '\n')
            want[alen - 1] = '\0';
        char *got = parse_to_text(src, len, PARSE_FILE, false);
        cr_expect_str_eq(got, want, "tree of %s", e->d_name);
        free(got);
        free(want);
        free(src);
        count++;
    }
    closedir(d);
    cr_expect_geq(count, 25, "only %d golden files", count);
}

/* ---- the bad-input table ------------------------------------------------- */

static size_t unescape(const char *s, size_t n, char *out)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\\' && i + 1 < n) {
            char c = s[++i];
            if (c == 'n') out[k++] = '\n';
            else if (c == 't') out[k++] = '\t';
            else if (c == '\\') out[k++] = '\\';
            else if (c == 'x' && i + 2 < n) {
                unsigned v = 0;
                sscanf(s + i + 1, "%2x", &v);
                out[k++] = (char)v;
                i += 2;
            }
        } else {
            out[k++] = s[i];
        }
    }
    out[k] = '\0';
    return k;
}

Test(syntax_errors, cpython_table)
{
    char path[512];
    snprintf(path, sizeof path, "%s/golden/ast/syntax_errors.txt",
             MINIPY_TEST_SOURCE_DIR);
    size_t len;
    char *table = read_file(path, &len);
    cr_assert_not_null(table, "missing %s", path);
    int cases = 0;
    for (char *line = strtok(table, "\n"); line; line = strtok(NULL, "\n")) {
        if (line[0] == '#')
            continue;
        char *bar = strchr(line, '|');
        cr_assert_not_null(bar);
        char *src = malloc(strlen(line) + 1), *want = malloc(strlen(line) + 8);
        size_t slen = unescape(line, (size_t)(bar - line), src);
        unescape(bar + 1, strlen(bar + 1), want);
        /* CPython 3.11: "Kind|msg|...|-1" -> ours "Kind: msg|...|0" */
        char *k = strchr(want, '|');
        if (k) {
            memmove(k + 1, k, strlen(k) + 1);
            k[0] = ':';
            k[1] = ' ';
        }
        size_t wl = strlen(want);
        if (wl > 3 && strcmp(want + wl - 3, "|-1") == 0)
            strcpy(want + wl - 3, "|0");
        char *got = parse_to_text(src, slen, PARSE_FILE, false);
        if (strcmp(want, "OK") == 0)
            cr_expect(strncmp(got, "Module(", 7) == 0, "should parse: %s", line);
        else
            cr_expect_str_eq(got, want, "source: %.*s", (int)(bar - line), line);
        free(got);
        free(src);
        free(want);
        cases++;
    }
    free(table);
    cr_expect_geq(cases, 60);
}

/* ---- shapes the compiler relies on ----------------------------------------- */

Test(ast, contexts)
{
    expect_tree("a.b[c], *d = e",
        "Module(\n  body=[\n    Assign(\n      targets=[\n        Tuple(\n"
        "          elts=[\n            Subscript(\n"
        "              value=Attribute(\n"
        "                value=Name(id='a', ctx=Load()),\n"
        "                attr='b',\n                ctx=Load()),\n"
        "              slice=Name(id='c', ctx=Load()),\n"
        "              ctx=Store()),\n            Starred(\n"
        "              value=Name(id='d', ctx=Store()),\n"
        "              ctx=Store())],\n          ctx=Store())],\n"
        "      value=Name(id='e', ctx=Load()))],\n  type_ignores=[])");
    char *t = parse_str("del x, y[0]");
    cr_expect(strstr(t, "Name(id='x', ctx=Del())") != NULL, "%s", t);
    cr_expect(strstr(t, "ctx=Del())") != NULL, "%s", t);
    free(t);
    t = parse_str("for a, b in c: pass");
    cr_expect(strstr(t, "Name(id='a', ctx=Store())") != NULL, "%s", t);
    free(t);
}

Test(ast, constants_for_the_compiler)
{
    Arena *a = arena_new();
    Diag d = {0};
    const char *src = "0x_FF; 1_000; 2.5e3; 3j; 'a\\x00b'; b'\\xff'; ...; None";
    Node *m = parse_source(a, src, strlen(src), "t.py", PARSE_FILE, &d);
    cr_assert_not_null(m, "%s", d.msg);
    NodeList *b = &m->v.Module.body;
    cr_assert_eq(b->count, 8);
    ConstValue *c = &b->items[0]->v.Expr.value->v.Constant.value;
    cr_expect_eq(c->kind, CONST_INT);
    cr_expect_str_eq(c->text, "0xFF");
    c = &b->items[1]->v.Expr.value->v.Constant.value;
    cr_expect_str_eq(c->text, "1000");
    c = &b->items[2]->v.Expr.value->v.Constant.value;
    cr_expect_eq(c->kind, CONST_FLOAT);
    cr_expect_float_eq(c->f, 2500.0, 1e-9);
    c = &b->items[3]->v.Expr.value->v.Constant.value;
    cr_expect_eq(c->kind, CONST_IMAG);
    cr_expect_float_eq(c->f, 3.0, 1e-9);
    c = &b->items[4]->v.Expr.value->v.Constant.value;
    cr_expect_eq(c->kind, CONST_STR);
    cr_expect_eq(c->len, 3);
    cr_expect(memcmp(c->text, "a\0b", 3) == 0);
    c = &b->items[5]->v.Expr.value->v.Constant.value;
    cr_expect_eq(c->kind, CONST_BYTES);
    cr_expect_eq(c->len, 1);
    cr_expect_eq((unsigned char)c->text[0], 0xff);
    cr_expect_eq(b->items[6]->v.Expr.value->v.Constant.value.kind, CONST_ELLIPSIS);
    cr_expect_eq(b->items[7]->v.Expr.value->v.Constant.value.kind, CONST_NONE);
    arena_free(a);
}

Test(ast, locations)
{
    const char *src = "if x:\n    y = (a +\n  b)\n";
    char *t = parse_to_text(src, strlen(src), PARSE_FILE, true);
    /* the BinOp spans from `a` on line 2 to `b` on line 3 */
    cr_expect(strstr(t, "op=Add(),\n") != NULL, "%s", t);
    cr_expect(strstr(t, "            lineno=2,\n            col_offset=9,\n"
                        "            end_lineno=3,\n"
                        "            end_col_offset=3)") != NULL, "%s", t);
    free(t);
    /* f-string expressions get their real positions */
    t = parse_to_text("f'ab{x}'", 8, PARSE_FILE, true);
    cr_expect(strstr(t, "id='x',\n              ctx=Load(),\n"
                        "              lineno=1,\n"
                        "              col_offset=5,\n"
                        "              end_lineno=1,\n"
                        "              end_col_offset=6)") != NULL, "%s", t);
    free(t);
}

Test(ast, fstring_shapes)
{
    expect_tree("f'{x!r:>{w}}'",
        "Module(\n  body=[\n    Expr(\n      value=JoinedStr(\n        values=[\n"
        "          FormattedValue(\n            value=Name(id='x', ctx=Load()),\n"
        "            conversion=114,\n            format_spec=JoinedStr(\n"
        "              values=[\n                Constant(value='>'),\n"
        "                FormattedValue(\n"
        "                  value=Name(id='w', ctx=Load()),\n"
        "                  conversion=-1)]))]))],\n  type_ignores=[])");
    expect_tree("f'{x=}'",
        "Module(\n  body=[\n    Expr(\n      value=JoinedStr(\n        values=[\n"
        "          Constant(value='x='),\n          FormattedValue(\n"
        "            value=Name(id='x', ctx=Load()),\n"
        "            conversion=114)]))],\n  type_ignores=[])");
}

Test(syntax_errors, except_star_clauses_are_not_mixed)
{
    expect_error("try:\n    pass\nexcept E:\n    pass\nexcept* F:\n    pass\n", "SyntaxError: "
                 "cannot have both 'except' and 'except*' on the same 'try'|5|1|5|8");
    expect_tree("try:\n    pass\nexcept* E:\n    pass\n",
                "Module(\n  body=[\n    TryStar(\n      body=[\n        Pass()],\n"
                "      handlers=[\n        ExceptHandler(\n          type=Name(id='E', ctx=Load()),\n"
                "          body=[\n            Pass()])],\n      orelse=[],\n"
                "      finalbody=[])],\n  type_ignores=[])");
    /* match and case stay ordinary names */
    expect_tree("match = case = 1",
                "Module(\n  body=[\n    Assign(\n      targets=[\n"
                "        Name(id='match', ctx=Store()),\n"
                "        Name(id='case', ctx=Store())],\n"
                "      value=Constant(value=1))],\n  type_ignores=[])");
}

Test(ast, match_statement)
{
    /* match and case are keywords only at the head of the statement */
    expect_tree("match x:\n    case 1: pass\n",
                "Module(\n"
                "  body=[\n"
                "    Match(\n"
                "      subject=Name(id='x', ctx=Load()),\n"
                "      cases=[\n"
                "        match_case(\n"
                "          pattern=MatchValue(\n"
                "            value=Constant(value=1)),\n"
                "          body=[\n"
                "            Pass()])])],\n"
                "  type_ignores=[])");
}

Test(syntax_errors, compiler_level_errors_are_deferred)
{
    /* CPython finds these in its compiler, after the whole file parsed:
     * a real syntax error later in the file wins */
    expect_error("*a, *b = c\n", "SyntaxError: multiple starred expressions in "
                 "assignment|1|1|1|7");
    expect_error("*a, *b = c\nx = )\n", "SyntaxError: unmatched ')'|2|5|2|5");
    expect_error("x = *a\n", "SyntaxError: can't use starred expression here|1|5|1|7");
    expect_error("*a = 1\n", "SyntaxError: starred assignment target must be in a "
                 "list or tuple|1|1|1|3");
    expect_error("f(a=1, a=2)\n", "SyntaxError: keyword argument repeated: a|1|8|1|11");
}

/* ---- modes ---------------------------------------------------------------- */

Test(modes, eval)
{
    char *t = parse_to_text("1 + 2\n", 6, PARSE_EVAL, false);
    cr_expect_str_eq(t, "Expression(\n  body=BinOp(\n    left=Constant(value=1),\n"
                        "    op=Add(),\n    right=Constant(value=2)))");
    free(t);
    t = parse_to_text("x = 1", 5, PARSE_EVAL, false);
    cr_expect(strncmp(t, "SyntaxError: invalid syntax", 27) == 0, "%s", t);
    free(t);
}

Test(modes, interactive)
{
    char *t = parse_to_text("x = 1; y = 2\n", 13, PARSE_INTERACTIVE, false);
    cr_expect(strncmp(t, "Interactive(\n  body=[\n    Assign(", 32) == 0, "%s", t);
    free(t);
    t = parse_to_text("if x:\n    y\n\n", 13, PARSE_INTERACTIVE, false);
    cr_expect(strncmp(t, "Interactive(", 12) == 0, "%s", t);
    free(t);
    t = parse_to_text("x = 1\ny = 2\n", 12, PARSE_INTERACTIVE, false);
    cr_expect(strstr(t, "multiple statements found while compiling a single "
                        "statement") != NULL, "%s", t);
    free(t);
}

static bool incomplete(const char *src, ParseMode mode)
{
    Arena *a = arena_new();
    Diag d = {0};
    Node *m = parse_source(a, src, strlen(src), "<stdin>", mode, &d);
    bool r = !m && d.incomplete;
    cr_expect(m || d.set, "no tree and no error for %s", src);
    diag_clear(&d);
    arena_free(a);
    return r;
}

Test(modes, incomplete_input)
{
    cr_expect(incomplete("x = (1,\n", PARSE_INTERACTIVE));
    cr_expect(incomplete("s = '''abc\n", PARSE_INTERACTIVE));
    cr_expect(incomplete("if x:\n", PARSE_INTERACTIVE));
    cr_expect(incomplete("if x:\n    y = 1\n", PARSE_INTERACTIVE));
    cr_expect(incomplete("def f():\n    return 1\n", PARSE_INTERACTIVE));
    cr_expect(incomplete("x = 1 + \\\n", PARSE_INTERACTIVE));
    cr_expect(!incomplete("if x:\n    y = 1\n\n", PARSE_INTERACTIVE));
    cr_expect(!incomplete("x = 1\n", PARSE_INTERACTIVE));
    cr_expect(!incomplete("x = )\n", PARSE_INTERACTIVE));
    cr_expect(!incomplete("x = 1 2\n", PARSE_INTERACTIVE));
}

/* ---- limits ---------------------------------------------------------------- */

/* [src] parses (without printing the tree: a tree 3,000 levels deep
 * prints as megabytes of indentation). */
static bool parses(const char *src)
{
    Arena *a = arena_new();
    Diag d = {0};
    Node *root = parse_source(a, src, strlen(src), "t.py", PARSE_FILE, &d);
    diag_clear(&d);
    arena_free(a);
    return root != NULL;
}

static char *repeat(const char *s, int n, const char *tail)
{
    StrBuf sb;
    strbuf_init(&sb);
    for (int i = 0; i < n; i++)
        strbuf_puts(&sb, s);
    strbuf_puts(&sb, tail);
    return strbuf_detach(&sb);
}

Test(limits, deep_nesting, .timeout = 60)
{
    char *s = repeat("(", 100000, "");
    expect_error(s, "SyntaxError: too many nested parentheses|1|201|1|201");
    free(s);
    s = repeat("[", 300, "");
    char *s2 = repeat("]", 300, "");
    char *both = malloc(strlen(s) + strlen(s2) + 1);
    strcpy(both, s);
    strcat(both, s2);
    expect_error(both, "SyntaxError: too many nested parentheses|1|201|1|201");
    free(both);
    free(s);
    free(s2);
    /* CPython 3.11: its parser gives up with a bare MemoryError, its
     * compiler's first pass with RecursionError (parser/nesting.c) */
    s = repeat("-", 100000, "1");
    expect_error(s, "MemoryError: |0|0|0|0");
    free(s);
    s = repeat("not ", 100000, "x");
    expect_error(s, "MemoryError: |0|0|0|0");
    free(s);
    s = repeat("1+", 100000, "1");
    expect_error(s, "RecursionError: maximum recursion depth exceeded during compilation|0|0|0|0");
    free(s);
    s = repeat(".b", 50000, "");
    char *attr = malloc(strlen(s) + 2);
    attr[0] = 'a';
    strcpy(attr + 1, s);
    expect_error(attr, "RecursionError: maximum recursion depth exceeded during compilation|0|0|0|0");
    free(attr);
    free(s);
    /* the limits themselves: the statement, the operators and the operand
     * make 3,000 levels for the compiler; 6,000 levels of the parser are
     * 5,967 minuses or 2,983 lambdas after `x = ` */
    s = repeat("-", 2998, "1");
    char *line = malloc(strlen(s) + 8);
    sprintf(line, "x = %s", s);
    cr_expect(parses(line), "%.80s", line);
    free(line);
    free(s);
    s = repeat("-", 2999, "1");
    line = malloc(strlen(s) + 8);
    sprintf(line, "x = %s", s);
    expect_error(line, "RecursionError: maximum recursion depth exceeded during compilation|0|0|0|0");
    free(line);
    free(s);
    s = repeat("-", 5968, "1");
    line = malloc(strlen(s) + 8);
    sprintf(line, "x = %s", s);
    expect_error(line, "MemoryError: |0|0|0|0");
    free(line);
    free(s);
    s = repeat("lambda: ", 2983, "1");
    line = malloc(strlen(s) + 8);
    sprintf(line, "x = %s", s);
    cr_expect(parses(line), "%.80s", line);
    free(line);
    free(s);
    s = repeat("lambda: ", 2984, "1");
    line = malloc(strlen(s) + 8);
    sprintf(line, "x = %s", s);
    expect_error(line, "MemoryError: |0|0|0|0");
    free(line);
    free(s);
    /* chains the parser reads with a loop are flat: no limit but memory */
    s = repeat("1 < ", 100000, "1");
    cr_expect(parses(s), "%.80s", s);
    free(s);
    s = repeat("x or ", 100000, "x");
    cr_expect(parses(s), "%.80s", s);
    free(s);
    /* what CPython accepts, we accept */
    s = repeat("-", 900, "1");
    cr_expect(parses(s), "%.80s", s);
    free(s);
    s = repeat("(", 199, "1");
    s2 = repeat(")", 199, "");
    both = malloc(strlen(s) + strlen(s2) + 1);
    strcpy(both, s);
    strcat(both, s2);
    cr_expect(parses(both), "%.80s", both);
    free(both);
    free(s);
    free(s2);
}

Test(limits, nested_blocks, .timeout = 60)
{
    StrBuf sb;
    strbuf_init(&sb);
    for (int i = 0; i < 99; i++) {
        for (int j = 0; j < i; j++)
            strbuf_puts(&sb, " ");
        strbuf_puts(&sb, "if x:\n");
    }
    for (int j = 0; j < 99; j++)
        strbuf_puts(&sb, " ");
    strbuf_puts(&sb, "pass\n");
    char *t = parse_str(sb.data);
    cr_expect(strncmp(t, "Module(", 7) == 0, "%.80s", t);
    free(t);
    strbuf_free(&sb);
}

Test(limits, ten_megabyte_line, .timeout = 120)
{
    size_t n = 10 * 1024 * 1024;
    char *s = malloc(n + 8);
    memcpy(s, "x = '", 5);
    memset(s + 5, 'a', n);
    memcpy(s + 5 + n, "'\n", 3);
    Arena *a = arena_new();
    Diag d = {0};
    Node *m = parse_source(a, s, n + 7, "big.py", PARSE_FILE, &d);
    cr_assert_not_null(m, "%s", d.msg);
    cr_expect_eq(m->v.Module.body.items[0]->v.Assign.value->v.Constant.value.len, n);
    arena_free(a);
    diag_clear(&d);
    /* a 10 MB expression line: refused, quickly, without exhausting memory
     * (CPython's RecursionError, found while the chain grows) */
    for (size_t i = 4; i + 1 < n; i += 2) {
        s[i] = '1';
        s[i + 1] = '+';
    }
    memcpy(s, "x = ", 4);
    s[n - 1] = '1';
    s[n] = '\n';
    a = arena_new();
    m = parse_source(a, s, n + 1, "big.py", PARSE_FILE, &d);
    cr_expect_null(m);
    cr_expect_str_eq(d.msg, "maximum recursion depth exceeded during compilation");
    arena_free(a);
    diag_clear(&d);
    free(s);
}

/* ---- bytes ---------------------------------------------------------------- */

Test(source, bad_bytes)
{
    Arena *a = arena_new();
    Diag d = {0};
    Node *m = parse_source(a, "x = 1\ny = '\xff'\n", 13, "h.py", PARSE_FILE, &d);
    cr_expect_null(m);
    cr_expect_str_eq(d.msg, "Non-UTF-8 code starting with '\\xff' in file h.py "
                     "on line 2, but no encoding declared; see "
                     "https://peps.python.org/pep-0263/ for details");
    diag_clear(&d);
    m = parse_source(a, "x = 1\0\n", 7, "n.py", PARSE_FILE, &d);
    cr_expect_null(m);
    cr_expect_str_eq(d.msg, "source code cannot contain null bytes");
    cr_expect_eq(d.lineno, 1);
    diag_clear(&d);
    static const char bom[] = "\xef\xbb\xbfx = 1\r\ny = 2\r";
    m = parse_source(a, bom, sizeof bom - 1, "b.py", PARSE_FILE, &d);
    cr_expect_not_null(m, "%s", d.msg);
    diag_clear(&d);
    arena_free(a);
}

Test(source, diag_text_and_filename)
{
    Arena *a = arena_new();
    Diag d = {0};
    Node *m = parse_source(a, "x = 1\ny = (1 +\n", 15, "prog.py", PARSE_FILE, &d);
    cr_expect_null(m);
    cr_expect_str_eq(d.filename, "prog.py");
    cr_expect_str_eq(d.text, "y = (1 +\n");
    cr_expect_eq(d.lineno, 2);
    cr_expect_eq(d.offset, 5);
    diag_clear(&d);
    arena_free(a);
}

/* ---- robustness ------------------------------------------------------------ */

Test(fuzz, mutated_programs_never_crash)
{
    const char *seeds[] = {
        "def f(a, *b, c=1, **d):\n    return [x for x in b if x] or {a: c}\n",
        "class C(B, metaclass=M):\n    @dec\n    def m(self): yield from f'{self!r:>{w}}'\n",
        "try:\n    x = (1, 2)[::-1]\nexcept E as e:\n    raise X from e\nfinally:\n    pass\n",
        "with (a as b, c as d):\n    lambda *a, k=1: a\nwhile x := y: del z[0]\n",
    };
    const char junk[] = "()[]{}:;,.=+-*/'\"\\\n\t #@!fxy019";
    unsigned seed = 7;
    for (int iter = 0; iter < 3000; iter++) {
        const char *s = seeds[iter % 4];
        size_t n = strlen(s);
        char buf[512];
        memcpy(buf, s, n + 1);
        int edits = 1 + (int)(rand_r(&seed) % 4);
        for (int e = 0; e < edits; e++) {
            size_t pos = rand_r(&seed) % n;
            int op = (int)(rand_r(&seed) % 3);
            if (op == 0) {
                buf[pos] = junk[rand_r(&seed) % (sizeof junk - 1)];
            } else if (op == 1 && n > 1) {
                memmove(buf + pos, buf + pos + 1, n - pos);
                n--;
            } else if (n + 1 < sizeof buf) {
                memmove(buf + pos + 1, buf + pos, n - pos + 1);
                buf[pos] = junk[rand_r(&seed) % (sizeof junk - 1)];
                n++;
            }
        }
        for (int mode = 0; mode < 3; mode++) {
            char *t = parse_to_text(buf, n, (ParseMode)mode, false);
            free(t);
        }
    }
}
