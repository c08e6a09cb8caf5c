/* compile_match.c -- the match statement (PEP 634): from patterns to tests.
 *
 * Lesson 2 (the pipeline): a `case` is not a new kind of machine. Each
 * pattern becomes a run of ordinary tests on the value stack -- "is it a
 * sequence?" (MATCH_SEQUENCE), "how long?" (GET_LEN), "equal to 1?"
 * (COMPARE_OP), "has these keys?" (MATCH_KEYS), "an instance with these
 * attributes?" (MATCH_CLASS) -- each followed by a jump out when it fails.
 * `--dis` on a match statement shows it. The instructions' run-time half
 * is vm/match.c. The scheme, and every message, is CPython 3.11's
 * (Python/compile.c, compiler_match and compiler_pattern_*).
 *
 * How a pattern is compiled. On entry the subject is on top of the stack.
 * A pattern *consumes* it: on success the subject is gone and the values
 * to capture are on the stack instead, waiting to be stored. Names are
 * stored only once the whole pattern has matched, before the guard runs:
 * a guard that then says no leaves them bound (CPython does the same, and
 * PEP 634 allows it).
 * On failure the code jumps to a "fail_pop" label that pops exactly what
 * is on the stack at that point: fail_pop[n] pops n items and falls into
 * fail_pop[n-1], down to fail_pop[0], which pops nothing. PatternCtx
 * counts what a failure must pop: `on_top` items the pattern is still
 * working on (a copy of the subject, a tuple of attributes) plus the
 * captured values (`stores`), which sit *under* on_top: each new capture
 * is rotated down beneath the work items with SWAPs.
 *
 * Start reading at comp_match() at the bottom, then comp_pattern().
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "compiler_int.h"
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

/* The names a pattern captures, in the order their values will be stored. */
typedef struct {
    const char **items;
    int n, cap;
} Names;

typedef struct {
    Names stores;             /* names captured so far, their values on the stack */
    bool allow_irrefutable;   /* may this pattern match anything (`x`, `_`)? */
    int *fail_pop;            /* labels: fail_pop[k] pops k items, then fails */
    int fail_pop_size;
    int on_top;               /* items above the captured values that a failure pops */
} PatternCtx;

static bool names_push(Compiler *c, Names *s, const char *name) {
    if (s->n == s->cap) {
        int cap = s->cap ? 2 * s->cap : 8;
        const char **items = rawmem_realloc(s->items, (size_t)cap * sizeof *items);
        if (!items) return comp_no_memory(c);
        s->items = items;
        s->cap = cap;
    }
    s->items[s->n++] = name;
    return true;
}

static int names_index(const Names *s, const char *name) {
    for (int i = 0; i < s->n; i++)
        if (strcmp(s->items[i], name) == 0) return i;
    return -1;
}

static void names_free(Names *s) {
    rawmem_free(s->items);
    s->items = NULL;
    s->n = s->cap = 0;
}

/* A SyntaxError at the pattern being compiled (CPython reports pattern
 * errors at its current location, which each pattern sets on entry). */
static bool pattern_error(Compiler *c, const char *fmt, ...) PRINTF_LIKE(2, 3);
static bool pattern_error(Compiler *c, const char *fmt, ...) {
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    Node at = {0};
    at.lineno = c->u->loc.line;
    at.end_lineno = c->u->loc.end_line;
    at.col_offset = c->u->loc.col;
    at.end_col_offset = c->u->loc.end_col;
    return comp_error(c, &at, "%s", msg);
}

/* `_` alone (MatchAs without pattern or name), and `*_` */
static bool is_wildcard(const Node *p) {
    return p->kind == NODE_MatchAs && !p->v.MatchAs.pattern && !p->v.MatchAs.name;
}

static bool is_wildcard_star(const Node *p) {
    return p->kind == NODE_MatchStar && !p->v.MatchStar.name;
}

/* ---- failing ------------------------------------------------------------ */

/* Make sure fail_pop[0..n] exist; false (comp_no_memory) without memory. */
static bool ensure_fail_pop(Compiler *c, PatternCtx *pc, int n) {
    if (n < pc->fail_pop_size) return true;
    int *labels = rawmem_realloc(pc->fail_pop, (size_t)(n + 1) * sizeof *labels);
    if (!labels) return comp_no_memory(c);
    pc->fail_pop = labels;
    while (pc->fail_pop_size <= n) pc->fail_pop[pc->fail_pop_size++] = new_label(c);
    return !c->no_memory;
}

/* Emit the jump [op] to the failure path that pops what is on the stack
 * now: the work items and the values captured so far. */
static bool jump_to_fail_pop(Compiler *c, PatternCtx *pc, Opcode op) {
    int pops = pc->on_top + pc->stores.n;
    return ensure_fail_pop(c, pc, pops) && emit_jump(c, op, pc->fail_pop[pops]);
}

/* fail_pop[n]: POP_TOP; ... fail_pop[1]: POP_TOP; fail_pop[0]: */
static bool emit_and_reset_fail_pop(Compiler *c, PatternCtx *pc) {
    if (!pc->fail_pop_size) return true;
    while (--pc->fail_pop_size) {
        place(c, pc->fail_pop[pc->fail_pop_size]);
        CHECK(emit0(c, OP_POP_TOP));
    }
    place(c, pc->fail_pop[0]);
    rawmem_free(pc->fail_pop);
    pc->fail_pop = NULL;
    return true;
}

/* SWAP n, except that two SWAP n in a row (no jump landing between them)
 * undo each other and both go: `[first, *rest]` would otherwise show
 * SWAP 2; SWAP 2 (CPython's peephole pass removes them too). */
static bool emit_swap(Compiler *c, int n) {
    Unit *u = c->u;
    if (u->ninstrs && u->instrs[u->ninstrs - 1].op == OP_SWAP && u->instrs[u->ninstrs - 1].arg == (uint32_t)n) {
        bool landing = false;
        for (int i = 0; i < u->nlabels; i++)
            if (u->label_pos[i] == u->ninstrs) landing = true;
        if (!landing) {
            u->ninstrs--;
            return true;
        }
    }
    return emit(c, OP_SWAP, (uint32_t)n);
}

/* Move TOS down to the [count]-th place: SWAP count; SWAP count-1; ... SWAP 2 */
static bool rotate(Compiler *c, int count) {
    while (1 < count) CHECK(emit_swap(c, count--));
    return true;
}

/* Capture TOS as [name] (NULL: `_`, drop it): it goes under the work items
 * and the earlier captures, to be stored when the whole pattern matched. */
static bool store_name(Compiler *c, const char *name, PatternCtx *pc) {
    if (!name) return emit0(c, OP_POP_TOP);
    if (strcmp(name, "__debug__") == 0) return pattern_error(c, "cannot assign to __debug__");
    if (names_index(&pc->stores, name) >= 0)
        return pattern_error(c, "multiple assignments to name '%s' in pattern", name);
    CHECK(rotate(c, pc->on_top + pc->stores.n + 1));
    return names_push(c, &pc->stores, name);
}

/* ---- the patterns --------------------------------------------------------- */

static bool comp_pattern(Compiler *c, const Node *p, PatternCtx *pc);

/* A pattern inside another: it may be irrefutable (`[x]`, `Point(x=_)`). */
static bool comp_subpattern(Compiler *c, const Node *p, PatternCtx *pc) {
    bool allow = pc->allow_irrefutable;
    pc->allow_irrefutable = true;
    CHECK(comp_pattern(c, p, pc));
    pc->allow_irrefutable = allow;
    return true;
}

/* A literal (after folding: -1 and 1+2j are) or a dotted name. */
static bool is_value_expr(Compiler *c, const Node *e) {
    if (e->kind == NODE_Constant || e->kind == NODE_Attribute) return true;
    if (e->kind == NODE_UnaryOp || e->kind == NODE_BinOp) {
        Object *v = comp_fold(c, e);
        if (!v) return false;
        DECREF(v);
        return true;
    }
    return false;
}

/* 1 / "s" / Color.RED  =>  <value> COMPARE_OP ==; POP_JUMP_FORWARD_IF_FALSE fail */
static bool comp_pattern_value(Compiler *c, const Node *p, PatternCtx *pc) {
    const Node *v = p->v.MatchValue.value;
    if (!is_value_expr(c, v)) return pattern_error(c, "patterns may only match literals and attribute lookups");
    CHECK(comp_expr(c, v));
    CHECK(emit(c, OP_COMPARE_OP, CMP_EQ));
    return jump_to_fail_pop(c, pc, OP_POP_JUMP_FORWARD_IF_FALSE);
}

/* None / True / False  =>  LOAD_CONST v; IS_OP 0; POP_JUMP_FORWARD_IF_FALSE fail */
static bool comp_pattern_singleton(Compiler *c, const Node *p, PatternCtx *pc) {
    Object *v = p->v.MatchSingleton.value.kind == CONST_NONE   ? None
              : p->v.MatchSingleton.value.kind == CONST_TRUE ? True : False;
    INCREF(v);
    CHECK(comp_load_const_steal(c, v));
    CHECK(emit(c, OP_IS_OP, 0));
    return jump_to_fail_pop(c, pc, OP_POP_JUMP_FORWARD_IF_FALSE);
}

/* name / _ / <p> as name
 *   x          =>  (capture: rotate down)
 *   p as x     =>  COPY 1; <p>; (capture the copy)      */
static bool comp_pattern_as(Compiler *c, const Node *p, PatternCtx *pc) {
    const char *name = p->v.MatchAs.name;
    if (!p->v.MatchAs.pattern) {
        if (!pc->allow_irrefutable) {
            if (name) return pattern_error(c, "name capture '%s' makes remaining patterns unreachable", name);
            return pattern_error(c, "wildcard makes remaining patterns unreachable");
        }
        return store_name(c, name, pc);
    }
    pc->on_top++;
    CHECK(emit(c, OP_COPY, 1));
    CHECK(comp_pattern(c, p->v.MatchAs.pattern, pc));
    pc->on_top--;
    return store_name(c, name, pc);
}

/* [a, *b, c] with a starred name: unpack everything, then each item's
 *   pattern in turn  =>  UNPACK_EX 1 | 1 << 8; <a>; <b>; <c>     */
static bool sequence_unpack(Compiler *c, const NodeList *pats, int star, PatternCtx *pc) {
    int size = pats->count;
    if (star >= 0) {
        int after = size - star - 1;
        if (star > 255 || after > 255)
            return pattern_error(c, "too many expressions in star-unpacking sequence pattern");
        CHECK(emit(c, OP_UNPACK_EX, (uint32_t)(star | (after << 8))));
    } else {
        CHECK(emit(c, OP_UNPACK_SEQUENCE, (uint32_t)size));
    }
    pc->on_top += size;
    for (int i = 0; i < size; i++) {
        pc->on_top--;
        CHECK(comp_subpattern(c, pats->items[i], pc));
    }
    return true;
}

/* [a, *_, z]: with a starred wildcard, fetch only the items that matter:
 *   COPY 1; LOAD_CONST 0; BINARY_SUBSCR; <a>
 *   COPY 1; GET_LEN; LOAD_CONST 1; BINARY_OP -; BINARY_SUBSCR; <z>; POP_TOP */
static bool sequence_subscr(Compiler *c, const NodeList *pats, int star, PatternCtx *pc) {
    int size = pats->count;
    pc->on_top++;
    for (int i = 0; i < size; i++) {
        const Node *p = pats->items[i];
        if (is_wildcard(p) || i == star) continue;
        CHECK(emit(c, OP_COPY, 1));
        if (i < star) {
            CHECK(comp_load_const_steal(c, int_from_i64(c->ts, i)));
        } else {
            /* the subject may not know negative indexes: len - k */
            CHECK(emit0(c, OP_GET_LEN));
            CHECK(comp_load_const_steal(c, int_from_i64(c->ts, size - i)));
            CHECK(emit(c, OP_BINARY_OP, NB_SUB));
        }
        CHECK(emit0(c, OP_BINARY_SUBSCR));
        CHECK(comp_subpattern(c, p, pc));
    }
    pc->on_top--;
    return emit0(c, OP_POP_TOP);
}

/* [p1, p2] / (p1, *ps)
 *   =>  MATCH_SEQUENCE; POP_JUMP_FORWARD_IF_FALSE fail;
 *       GET_LEN; LOAD_CONST n; COMPARE_OP == (>= n-1 with a star); POP_JUMP_FORWARD_IF_FALSE fail;
 *       <the items> */
static bool comp_pattern_sequence(Compiler *c, const Node *p, PatternCtx *pc) {
    const NodeList *pats = &p->v.MatchSequence.patterns;
    int size = pats->count, star = -1;
    bool only_wildcard = true, star_wildcard = false;
    for (int i = 0; i < size; i++) {
        const Node *q = pats->items[i];
        if (q->kind == NODE_MatchStar) {
            if (star >= 0) return pattern_error(c, "multiple starred names in sequence pattern");
            star_wildcard = is_wildcard_star(q);
            only_wildcard &= star_wildcard;
            star = i;
            continue;
        }
        only_wildcard &= is_wildcard(q);
    }
    pc->on_top++;               /* the subject stays for the checks */
    CHECK(emit0(c, OP_MATCH_SEQUENCE));
    CHECK(jump_to_fail_pop(c, pc, OP_POP_JUMP_FORWARD_IF_FALSE));
    if (star < 0 || size > 1) {
        CHECK(emit0(c, OP_GET_LEN));
        CHECK(comp_load_const_steal(c, int_from_i64(c->ts, star < 0 ? size : size - 1)));
        CHECK(emit(c, OP_COMPARE_OP, star < 0 ? CMP_EQ : CMP_GE));
        CHECK(jump_to_fail_pop(c, pc, OP_POP_JUMP_FORWARD_IF_FALSE));
    }
    pc->on_top--;
    if (only_wildcard) return emit0(c, OP_POP_TOP);     /* [] / [_, _] / [*_] */
    if (star_wildcard) return sequence_subscr(c, pats, star, pc);
    return sequence_unpack(c, pats, star, pc);
}

/* The keys of a mapping pattern, as one tuple on the stack: literals or
 * dotted names, no literal twice. Literal keys alone are one constant
 * tuple (CPython's folding); with a dotted name among them the tuple is
 * built: <k1> <k2> BUILD_TUPLE 2. */
static bool mapping_keys(Compiler *c, const Node *p) {
    const NodeList *keys = &p->v.MatchMapping.keys;
    CodePos at = c->u->loc;     /* errors point at the whole pattern */
    Object *seen = set_new(c->ts, NULL);
    Object *consts = seen ? tuple_new(c->ts, (size_t)keys->count) : NULL;
    bool all_const = true, ok = consts != NULL;
    if (!ok) comp_fail(c);
    for (int i = 0; ok && i < keys->count; i++) {
        const Node *key = keys->items[i];
        if (key->kind == NODE_Attribute) {
            all_const = false;
            continue;
        }
        Object *v = comp_fold(c, key);
        if (!v) {
            c->u->loc = at;
            ok = pattern_error(c, "mapping pattern keys may only match literals and attribute lookups");
            break;
        }
        TUPLE_SET_STEAL(consts, i, v);
        int dup = set_contains(c->ts, seen, v);
        if (dup == 0 && set_add(c->ts, seen, v) < 0) dup = -1;
        if (dup > 0) {
            Object *r = obj_repr(c->ts, v);
            c->u->loc = at;
            ok = r ? pattern_error(c, "mapping pattern checks duplicate key (%s)", STR_DATA(r)) : comp_fail(c);
            XDECREF(r);
        } else if (dup < 0) {
            ok = comp_fail(c);
        }
    }
    XDECREF(seen);
    if (ok && all_const) return comp_load_const_steal(c, consts);
    XDECREF(consts);
    for (int i = 0; ok && i < keys->count; i++) ok = comp_expr(c, keys->items[i]);
    return ok && emit(c, OP_BUILD_TUPLE, (uint32_t)keys->count);
}

/* {k1: p1, k2: p2, **rest}
 *   =>  MATCH_MAPPING; POP_JUMP_FORWARD_IF_FALSE fail; GET_LEN; LOAD_CONST 2; COMPARE_OP >=; POP_JUMP_FORWARD_IF_FALSE fail;
 *       LOAD_CONST (k1, k2); MATCH_KEYS; COPY 1; POP_JUMP_FORWARD_IF_NONE fail;
 *       UNPACK_SEQUENCE 2; <p1>; <p2>;
 *       rest = dict(subject) without the keys:
 *       BUILD_MAP 0; SWAP 3; DICT_UPDATE 2; UNPACK_SEQUENCE 2; (COPY 3; SWAP 2; DELETE_SUBSCR) x2 */
static bool comp_pattern_mapping(Compiler *c, const Node *p, PatternCtx *pc) {
    const NodeList *keys = &p->v.MatchMapping.keys, *pats = &p->v.MatchMapping.patterns;
    int size = keys->count;
    const char *rest = p->v.MatchMapping.rest;
    pc->on_top++;
    CHECK(emit0(c, OP_MATCH_MAPPING));
    CHECK(jump_to_fail_pop(c, pc, OP_POP_JUMP_FORWARD_IF_FALSE));
    if (!size && !rest) {                                /* {} matches any mapping */
        pc->on_top--;
        return emit0(c, OP_POP_TOP);
    }
    if (size) {
        CHECK(emit0(c, OP_GET_LEN));
        CHECK(comp_load_const_steal(c, int_from_i64(c->ts, size)));
        CHECK(emit(c, OP_COMPARE_OP, CMP_GE));
        CHECK(jump_to_fail_pop(c, pc, OP_POP_JUMP_FORWARD_IF_FALSE));
    }
    CHECK(mapping_keys(c, p));
    CHECK(emit0(c, OP_MATCH_KEYS));
    pc->on_top += 2;            /* the tuple of keys and the tuple of values */
    CHECK(emit(c, OP_COPY, 1));
    CHECK(jump_to_fail_pop(c, pc, OP_POP_JUMP_FORWARD_IF_NONE));
    CHECK(emit(c, OP_UNPACK_SEQUENCE, (uint32_t)size));
    pc->on_top += size - 1;
    for (int i = 0; i < size; i++) {
        pc->on_top--;
        CHECK(comp_subpattern(c, pats->items[i], pc));
    }
    pc->on_top -= 2;            /* what follows consumes the keys and the subject */
    if (rest) {
        CHECK(emit(c, OP_BUILD_MAP, 0));            /* [subject, keys, {}] */
        CHECK(emit(c, OP_SWAP, 3));                 /* [{}, keys, subject] */
        CHECK(emit(c, OP_DICT_UPDATE, 2));          /* [copy, keys] */
        CHECK(emit(c, OP_UNPACK_SEQUENCE, (uint32_t)size)); /* [copy, keys...] */
        for (int left = size; left; left--) {
            CHECK(emit(c, OP_COPY, (uint32_t)(1 + left)));  /* [copy, keys..., copy] */
            CHECK(emit(c, OP_SWAP, 2));             /* [copy, keys..., copy, key] */
            CHECK(emit0(c, OP_DELETE_SUBSCR));      /* [copy, keys...] */
        }
        return store_name(c, rest, pc);
    }
    CHECK(emit0(c, OP_POP_TOP));                    /* the tuple of keys */
    return emit0(c, OP_POP_TOP);                    /* the subject */
}

/* Point(p1, y=p2)
 *   =>  <Point> LOAD_CONST ('y',); MATCH_CLASS 1; COPY 1; POP_JUMP_FORWARD_IF_NONE fail;
 *       UNPACK_SEQUENCE 2; <p1>; <p2>        (a `_` sub-pattern is a POP_TOP) */
static bool comp_pattern_class(Compiler *c, const Node *p, PatternCtx *pc) {
    const NodeList *pats = &p->v.MatchClass.patterns, *kpats = &p->v.MatchClass.kwd_patterns;
    const IdList *attrs = &p->v.MatchClass.kwd_attrs;
    int nargs = pats->count, nattrs = attrs->count;
    for (int i = 0; i < nattrs; i++) {
        set_loc(c, kpats->items[i]);
        if (strcmp(attrs->items[i], "__debug__") == 0) return pattern_error(c, "cannot assign to __debug__");
        for (int j = i + 1; j < nattrs; j++) {
            if (strcmp(attrs->items[i], attrs->items[j]) == 0) {
                set_loc(c, kpats->items[j]);
                return pattern_error(c, "attribute name repeated in class pattern: %s", attrs->items[i]);
            }
        }
    }
    set_loc(c, p);
    CHECK(comp_expr(c, p->v.MatchClass.cls));
    Object *names = tuple_new(c->ts, (size_t)nattrs);
    if (!names) return comp_fail(c);
    for (int i = 0; i < nattrs; i++) {
        Object *s = str_intern_cstr(c->ts, attrs->items[i]);
        if (!s) {
            DECREF(names);
            return comp_fail(c);
        }
        TUPLE_SET_STEAL(names, i, s);
    }
    CHECK(comp_load_const_steal(c, names));
    CHECK(emit(c, OP_MATCH_CLASS, (uint32_t)nargs));
    CHECK(emit(c, OP_COPY, 1));
    pc->on_top++;               /* the tuple of attributes (or None) */
    CHECK(jump_to_fail_pop(c, pc, OP_POP_JUMP_FORWARD_IF_NONE));
    CHECK(emit(c, OP_UNPACK_SEQUENCE, (uint32_t)(nargs + nattrs)));
    pc->on_top += nargs + nattrs - 1;
    for (int i = 0; i < nargs + nattrs; i++) {
        pc->on_top--;
        const Node *q = i < nargs ? pats->items[i] : kpats->items[i - nargs];
        if (is_wildcard(q)) {
            CHECK(emit0(c, OP_POP_TOP));
            continue;
        }
        CHECK(comp_subpattern(c, q, pc));
    }
    return true;
}

/* p1 | p2 | p3: each alternative on its own copy of the subject; every one
 * must capture the same names, and they are brought into one order.
 *   =>  COPY 1; <p1>; JUMP_FORWARD E; (p1 failed:) COPY 1; <p2>; JUMP_FORWARD E; ...
 *       POP_TOP; JUMP_FORWARD fail; E: (rotate the captures into place) POP_TOP */
static bool comp_pattern_or(Compiler *c, const Node *p, PatternCtx *pc) {
    const NodeList *alts = &p->v.MatchOr.patterns;
    int end = new_label(c);
    PatternCtx old = *pc;
    Names control = {0};        /* the names the first alternative captures */
    bool ok = false;
    pc->stores = (Names){0};
    for (int i = 0; i < alts->count; i++) {
        const Node *alt = alts->items[i];
        set_loc(c, alt);
        names_free(&pc->stores);
        pc->allow_irrefutable = i == alts->count - 1 && old.allow_irrefutable;
        pc->fail_pop = NULL;
        pc->fail_pop_size = 0;
        pc->on_top = 0;
        if (!emit(c, OP_COPY, 1) || !comp_pattern(c, alt, pc)) goto done;
        int nstores = pc->stores.n;
        if (i == 0) {
            for (int k = 0; k < nstores; k++)
                if (!names_push(c, &control, pc->stores.items[k])) goto done;
        } else if (nstores != control.n) {
            goto diff;
        } else {
            /* same names, maybe in another order: bring the stack (and
             * the list) into the first alternative's order */
            for (int icontrol = nstores - 1; icontrol >= 0; icontrol--) {
                int istores = names_index(&pc->stores, control.items[icontrol]);
                if (istores < 0) goto diff;
                if (icontrol != istores) {
                    int rotations = istores + 1;
                    /* stores[:rotations] moves to position icontrol - istores */
                    const char *moved[256];
                    if (rotations > 256) {
                        pattern_error(c, "too many names in an alternative pattern");
                        goto done;
                    }
                    memcpy(moved, pc->stores.items, (size_t)rotations * sizeof *moved);
                    memmove(pc->stores.items, pc->stores.items + rotations,
                            (size_t)(icontrol - istores) * sizeof *moved);
                    memcpy(pc->stores.items + (icontrol - istores), moved, (size_t)rotations * sizeof *moved);
                    while (rotations--)
                        if (!rotate(c, icontrol + 1)) goto done;
                }
            }
        }
        if (!emit_jump(c, OP_JUMP_FORWARD, end) || !emit_and_reset_fail_pop(c, pc)) goto done;
    }
    names_free(&pc->stores);
    rawmem_free(pc->fail_pop);
    *pc = old;
    /* no alternative matched: drop the subject and fail */
    if (!emit0(c, OP_POP_TOP) || !jump_to_fail_pop(c, pc, OP_JUMP_FORWARD)) goto done_restored;
    place(c, end);
    /* under the captures: the copy of the subject, the work items, the
     * earlier captures -- move each capture beneath them all */
    int nrots = control.n + 1 + pc->on_top + pc->stores.n;
    for (int i = 0; i < control.n; i++) {
        if (!rotate(c, nrots)) goto done_restored;
        if (names_index(&pc->stores, control.items[i]) >= 0) {
            pattern_error(c, "multiple assignments to name '%s' in pattern", control.items[i]);
            goto done_restored;
        }
        if (!names_push(c, &pc->stores, control.items[i])) goto done_restored;
    }
    ok = emit0(c, OP_POP_TOP);          /* the copy of the subject */
    goto done_restored;
diff:
    pattern_error(c, "alternative patterns bind different names");
done:
    names_free(&pc->stores);
    rawmem_free(pc->fail_pop);
    *pc = old;
done_restored:
    names_free(&control);
    return ok;
}

static bool comp_pattern(Compiler *c, const Node *p, PatternCtx *pc) {
    CHECK(comp_stack_ok(c));
    set_loc(c, p);
    switch (p->kind) {
    case NODE_MatchValue: return comp_pattern_value(c, p, pc);
    case NODE_MatchSingleton: return comp_pattern_singleton(c, p, pc);
    case NODE_MatchSequence: return comp_pattern_sequence(c, p, pc);
    case NODE_MatchMapping: return comp_pattern_mapping(c, p, pc);
    case NODE_MatchClass: return comp_pattern_class(c, p, pc);
    case NODE_MatchStar: return store_name(c, p->v.MatchStar.name, pc);
    case NODE_MatchAs: return comp_pattern_as(c, p, pc);
    case NODE_MatchOr: return comp_pattern_or(c, p, pc);
    default: return pattern_error(c, "internal compiler error: unexpected %s", ast_kind_name(p->kind));
    }
}

/* ---- the statement ---------------------------------------------------------- */

/* match s: case p1 if g: b1  case p2: b2  case _: b3
 *   =>  <s> COPY 1; <p1>; STORE captures; <g> POP_JUMP_FORWARD_IF_FALSE F1; POP_TOP; <b1>; JUMP_FORWARD E;
 *       F1: (pop what p1 left) <p2> ...; STORE captures; <b2>; JUMP_FORWARD E;
 *       F2: NOP; <b3>; E:
 * Every case but the last works on a copy of the subject (COPY 1), so the
 * next case still finds it; a trailing `case _:` tests nothing at all. */
bool comp_match(Compiler *c, const Node *s) {
    const NodeList *cases = &s->v.Match.cases;
    int n = cases->count;
    CHECK(comp_expr(c, s->v.Match.subject));
    int end = new_label(c);
    const Node *last = cases->items[n - 1];
    bool has_default = is_wildcard(last->v.match_case.pattern) && n > 1;
    for (int i = 0; i < n - has_default; i++) {
        const Node *m = cases->items[i];
        bool last_tested = i == n - has_default - 1;
        set_loc(c, m->v.match_case.pattern);
        PatternCtx pc = {0};
        pc.allow_irrefutable = m->v.match_case.guard != NULL || i == n - 1;
        bool ok = (last_tested || emit(c, OP_COPY, 1)) && comp_pattern(c, m->v.match_case.pattern, &pc);
        /* it matched: store the captures (their values are on the stack) */
        for (int k = 0; ok && k < pc.stores.n; k++) ok = comp_name(c, pc.stores.items[k], NAME_STORE);
        names_free(&pc.stores);
        if (ok && m->v.match_case.guard) {
            ok = ensure_fail_pop(c, &pc, 0) && comp_jump_if(c, m->v.match_case.guard, pc.fail_pop[0], false);
        }
        ok = ok && (last_tested || emit0(c, OP_POP_TOP)) && comp_stmts(c, &m->v.match_case.body) &&
             (comp_unreachable(c->u) || emit_jump(c, OP_JUMP_FORWARD, end));
        if (ok) {
            /* a failed pattern's clean-up belongs to its line, not the body's */
            set_loc(c, m->v.match_case.pattern);
            ok = emit_and_reset_fail_pop(c, &pc);
        }
        rawmem_free(pc.fail_pop);
        if (!ok) return false;
    }
    if (has_default) {
        set_loc(c, last->v.match_case.pattern);
        CHECK(emit0(c, n == 1 ? OP_POP_TOP : OP_NOP));
        if (last->v.match_case.guard) CHECK(comp_jump_if(c, last->v.match_case.guard, end, false));
        CHECK(comp_stmts(c, &last->v.match_case.body));
    }
    place(c, end);
    return true;
}
