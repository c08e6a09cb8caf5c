/* lexer.re -- the raw scanner (re2c): one token at a time from UTF-8 text.
 *
 * Lesson 2 (the pipeline): characters -> tokens. re2c compiles the rules
 * below into a DFA (a goto-based state machine in the build folder); the
 * keywords are plain literal rules, so the DFA tells `if` from `iffy`
 * without a keyword table. Logical lines, INDENT and DEDENT are not here:
 * they are plain C in indent.c, which calls lex_scan().
 *
 * Two token shapes are finished in C after re2c recognizes their start:
 *   - numbers (scan_number): CPython reports a malformed number at a precise
 *     character ("invalid digit '2' in binary literal", "leading zeros ..."),
 *     which reads more clearly as a step-by-step walk than as error regexes;
 *   - strings (scan_string): quotes, triple quotes and backslashes decide
 *     where a string ends and where an unterminated one is reported.
 * Escapes are decoded later, by the parser (lexer/strlit.c).
 *
 * Identifiers: ASCII letters, digits and '_', plus any non-ASCII letter for
 * which CPython's str.isidentifier() holds (common/unicode.h), checked as
 * written; the parser then takes the identifier's NFKC form (PEP 3131,
 * common/nfkc.c), as CPython does, so `ﬁ` and `fi` are the same name.
 *
 * The input ends with a NUL sentinel and holds no other NUL (parse.c rejects
 * those first), so re2c needs no bounds checks.
 */
#include "lexer/lexer.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "common/unicode.h"
#include "common/utf8.h"

void lex_error(Lexer *lx, LexErrKind kind, DiagKind dkind, int lineno,
               int col, int end_col, const char *fmt, ...)
{
    char msg[320];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (lx->err == LEXERR_NONE)
        lx->err = kind;
    bool first = !lx->diag->set;
    syntax_error(lx->diag, dkind, lx->src, lx->len, lineno, col, lineno,
                 end_col, "%s", msg);
    if (first)
        lx->diag->whole_line = kind == LEXERR_TOKEN || kind == LEXERR_EOF_STRING;
}

/* Byte column of the character just before lx->cur: CPython reports most
 * scanner errors "at the character before the cursor". */
static int col_before_cur(Lexer *lx)
{
    const char *p = lx->cur;
    if (p > lx->line_start)
        p--;
    while (p > lx->line_start && ((unsigned char)*p & 0xC0) == 0x80)
        p--;
    return (int)(p - lx->line_start);
}

static void error_at_cur(Lexer *lx, const char *msg)
{
    int col = col_before_cur(lx);
    lex_error(lx, LEXERR_TOKEN, DIAG_SYNTAX, lx->lineno, col, col, "%s", msg);
}

/* ---- numbers ----------------------------------------------------------- */

static int nextc(Lexer *lx)
{
    unsigned char c = (unsigned char)*lx->cur;
    if (c == '\0')
        return -1;              /* the sentinel: stay on it */
    lx->cur++;
    return c;
}

static void backup(Lexer *lx, int c)
{
    if (c != -1)
        lx->cur--;
}

static bool is_digit(int c) { return c >= '0' && c <= '9'; }
static bool is_xdigit(int c)
{
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
static bool is_potential_ident(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
           is_digit(c) || c >= 128;
}

/* The literal just scanned is followed by [c]. A letter there is an error,
 * except the start of a keyword that may follow a number in valid code
 * (`1if x else y`), which CPython 3.11 only warns about. */
static bool end_of_number(Lexer *lx, int c, const char *kind)
{
    static const char *const kw[] = {"and", "else", "for", "if", "in", "is",
                                     "not", "or"};
    for (size_t i = 0; i < sizeof kw / sizeof kw[0]; i++) {
        size_t n = strlen(kw[i]);
        if (c == kw[i][0] && strncmp(lx->cur, kw[i] + 1, n - 1) == 0)
            return true;
    }
    if (c != -1 && is_potential_ident(c)) {
        backup(lx, c);
        char msg[64];
        snprintf(msg, sizeof msg, "invalid %s literal", kind);
        error_at_cur(lx, msg);
        return false;
    }
    return true;
}

/* Digits and single underscores between digits; returns the first other
 * character, or 0 after reporting an error. */
static int decimal_tail(Lexer *lx)
{
    int c;
    for (;;) {
        do
            c = nextc(lx);
        while (is_digit(c));
        if (c != '_')
            return c;
        c = nextc(lx);
        if (!is_digit(c)) {
            backup(lx, c);
            error_at_cur(lx, "invalid decimal literal");
            return 0;
        }
    }
}

/* Digits of base 16, 8 or 2 after the prefix; false after an error. */
static bool radix_digits(Lexer *lx, int *cp, int base, const char *kind)
{
    int c = nextc(lx);
    do {
        if (c == '_')
            c = nextc(lx);
        bool ok = base == 16 ? is_xdigit(c)
                : base == 8 ? (c >= '0' && c <= '7') : (c == '0' || c == '1');
        if (!ok) {
            if (base != 16 && is_digit(c)) {
                char msg[64];
                snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal",
                         c, kind);
                error_at_cur(lx, msg);
                return false;
            }
            backup(lx, c);
            char msg[64];
            snprintf(msg, sizeof msg, "invalid %s literal", kind);
            error_at_cur(lx, msg);
            return false;
        }
        do {
            c = nextc(lx);
            ok = base == 16 ? is_xdigit(c)
               : base == 8 ? (c >= '0' && c <= '7') : (c == '0' || c == '1');
        } while (ok);
    } while (c == '_');
    if (base != 16 && is_digit(c)) {
        char msg[64];
        snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", c, kind);
        error_at_cur(lx, msg);
        return false;
    }
    *cp = c;
    return end_of_number(lx, c, kind);
}

/* Scan a number starting at lx->tok (cursor reset there). Mirrors the order
 * of checks of CPython's tokenizer so errors land on the same character. */
static int scan_number(Lexer *lx)
{
    lx->cur = lx->tok;
    int c = nextc(lx);
    if (c == '.') {
        c = nextc(lx);
        goto fraction;
    }
    if (c == '0') {
        c = nextc(lx);
        if (c == 'x' || c == 'X') {
            if (!radix_digits(lx, &c, 16, "hexadecimal"))
                return T_YYerror;
            goto done;
        }
        if (c == 'o' || c == 'O') {
            if (!radix_digits(lx, &c, 8, "octal"))
                return T_YYerror;
            goto done;
        }
        if (c == 'b' || c == 'B') {
            if (!radix_digits(lx, &c, 2, "binary"))
                return T_YYerror;
            goto done;
        }
        bool nonzero = false;
        for (;;) {                  /* leading zeros, maybe with '_' */
            if (c == '_') {
                c = nextc(lx);
                if (!is_digit(c)) {
                    backup(lx, c);
                    error_at_cur(lx, "invalid decimal literal");
                    return T_YYerror;
                }
            }
            if (c != '0')
                break;
            c = nextc(lx);
        }
        const char *zeros_end = lx->cur;
        if (is_digit(c)) {
            nonzero = true;
            c = decimal_tail(lx);
            if (c == 0)
                return T_YYerror;
        }
        if (c == '.') {
            c = nextc(lx);
            goto fraction;
        }
        if (c == 'e' || c == 'E')
            goto exponent;
        if (c == 'j' || c == 'J')
            goto imaginary;
        if (nonzero) {
            backup(lx, c);
            int col = (int)(lx->tok - lx->line_start);
            int end = (int)(zeros_end - lx->line_start) - 1;
            lex_error(lx, LEXERR_TOKEN, DIAG_SYNTAX, lx->lineno, col, end,
                      "leading zeros in decimal integer literals are not "
                      "permitted; use an 0o prefix for octal integers");
            return T_YYerror;
        }
        if (!end_of_number(lx, c, "decimal"))
            return T_YYerror;
        goto done;
    }
    /* decimal */
    backup(lx, c);
    c = decimal_tail(lx);
    if (c == 0)
        return T_YYerror;
    if (c == '.') {
        c = nextc(lx);
    fraction:
        if (is_digit(c)) {
            backup(lx, c);
            c = decimal_tail(lx);
            if (c == 0)
                return T_YYerror;
        }
    }
    if (c == 'e' || c == 'E') {
        int e;
    exponent:
        e = c;
        c = nextc(lx);
        if (c == '+' || c == '-') {
            c = nextc(lx);
            if (!is_digit(c)) {
                backup(lx, c);
                error_at_cur(lx, "invalid decimal literal");
                return T_YYerror;
            }
        } else if (!is_digit(c)) {
            backup(lx, c);
            if (!end_of_number(lx, e, "decimal"))
                return T_YYerror;
            backup(lx, e);
            return T_NUMBER;
        }
        backup(lx, c);
        c = decimal_tail(lx);
        if (c == 0)
            return T_YYerror;
    }
    if (c == 'j' || c == 'J') {
    imaginary:
        c = nextc(lx);
        if (!end_of_number(lx, c, "imaginary"))
            return T_YYerror;
    } else if (!end_of_number(lx, c, "decimal")) {
        return T_YYerror;
    }
done:
    backup(lx, c);
    return T_NUMBER;
}

/* ---- strings ----------------------------------------------------------- */

/* lx->cur is just past the opening quote (after any prefix). */
static int scan_string(Lexer *lx, Token *t)
{
    char quote = lx->cur[-1];
    int first_lineno = lx->lineno;
    const char *first_line_start = lx->line_start;
    int size = 1;
    if (lx->cur[0] == quote && lx->cur[1] == quote) {
        size = 3;
        lx->cur += 2;
    }
    int closing = 0;
    while (closing < size) {
        char c = *lx->cur;
        if (c == '\0' || (size == 1 && c == '\n')) {
            int detected = lx->lineno;
            if (c == '\0' && lx->cur > lx->src && lx->cur[-1] == '\n')
                detected--;     /* CPython counts the lines it has read */
            int col = (int)(t->start - first_line_start);
            lx->line_start = first_line_start;
            lex_error(lx, c == '\0' ? LEXERR_EOF_STRING : LEXERR_TOKEN,
                      DIAG_SYNTAX, first_lineno, col, col,
                      size == 3 ? "unterminated triple-quoted string literal "
                                  "(detected at line %d)"
                                : "unterminated string literal (detected at "
                                  "line %d)", detected);
            return T_YYerror;
        }
        lx->cur++;
        if (c == quote) {
            closing++;
            continue;
        }
        closing = 0;
        if (c == '\n') {
            lx->lineno++;
            lx->line_start = lx->cur;
        } else if (c == '\\' && *lx->cur != '\0') {
            if (*lx->cur == '\n') {
                lx->lineno++;
                lx->line_start = lx->cur + 1;
            }
            lx->cur++;
        }
    }
    return T_STRING;
}

/* ---- identifiers ------------------------------------------------------- */

/* Check the non-ASCII letters of the identifier [lx->tok, lx->cur). */
static bool check_identifier(Lexer *lx)
{
    size_t pos = 0, n = (size_t)(lx->cur - lx->tok);
    bool first = true;
    while (pos < n) {
        size_t at = pos;
        int32_t cp = utf8_decode(lx->tok, n, &pos);
        bool ok;
        if (cp < 0)
            ok = false;
        else if (cp < 128)
            ok = first ? (cp == '_' || ((cp | 32) >= 'a' && (cp | 32) <= 'z'))
                       : true;
        else
            ok = uni_has((uint32_t)cp, first ? UNI_XID_START : UNI_XID_CONTINUE);
        if (!ok) {
            int col = (int)(lx->tok + at - lx->line_start);
            lx->cur = lx->tok + pos;
            if (cp >= 0 && uni_has((uint32_t)cp, UNI_PRINTABLE)) {
                char ch[5] = {0};
                utf8_encode((uint32_t)cp, ch);
                lex_error(lx, LEXERR_TOKEN, DIAG_SYNTAX, lx->lineno, col, col,
                          "invalid character '%s' (U+%04X)", ch, (unsigned)cp);
            } else {
                lex_error(lx, LEXERR_TOKEN, DIAG_SYNTAX, lx->lineno, col, col,
                          "invalid non-printable character U+%04X",
                          (unsigned)(cp < 0 ? 0xFFFD : cp));
            }
            return false;
        }
        first = false;
    }
    return true;
}

/* ---- the scanner ------------------------------------------------------- */

/*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:define:YYCURSOR = "lx->cur";
    re2c:define:YYMARKER = "lx->mar";
    re2c:yyfill:enable = 0;
    re2c:flags:utf-8 = 1;

    nonascii  = [\u0080-\U0010FFFF];
    id_start  = [a-zA-Z_] | nonascii;
    id_cont   = [a-zA-Z0-9_] | nonascii;
    prefix    = [rRuUbBfF] | [bB][rR] | [rR][bB] | [fF][rR] | [rR][fF];
*/

int lex_scan(Lexer *lx, Token *t)
{
    int kind;
loop:
    lx->tok = lx->cur;
    t->start = lx->cur;
    t->lineno = lx->lineno;
    t->col = (int)(lx->cur - lx->line_start);
    /*!re2c
    [ \t\f]+                { goto loop; }
    "#" [^\n\x00]*          { goto loop; }
    "\\" "\n"               { if (*lx->cur == '\0') {
                                  /* a continuation line that never comes */
                                  int col = (int)(lx->cur - 1 - lx->line_start);
                                  lex_error(lx, LEXERR_EOF_CONT, DIAG_SYNTAX,
                                            lx->lineno, col, -1,
                                            "unexpected EOF while parsing");
                                  return T_YYerror;
                              }
                              lx->lineno++; lx->line_start = lx->cur;
                              goto loop; }
    "\\" "\x00"             { lx->cur--;
                              int col = (int)(lx->cur - lx->line_start);
                              lex_error(lx, LEXERR_EOF_CONT, DIAG_SYNTAX,
                                        lx->lineno, col, -1,
                                        "unexpected EOF while parsing");
                              return T_YYerror; }
    "\\"                    { int col = (int)(lx->cur - lx->line_start);
                              lex_error(lx, LEXERR_STATE, DIAG_SYNTAX,
                                        lx->lineno, col, -1,
                                        "unexpected character after line "
                                        "continuation character");
                              return T_YYerror; }
    "\n"                    { kind = T_NEWLINE; goto newline; }
    "\x00"                  { lx->cur--; kind = T_YYEOF; goto out; }

    "False"     { kind = T_FALSE; goto out; }
    "None"      { kind = T_NONE; goto out; }
    "True"      { kind = T_TRUE; goto out; }
    "and"       { kind = T_AND; goto out; }
    "as"        { kind = T_AS; goto out; }
    "assert"    { kind = T_ASSERT; goto out; }
    "async"     { kind = T_ASYNC; goto out; }
    "await"     { kind = T_AWAIT; goto out; }
    "break"     { kind = T_BREAK; goto out; }
    "class"     { kind = T_CLASS; goto out; }
    "continue"  { kind = T_CONTINUE; goto out; }
    "def"       { kind = T_DEF; goto out; }
    "del"       { kind = T_DEL; goto out; }
    "elif"      { kind = T_ELIF; goto out; }
    "else"      { kind = T_ELSE; goto out; }
    "except"    { kind = T_EXCEPT; goto out; }
    "finally"   { kind = T_FINALLY; goto out; }
    "for"       { kind = T_FOR; goto out; }
    "from"      { kind = T_FROM; goto out; }
    "global"    { kind = T_GLOBAL; goto out; }
    "if"        { kind = T_IF; goto out; }
    "import"    { kind = T_IMPORT; goto out; }
    "in"        { kind = T_IN; goto out; }
    "is"        { kind = T_IS; goto out; }
    "lambda"    { kind = T_LAMBDA; goto out; }
    "nonlocal"  { kind = T_NONLOCAL; goto out; }
    "not"       { kind = T_NOT; goto out; }
    "or"        { kind = T_OR; goto out; }
    "pass"      { kind = T_PASS; goto out; }
    "raise"     { kind = T_RAISE; goto out; }
    "return"    { kind = T_RETURN; goto out; }
    "try"       { kind = T_TRY; goto out; }
    "while"     { kind = T_WHILE; goto out; }
    "with"      { kind = T_WITH; goto out; }
    "yield"     { kind = T_YIELD; goto out; }

    prefix? ['"]            { kind = scan_string(lx, t); goto out; }
    id_start id_cont*       { kind = check_identifier(lx) ? T_NAME : T_YYerror;
                              goto out; }
    [0-9] | "." [0-9]       { kind = scan_number(lx); goto out; }

    "("     { kind = T_LPAR; goto out; }
    ")"     { kind = T_RPAR; goto out; }
    "["     { kind = T_LSQB; goto out; }
    "]"     { kind = T_RSQB; goto out; }
    "{"     { kind = T_LBRACE; goto out; }
    "}"     { kind = T_RBRACE; goto out; }
    ":"     { kind = T_COLON; goto out; }
    ","     { kind = T_COMMA; goto out; }
    ";"     { kind = T_SEMI; goto out; }
    "+"     { kind = T_PLUS; goto out; }
    "-"     { kind = T_MINUS; goto out; }
    "*"     { kind = T_STAR; goto out; }
    "/"     { kind = T_SLASH; goto out; }
    "|"     { kind = T_VBAR; goto out; }
    "&"     { kind = T_AMPER; goto out; }
    "<"     { kind = T_LESS; goto out; }
    ">"     { kind = T_GREATER; goto out; }
    "="     { kind = T_EQUAL; goto out; }
    "."     { kind = T_DOT; goto out; }
    "%"     { kind = T_PERCENT; goto out; }
    "=="    { kind = T_EQEQUAL; goto out; }
    "!="    { kind = T_NOTEQUAL; goto out; }
    "<="    { kind = T_LESSEQUAL; goto out; }
    ">="    { kind = T_GREATEREQUAL; goto out; }
    "~"     { kind = T_TILDE; goto out; }
    "^"     { kind = T_CIRCUMFLEX; goto out; }
    "<<"    { kind = T_LEFTSHIFT; goto out; }
    ">>"    { kind = T_RIGHTSHIFT; goto out; }
    "**"    { kind = T_DOUBLESTAR; goto out; }
    "+="    { kind = T_PLUSEQUAL; goto out; }
    "-="    { kind = T_MINEQUAL; goto out; }
    "*="    { kind = T_STAREQUAL; goto out; }
    "/="    { kind = T_SLASHEQUAL; goto out; }
    "%="    { kind = T_PERCENTEQUAL; goto out; }
    "&="    { kind = T_AMPEREQUAL; goto out; }
    "|="    { kind = T_VBAREQUAL; goto out; }
    "^="    { kind = T_CIRCUMFLEXEQUAL; goto out; }
    "<<="   { kind = T_LEFTSHIFTEQUAL; goto out; }
    ">>="   { kind = T_RIGHTSHIFTEQUAL; goto out; }
    "**="   { kind = T_DOUBLESTAREQUAL; goto out; }
    "//"    { kind = T_DOUBLESLASH; goto out; }
    "//="   { kind = T_DOUBLESLASHEQUAL; goto out; }
    "@"     { kind = T_AT; goto out; }
    "@="    { kind = T_ATEQUAL; goto out; }
    "->"    { kind = T_RARROW; goto out; }
    "..."   { kind = T_ELLIPSIS; goto out; }
    ":="    { kind = T_COLONEQUAL; goto out; }

    *       { unsigned char c = (unsigned char)lx->tok[0];
              if (c < 0x20 || c == 0x7f) {
                  lex_error(lx, LEXERR_TOKEN, DIAG_SYNTAX, lx->lineno, t->col,
                            t->col, "invalid non-printable character U+%04X",
                            (unsigned)c);
                  kind = T_YYerror;
              } else {
                  kind = T_ERRORTOKEN;  /* `$`, `?`, `!`: the parser fails */
              }
              goto out; }
    */
newline:
    t->len = (size_t)(lx->cur - t->start);
    t->end_lineno = lx->lineno;
    t->end_col = t->col + 1;
    lx->lineno++;
    lx->line_start = lx->cur;
    t->kind = kind;
    return kind;
out:
    t->len = (size_t)(lx->cur - t->start);
    t->end_lineno = lx->lineno;
    t->end_col = (int)(lx->cur - lx->line_start);
    t->kind = kind;
    return kind;
}
