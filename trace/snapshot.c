/* snapshot.c -- the program's state at one moment (trace/snapshot.h), for
 * the browser view and Python Tutor's format (lessons 3, 4, 6, 9).
 *
 * Everything here reads fields: a frame's slots and cells, a dict's
 * entries through dict_next() (which only walks the entry array), a list's
 * items. Nothing is looked up by name, no Python code runs, no object is
 * made and no count moves -- the sinks' rule (trace/sink.h). The only
 * memory taken is C memory for the snapshot's own arrays; running out
 * leaves a smaller snapshot marked `failed`, never a crash.
 *
 * The walk is breadth first: the globals, then the frames from the
 * outermost in, then what those values refer to, level by level, so the
 * objects closest to a variable are the ones kept when the limit is hit.
 */
#include <string.h>

#include "snapshot.h"
#include "names.h"
#include "common/rawmem.h"
#include "runtime/interp.h"
#include "runtime/code.h"
#include "runtime/frame.h"
#include "runtime/func.h"
#include "runtime/dict.h"
#include "runtime/set.h"
#include "runtime/list.h"
#include "runtime/tuple.h"
#include "runtime/str.h"
#include "runtime/int.h"
#include "runtime/float.h"
#include "runtime/module.h"

/* ---- growing arrays ------------------------------------------------------------- */

/* Make room for one more item of [size] bytes in *[arr]; false when out of memory. */
static bool grow(void **arr, size_t *cap, size_t n, size_t size) {
    if (n < *cap) return true;
    size_t ncap = *cap ? *cap * 2 : 16;
    void *p = rawmem_realloc(*arr, ncap * size);
    if (!p) return false;
    *arr = p;
    *cap = ncap;
    return true;
}

void snapshot_init(Snapshot *s, bool cells) {
    memset(s, 0, sizeof *s);
    s->cells = cells;
}

void snapshot_free(Snapshot *s) {
    rawmem_free(s->frames);
    rawmem_free(s->vars);
    rawmem_free(s->heap);
    ptrmap_free(&s->index);
    bool cells = s->cells;
    snapshot_init(s, cells);
}

/* ---- frame numbers -------------------------------------------------------------- */

int64_t snapshot_frame_id(SnapFrameIds *ids, Frame *f) {
    int64_t id;
    if (ptrmap_get(&ids->ids, f, &id)) return id;
    id = ++ids->last;
    if (!ptrmap_put(&ids->ids, f, id)) return id;   /* out of memory: a fresh number next time */
    return id;
}

void snapshot_frame_ended(SnapFrameIds *ids, Frame *f) { ptrmap_remove(&ids->ids, f); }

void snapshot_frame_ids_free(SnapFrameIds *ids) { ptrmap_free(&ids->ids); }

/* ---- what is shown how ---------------------------------------------------------- */

bool snapshot_is_inline(Object *o) {
    TypeObject *tp = TYPE(o);
    return o == None || tp == &BoolType || tp == &IntType || tp == &FloatType || tp == &StrType;
}

static bool is_dunder(Object *name) {
    if (!str_check_exact(name)) return false;
    size_t n = STR_SIZE(name);
    const char *p = STR_DATA(name);
    return n > 4 && p[0] == '_' && p[1] == '_' && p[n - 1] == '_' && p[n - 2] == '_';
}

/* The names of a class's namespace that are the machinery's, not the
 * program's (Python Tutor hides the same ones). */
static bool hidden_in_class(Object *name) {
    static const char *const hidden[] = {"__module__", "__qualname__", "__doc__", "__dict__", "__weakref__",
                                         "__classcell__", "__firstlineno__", "__static_attributes__"};
    if (!str_check_exact(name)) return false;
    for (size_t i = 0; i < ARRAY_LEN(hidden); i++)
        if (strcmp(STR_DATA(name), hidden[i]) == 0) return true;
    return false;
}

static SnapKind kind_of(const Snapshot *s, Object *o) {
    TypeObject *tp = TYPE(o);
    if (tp == &CellType) return s->cells ? SNAP_CELL : SNAP_OTHER;
    if (tp->flags & TYPE_FLAG_LIST_SUBCLASS) return SNAP_LIST;
    if (tp->flags & TYPE_FLAG_TUPLE_SUBCLASS) return SNAP_TUPLE;
    if (tp->flags & TYPE_FLAG_DICT_SUBCLASS) return SNAP_DICT;
    if (set_check(o)) return SNAP_SET;
    if (tp->flags & TYPE_FLAG_TYPE_SUBCLASS)
        return (((TypeObject *)o)->flags & TYPE_FLAG_HEAP) ? SNAP_CLASS : SNAP_OTHER;
    if (tp == &FunctionType || tp == &MethodType || tp == &BuiltinFunctionType) return SNAP_FUNCTION;
    if (tp == &ModuleType) return SNAP_MODULE;
    if (tp->flags & TYPE_FLAG_HEAP) return SNAP_INSTANCE;
    return SNAP_OTHER;
}

static Object *instance_dict(Object *o) {
    TypeObject *tp = TYPE(o);
    Object **dictp = tp->dictoffset > 0 ? (Object **)((char *)o + tp->dictoffset) : NULL;
    return dictp && *dictp && dict_check(*dictp) ? *dictp : NULL;
}

/* How many items [o] has, as snapshot_each() would visit them all. */
static size_t total_of(Object *o, SnapKind kind) {
    switch (kind) {
    case SNAP_LIST: return (size_t)LIST_SIZE(o);
    case SNAP_TUPLE: return (size_t)TUPLE_SIZE(o);
    case SNAP_SET: return (size_t)SET_SIZE(o);
    case SNAP_DICT: return (size_t)DICT_SIZE(o);
    case SNAP_INSTANCE: {
        Object *d = instance_dict(o);
        return d ? (size_t)DICT_SIZE(d) : 0;
    }
    case SNAP_CLASS: {
        Object *d = ((TypeObject *)o)->dict, *k, *v;
        size_t n = 0;
        ssize_t pos = 0;
        while (d && dict_next(d, &pos, &k, &v)) n += !hidden_in_class(k);
        return n;
    }
    case SNAP_FUNCTION: {
        FunctionObject *f = (FunctionObject *)o;
        return TYPE(o) == &FunctionType && f->closure ? (size_t)TUPLE_SIZE(f->closure) : 0;
    }
    case SNAP_CELL: return CELL_GET(o) != NULL;
    default: return 0;
    }
}

void snapshot_each(const Snapshot *s, const SnapObject *so, SnapVisit visit, void *ctx) {
    Object *o = so->object, *k, *v;
    size_t n = so->shown, i = 0;
    ssize_t pos = 0;
    switch (so->kind) {
    case SNAP_LIST:
        for (; i < n && i < (size_t)LIST_SIZE(o); i++) visit(ctx, NULL, LIST_GET(o, i));
        break;
    case SNAP_TUPLE:
        for (; i < n && i < (size_t)TUPLE_SIZE(o); i++) visit(ctx, NULL, TUPLE_GET(o, i));
        break;
    case SNAP_SET: {
        int64_t hash;
        while (i++ < n && set_next(o, &pos, &k, &hash)) visit(ctx, NULL, k);
        break;
    }
    case SNAP_DICT:
        while (i++ < n && dict_next(o, &pos, &k, &v)) visit(ctx, k, v);
        break;
    case SNAP_INSTANCE: {
        Object *d = instance_dict(o);
        while (d && i++ < n && dict_next(d, &pos, &k, &v)) visit(ctx, k, v);
        break;
    }
    case SNAP_CLASS: {
        Object *d = ((TypeObject *)o)->dict;
        while (d && i < n && dict_next(d, &pos, &k, &v)) {
            if (hidden_in_class(k)) continue;
            visit(ctx, k, v);
            i++;
        }
        break;
    }
    case SNAP_FUNCTION: {
        /* with cells on: the cells its closure captured, by the names the
         * function knows them by */
        FunctionObject *f = (FunctionObject *)o;
        if (!s->cells || TYPE(o) != &FunctionType || !f->closure) break;
        CodeObject *co = (CodeObject *)f->code;
        for (; i < n && i < (size_t)TUPLE_SIZE(f->closure); i++)
            visit(ctx, i < (size_t)TUPLE_SIZE(co->freevars) ? TUPLE_GET(co->freevars, i) : NULL,
                  TUPLE_GET(f->closure, i));
        break;
    }
    case SNAP_CELL:
        if (n && CELL_GET(o)) visit(ctx, NULL, CELL_GET(o));
        break;
    default:
        break;
    }
}

/* ---- a frame's variables -------------------------------------------------------- */

static void visit_cell_var(Object *name, Object *cell, bool cells, bool free, SnapVarVisit visit, void *ctx) {
    if (!cell) return;
    SnapVar var = {.name = name, .value = cell, .cell = true, .free = free};
    if (TYPE(cell) != &CellType) {
        var.cell = false;              /* MAKE_CELL has not run yet: a plain value */
    } else if (!cells) {
        var.value = CELL_GET(cell);
        if (!var.value) return;        /* an empty cell: unbound */
    }
    visit(ctx, &var);
}

void snapshot_frame_vars(Frame *f, bool cells, SnapVarVisit visit, void *ctx) {
    CodeObject *co = f->code;
    if (!(co->flags & CO_OPTIMIZED)) {
        /* a module or class body: its names are a dict's */
        if (!f->locals || !dict_check(f->locals)) return;
        bool module = f->locals == f->globals;
        Object *k, *v;
        ssize_t pos = 0;
        while (dict_next(f->locals, &pos, &k, &v)) {
            if (!str_check(k) || (module ? is_dunder(k) : hidden_in_class(k))) continue;
            SnapVar var = {.name = k, .value = v};
            visit(ctx, &var);
        }
        return;
    }
    Object **slots = f->localsplus;
    for (int i = 0; i < co->nlocals; i++) {
        Object *name = TUPLE_GET(co->varnames, i);
        if (slots[i]) {
            SnapVar var = {.name = name, .value = slots[i]};
            visit(ctx, &var);
            continue;
        }
        /* a parameter that inner functions capture lives in a cell */
        for (int k = 0; co->cell2arg && k < co->ncells; k++)
            if (co->cell2arg[k] == i) visit_cell_var(name, slots[co->nlocals + k], cells, false, visit, ctx);
    }
    for (int k = 0; k < co->ncells; k++) {
        if (co->cell2arg && co->cell2arg[k] >= 0 && !slots[co->cell2arg[k]]) continue;   /* shown above */
        visit_cell_var(TUPLE_GET(co->cellvars, k), slots[co->nlocals + k], cells, false, visit, ctx);
    }
    for (int k = 0; k < co->nfrees; k++) {
        Object *cell = slots[co->nlocals + co->ncells + k];
        /* the closure is the function's: gone with it when a returning frame let go */
        if (!cell && f->func && f->closure && k < (int)TUPLE_SIZE(f->closure)) cell = TUPLE_GET(f->closure, k);
        visit_cell_var(TUPLE_GET(co->freevars, k), cell, cells, true, visit, ctx);
    }
}

/* ---- the walk ------------------------------------------------------------------- */

typedef struct Walk {
    Snapshot *s;
    Tracer *t;
    PtrMap owners;                /* cell -> the id of the live frame that made it */
} Walk;

/* [o] is reachable: give it a heap entry unless it is inline, known, or one too many. */
static void reach(Walk *w, Object *o) {
    Snapshot *s = w->s;
    if (!o || snapshot_is_inline(o) || ptrmap_get(&s->index, o, NULL)) return;
    if (s->nheap >= SNAP_MAX_OBJECTS) return;
    if (!grow((void **)&s->heap, &s->heap_cap, s->nheap, sizeof(SnapObject)) ||
        !ptrmap_put(&s->index, o, (int64_t)s->nheap + 1)) {
        s->failed = true;
        return;
    }
    SnapKind kind = kind_of(s, o);
    size_t total = total_of(o, kind);
    s->heap[s->nheap++] = (SnapObject){
        .object = o, .id = names_id(w->t, o), .kind = kind, .total = total,
        .shown = total < SNAP_MAX_ITEMS ? total : SNAP_MAX_ITEMS,
        .refcnt = o->refcnt >= IMMORTAL_REFCNT / 2 ? -1 : o->refcnt,
    };
}

static void reach_item(void *ctx, Object *key, Object *value) {
    reach(ctx, key);
    reach(ctx, value);
}

static void add_var(void *ctx, const SnapVar *var) {
    Snapshot *s = ((Walk *)ctx)->s;
    if (!grow((void **)&s->vars, &s->vars_cap, s->nvars, sizeof(SnapVar))) {
        s->failed = true;
        return;
    }
    s->vars[s->nvars++] = *var;
}

static void add_module_global(void *ctx, Object *key, Object *value) {
    if (!str_check(key) || is_dunder(key)) return;
    SnapVar var = {.name = key, .value = value};
    add_var(ctx, &var);
}

/* The live frame whose cells [func] captured (0: none is alive). */
static int64_t parent_of(Walk *w, Object *func) {
    if (TYPE(func) == &MethodType) func = ((MethodObject *)func)->func;
    if (!func || TYPE(func) != &FunctionType) return 0;
    Object *closure = ((FunctionObject *)func)->closure;
    int64_t id = 0;
    if (closure && TUPLE_SIZE(closure)) ptrmap_get(&w->owners, TUPLE_GET(closure, 0), &id);
    return id;
}

void snapshot_take(Snapshot *s, Tracer *t, SnapFrameIds *ids, Frame *top, Object *extra) {
    s->nframes = s->nvars = s->nheap = s->nglobals = s->frames_hidden = 0;
    s->failed = false;
    ptrmap_clear(&s->index);
    Walk w = {.s = s, .t = t};

    /* the frames, innermost first; the main module's body gives the globals */
    Frame *bottom = NULL;
    for (Frame *f = top; f && f->code; f = f->back) {
        bottom = f;
        if (!f->back && !(f->code->flags & CO_OPTIMIZED) && f->locals == f->globals) break;
        if (s->nframes == SNAP_MAX_FRAMES) {
            s->frames_hidden++;
            continue;
        }
        if (!grow((void **)&s->frames, &s->frames_cap, s->nframes, sizeof(SnapFrame))) {
            s->failed = true;
            break;
        }
        int64_t id = snapshot_frame_id(ids, f);
        s->frames[s->nframes++] = (SnapFrame){.frame = f, .id = id, .line = code_line(f->code, frame_lasti(f))};
        CodeObject *co = f->code;
        for (int k = 0; (co->flags & CO_OPTIMIZED) && k < co->ncells; k++) {
            Object *cell = f->localsplus[co->nlocals + k];
            if (cell && TYPE(cell) == &CellType && !ptrmap_put(&w.owners, cell, id)) s->failed = true;
        }
    }
    Object *globals = bottom ? bottom->globals : NULL;
    s->globals = s->nvars;
    if (globals && dict_check(globals)) {
        Object *k, *v;
        ssize_t pos = 0;
        while (dict_next(globals, &pos, &k, &v)) add_module_global(&w, k, v);
    }
    s->nglobals = s->nvars - s->globals;
    for (size_t i = s->nframes; i-- > 0;) {
        SnapFrame *sf = &s->frames[i];
        sf->vars = s->nvars;
        snapshot_frame_vars(sf->frame, s->cells, add_var, &w);
        sf->nvars = s->nvars - sf->vars;
        sf->parent = sf->frame->func ? parent_of(&w, sf->frame->func) : 0;
    }

    /* what the variables refer to, level by level */
    for (size_t i = 0; i < s->nglobals; i++) reach(&w, s->vars[s->globals + i].value);
    for (size_t i = s->nframes; i-- > 0;)
        for (size_t j = 0; j < s->frames[i].nvars; j++) reach(&w, s->vars[s->frames[i].vars + j].value);
    reach(&w, extra);
    for (size_t i = 0; i < s->nheap; i++) {
        SnapObject so = s->heap[i];          /* a copy: reach() may move the array */
        snapshot_each(s, &so, reach_item, &w);
        if (so.kind == SNAP_FUNCTION) s->heap[i].parent = parent_of(&w, so.object);
    }
    ptrmap_free(&w.owners);
}

const SnapObject *snapshot_find(const Snapshot *s, Object *o) {
    int64_t at;
    if (!o || !ptrmap_get(&s->index, o, &at)) return NULL;
    return &s->heap[at - 1];
}

/* ---- labels ----------------------------------------------------------------------- */

void snapshot_signature(StrBuf *b, Object *func) {
    if (TYPE(func) == &MethodType) func = ((MethodObject *)func)->func;
    if (TYPE(func) == &BuiltinFunctionType) {
        strbuf_printf(b, "%s(...)", ((BuiltinFunctionObject *)func)->def->name);
        return;
    }
    if (TYPE(func) != &FunctionType) {
        strbuf_printf(b, "%s(...)", TYPE_NAME(func));
        return;
    }
    FunctionObject *fn = (FunctionObject *)func;
    CodeObject *co = (CodeObject *)fn->code;
    strbuf_puts(b, str_check(fn->name) ? STR_DATA(fn->name) : "?");
    strbuf_appendc(b, '(');
    int n = 0, at = co->argcount;
    for (int i = 0; i < co->argcount && i < co->nlocals; i++)
        strbuf_printf(b, "%s%s", n++ ? ", " : "", STR_DATA(TUPLE_GET(co->varnames, i)));
    int kwonly_at = at, varargs_at = at + co->kwonlyargcount;
    if ((co->flags & CO_VARARGS) && varargs_at < co->nlocals)
        strbuf_printf(b, "%s*%s", n++ ? ", " : "", STR_DATA(TUPLE_GET(co->varnames, varargs_at)));
    for (int i = kwonly_at; i < kwonly_at + co->kwonlyargcount && i < co->nlocals; i++)
        strbuf_printf(b, "%s%s", n++ ? ", " : "", STR_DATA(TUPLE_GET(co->varnames, i)));
    int varkw_at = varargs_at + ((co->flags & CO_VARARGS) ? 1 : 0);
    if ((co->flags & CO_VARKEYWORDS) && varkw_at < co->nlocals)
        strbuf_printf(b, "%s**%s", n++ ? ", " : "", STR_DATA(TUPLE_GET(co->varnames, varkw_at)));
    strbuf_appendc(b, ')');
    if (strcmp(STR_DATA(co->name), "<lambda>") == 0) strbuf_printf(b, " <line %d>", co->firstlineno);
}
