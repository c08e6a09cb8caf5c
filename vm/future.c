/* future.c -- reads the `from __future__ import ...` statements at the top
 * of a module (see future.h), issue 17.
 *
 * Only a docstring and other future statements may come before a future
 * statement. This pass stops at the first statement that is neither, on a
 * line after it: a future import further down is then an ordinary
 * statement to this pass, and the compiler reports it as misplaced when it
 * compiles it (comp_import_from), which is why the message of such a one
 * underlines the whole statement while the ones found here point at a
 * column, as in CPython.
 */
#include <string.h>

#include "vm/future.h"

static const struct { const char *name; int flag; } features[] = {
    {"nested_scopes", 0}, {"generators", 0}, {"division", CO_FUTURE_DIVISION},
    {"absolute_import", CO_FUTURE_ABSOLUTE_IMPORT}, {"with_statement", CO_FUTURE_WITH_STATEMENT},
    {"print_function", CO_FUTURE_PRINT_FUNCTION}, {"unicode_literals", CO_FUTURE_UNICODE_LITERALS},
    {"barry_as_FLUFL", CO_FUTURE_BARRY_AS_BDFL}, {"generator_stop", CO_FUTURE_GENERATOR_STOP},
    {"annotations", CO_FUTURE_ANNOTATIONS},
};

static bool check_features(FutureFeatures *ff, const Node *s, const char *src, size_t len, Diag *diag) {
    const NodeList *names = &s->v.ImportFrom.names;
    for (int i = 0; i < names->count; i++) {
        const char *name = names->items[i]->v.alias.name;
        size_t k = 0, n = sizeof features / sizeof features[0];
        while (k < n && strcmp(features[k].name, name) != 0) k++;
        if (k < n) {
            ff->features |= features[k].flag;
            continue;
        }
        /* CPython's column here is one past the statement's start */
        if (strcmp(name, "braces") == 0)
            syntax_error(diag, DIAG_SYNTAX, src, len, s->lineno, s->col_offset, s->lineno, -1, "not a chance");
        else
            syntax_error(diag, DIAG_SYNTAX, src, len, s->lineno, s->col_offset, s->lineno, -1,
                         "future feature %.100s is not defined", name);
        diag->compile_stage = true;
        return false;
    }
    return true;
}

static bool is_docstring(const Node *s) {
    return s->kind == NODE_Expr && s->v.Expr.value->kind == NODE_Constant &&
           s->v.Expr.value->v.Constant.value.kind == CONST_STR;
}

bool future_parse(FutureFeatures *ff, const Node *mod, const char *src, size_t len, Diag *diag) {
    ff->features = 0;
    ff->lineno = -1;
    if (mod->kind != NODE_Module && mod->kind != NODE_Interactive) return true;
    const NodeList *body = mod->kind == NODE_Module ? &mod->v.Module.body : &mod->v.Interactive.body;
    bool done = false, docstring = false;
    int prev_line = 0;
    for (int i = 0; i < body->count; i++) {
        const Node *s = body->items[i];
        if (done && s->lineno > prev_line) return true;
        prev_line = s->lineno;
        if (s->kind == NODE_ImportFrom) {
            const char *m = s->v.ImportFrom.module;
            if (m && strcmp(m, "__future__") == 0) {
                if (done) {
                    /* after another statement on its line: the column is
                     * the statement's start, 1-based (one less than above) */
                    syntax_error(diag, DIAG_SYNTAX, src, len, s->lineno, s->col_offset - 1, s->lineno, -1,
                                 "from __future__ imports must occur at the beginning of the file");
                    diag->compile_stage = true;
                    return false;
                }
                if (!check_features(ff, s, src, len, diag)) return false;
                ff->lineno = s->lineno;
            } else {
                done = true;
            }
        } else if (docstring || !is_docstring(s)) {
            done = true;
        } else {
            docstring = true;
        }
    }
    return true;
}
