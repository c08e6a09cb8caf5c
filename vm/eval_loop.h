/* eval_loop.h -- the dispatch loop itself, included twice by vm/eval.c.
 *
 * Not a header: vm/eval.c compiles this one function twice, once with
 * NARRATED 0 (eval_loop_quiet: every report compiled out, the run nobody
 * watches) and once with NARRATED 1 (eval_loop_narrated: each handler
 * reports what it did to the trace stream, trace/events.h). eval_frame()
 * picks one when a frame starts running. Read the essay "How dispatch
 * works" in vm/eval.c first; then any TARGET() here.
 */
static Object *EVAL_LOOP(ThreadState *ts, Frame *f, bool throwflag, bool handover) {
#ifdef MINIPY_COMPUTED_GOTO
    static void *const targets[OP_COUNT] = {
#define OP(name, arg, pops, pushes, jump, family) &&L_##name,
#include "opcodes.def"
#undef OP
    };
#endif
    CodeObject *co;
    const uint32_t *ip;
    Object **sp, **locals, *const *consts, *const *names;
    uint32_t word = 0;
    Object *kwnames = NULL;            /* set by KW_NAMES for the next CALL */
    bool reraise = false;
    Object *retval = NULL;

    if (NARRATED && handover) {
        /* the quiet copy ran [f] until now (vm/eval.c, HANDOVER): its frames
         * are linked already. The narration starts with the line under way
         * (the `with minipy.trace()` line), as it does for a block entered
         * in a frame narrated already. */
        LOAD_FRAME();
        f->last_line = -1;
        DISPATCH();
    }
    f->back = ts->frame;
    ts->frame = f;
    f->is_entry = true;
    f->depth = f->back ? f->back->depth + 1 : 0;
    LOAD_FRAME();
    /* a call, or a generator going on after its yield */
    if (NARRATING(TRACE_CALL)) narrate_flow(ts, f, ip == co->code ? EV_CALL : EV_RESUME, NULL, frame_lasti(f));
    if (throwflag) goto error;
    /* a check point, as CPython 3.11's RESUME: a function's entry from C, or
     * a generator going on after a yield */
    CHECK_BREAKER();

#ifdef MINIPY_COMPUTED_GOTO
    DISPATCH();
#else
dispatch:
    NARRATE_INSTRUCTION();
    word = *ip++;
redispatch:
    switch (INSTR_OP(word)) {
#endif

    TARGET(NOP) { DISPATCH(); }

    TARGET(POP_TOP) {
        Object *v = POP();
        REF_REASON(v, MEM_RESULT_DROPPED, NULL, NULL);
        XDECREF(v);
        DISPATCH();
    }

    TARGET(PUSH_NULL) {
        PUSH(NULL);
        DISPATCH();
    }

    TARGET(COPY) {
        Object *v = PEEK(ARG());
        XINCREF(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(SWAP) {
        uint32_t n = ARG();
        Object *t = TOP();
        SET_TOP(PEEK(n));
        PEEK(n) = t;
        DISPATCH();
    }

    TARGET(LOAD_CONST) {
        Object *v = consts[ARG()];
        INCREF(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(LOAD_FAST) {
        Object *v = locals[ARG()];
        if (NARRATING(TRACE_SCOPE)) narrate_slot(ts, f, INDEX(), NAME_LOAD, SCOPE_LOCAL, v);
        if (UNLIKELY(!v)) {
            unbound_local(ts, f, TUPLE_GET(co->varnames, ARG()));
            goto error;
        }
        INCREF(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_FAST) {
        Object *v = POP();
        Object *old = locals[ARG()];
        NARRATE_IMPORT_BIND(TUPLE_GET(co->varnames, ARG()), v);
        if (NARRATED && TRACE_ON(TRACE_SCOPE | TRACE_MEM)) {
            Object *name = TUPLE_GET(co->varnames, ARG());
            if (TRACE_ON(TRACE_SCOPE)) narrate_slot(ts, f, INDEX(), NAME_STORE, SCOPE_LOCAL, v);
            REF_REASON(v, MEM_BOUND, name, NULL);
            REF_REASON(old, MEM_REBOUND, name, NULL);
        }
        locals[ARG()] = v;
        XDECREF(old);
        DISPATCH();
    }

    TARGET(DELETE_FAST) {
        SAVE();   /* the value it drops may run a finalizer that asks for our line */
        Object *old = locals[ARG()];
        if (NARRATING(TRACE_SCOPE)) narrate_slot(ts, f, INDEX(), NAME_DELETE, SCOPE_LOCAL, old);
        REF_REASON(old, MEM_NAME_DELETED, TUPLE_GET(co->varnames, ARG()), NULL);
        if (!old) {
            unbound_local(ts, f, TUPLE_GET(co->varnames, ARG()));
            goto error;
        }
        locals[ARG()] = NULL;
        DECREF(old);
        DISPATCH();
    }

    TARGET(MAKE_CELL) {
        int i = (int)ARG();
        Object *value = NULL;
        if (co->cell2arg && co->cell2arg[i] >= 0) {
            value = locals[co->cell2arg[i]];
            locals[co->cell2arg[i]] = NULL;
        }
        Object *cell = cell_new(ts, value);
        XDECREF(value);
        if (!cell) goto error;
        Object *old = locals[co->nlocals + i];
        locals[co->nlocals + i] = cell;
        XDECREF(old);
        DISPATCH();
    }

    TARGET(COPY_FREE_VARS) {
        Object *closure = f->closure;
        int base = co->nlocals + co->ncells;
        for (uint32_t i = 0; i < ARG(); i++) {
            Object *cell = TUPLE_GET(closure, i);
            INCREF(cell);
            locals[base + i] = cell;
        }
        DISPATCH();
    }

    TARGET(LOAD_CLOSURE) {
        Object *cell = locals[co->nlocals + ARG()];
        INCREF(cell);
        PUSH(cell);
        DISPATCH();
    }

    TARGET(LOAD_DEREF) {
        Object *v = CELL_GET(locals[co->nlocals + ARG()]);
        if (NARRATING(TRACE_SCOPE)) narrate_slot(ts, f, INDEX(), NAME_LOAD, DEREF_SCOPE(ARG()), v);
        if (UNLIKELY(!v)) {
            unbound_deref(ts, f, (int)ARG());
            goto error;
        }
        INCREF(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(LOAD_CLASSDEREF) {
        Object *name = deref_name(co, (int)ARG());
        Object *v = f->locals ? dict_get_str_borrowed(ts, f->locals, name) : NULL;
        if (NARRATING(TRACE_SCOPE) && (v || !err_occurred(ts)))
            narrate_class_deref(ts, f, INDEX(), name, v, v ? NULL : CELL_GET(locals[co->nlocals + ARG()]));
        if (!v) {
            if (err_occurred(ts)) goto error;
            v = CELL_GET(locals[co->nlocals + ARG()]);
            if (!v) {
                unbound_deref(ts, f, (int)ARG());
                goto error;
            }
        }
        INCREF(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_DEREF) {
        Object *v = POP();
        CellObject *cell = (CellObject *)locals[co->nlocals + ARG()];
        Object *old = cell->ref;
        NARRATE_IMPORT_BIND(deref_name(co, (int)ARG()), v);
        if (NARRATED && TRACE_ON(TRACE_SCOPE | TRACE_MEM)) {
            if (TRACE_ON(TRACE_SCOPE)) narrate_slot(ts, f, INDEX(), NAME_STORE, DEREF_SCOPE(ARG()), v);
            REF_REASON(v, MEM_BOUND_CELL, deref_name(co, (int)ARG()), NULL);
            REF_REASON(old, MEM_REBOUND, deref_name(co, (int)ARG()), NULL);
        }
        cell->ref = v;
        XDECREF(old);
        DISPATCH();
    }

    TARGET(DELETE_DEREF) {
        SAVE();
        CellObject *cell = (CellObject *)locals[co->nlocals + ARG()];
        if (NARRATING(TRACE_SCOPE)) narrate_slot(ts, f, INDEX(), NAME_DELETE, DEREF_SCOPE(ARG()), cell->ref);
        REF_REASON(cell->ref, MEM_NAME_DELETED, deref_name(co, (int)ARG()), NULL);
        if (!cell->ref) {
            unbound_deref(ts, f, (int)ARG());
            goto error;
        }
        CLEAR(cell->ref);
        DISPATCH();
    }

    TARGET(LOAD_GLOBAL) {
        ADAPT(spec_load_global(co, INDEX()));
    GENERIC(LOAD_GLOBAL);
        GlobalSearch how;
        Object *v = load_global(ts, f, INDEX(), names[ARG() >> 1], &how);
        if (NARRATING(TRACE_SCOPE)) narrate_global(ts, f, INDEX(), names[ARG() >> 1], v, &how);
        if (!v) goto error;
        if (ARG() & 1) PUSH(NULL);
        INCREF(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_GLOBAL) {
        SAVE();
        Object *v = POP();
        NARRATE_IMPORT_BIND(names[ARG()], v);
        if (NARRATING(TRACE_SCOPE)) narrate_store(ts, f, INDEX(), names[ARG()], v, PLACE_GLOBALS);
        int r = store_in_namespace(ts, f->globals, names[ARG()], v, NARRATING(TRACE_MEM));
        DECREF(v);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(DELETE_GLOBAL) {
        SAVE();
        if (NARRATING(TRACE_SCOPE)) narrate_store(ts, f, INDEX(), names[ARG()], NULL, PLACE_GLOBALS);
        int r = delete_from_namespace(ts, f->globals, names[ARG()], NARRATING(TRACE_MEM));
        if (r <= 0) {
            if (r == 0) name_error(ts, names[ARG()]);
            goto error;
        }
        DISPATCH();
    }

    TARGET(LOAD_NAME) {
        GlobalSearch how;
        Object *v = load_name(ts, f, names[ARG()], &how);
        if (NARRATING(TRACE_SCOPE) && (v || !how.failed)) narrate_name_search(ts, f, INDEX(), names[ARG()], v, &how);
        if (!v) goto error;
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_NAME) {
        SAVE();
        Object *v = POP();
        if (!f->locals) {
            DECREF(v);
            err_format(ts, &ExcSystemError, "no locals found when storing %R", names[ARG()]);
            goto error;
        }
        NARRATE_IMPORT_BIND(names[ARG()], v);
        if (NARRATING(TRACE_SCOPE))
            narrate_store(ts, f, INDEX(), names[ARG()], v, f->locals == f->globals ? PLACE_GLOBALS : PLACE_CLASS_NS);
        int r = dict_check_exact(f->locals) ? store_in_namespace(ts, f->locals, names[ARG()], v, NARRATING(TRACE_MEM))
                                             : obj_setitem(ts, f->locals, names[ARG()], v);
        DECREF(v);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(DELETE_NAME) {
        SAVE();
        Object *name = names[ARG()];
        if (!f->locals) {
            err_format(ts, &ExcSystemError, "no locals when deleting %R", name);
            goto error;
        }
        if (NARRATING(TRACE_SCOPE))
            narrate_store(ts, f, INDEX(), name, NULL, f->locals == f->globals ? PLACE_GLOBALS : PLACE_CLASS_NS);
        int r = delete_from_namespace(ts, f->locals, name, NARRATING(TRACE_MEM));
        if (r <= 0) {
            if (r == 0) name_error(ts, name);
            goto error;
        }
        DISPATCH();
    }

    TARGET(LOAD_ATTR) {
        ADAPT(spec_load_attr(co, INDEX(), TOP(), names[ARG()]));
    GENERIC(LOAD_ATTR);
        Object *owner = TOP();
        Object *v = obj_getattr(ts, owner, names[ARG()]);
        DECREF(owner);
        SET_TOP(v);
        if (!v) { sp--; goto error; }
        DISPATCH();
    }

    TARGET(STORE_ATTR) {
        ADAPT(spec_store_attr(co, INDEX(), TOP(), names[ARG()]));
    GENERIC(STORE_ATTR);
        Object *owner = TOP(), *v = SECOND();
        sp -= 2;
        REF_REASON(v, MEM_STORED_ATTR, names[ARG()], owner);
        int r = obj_setattr(ts, owner, names[ARG()], v);
        DECREF(owner);
        DECREF(v);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(DELETE_ATTR) {
        Object *owner = POP();
        int r = obj_setattr(ts, owner, names[ARG()], NULL);
        DECREF(owner);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(LOAD_METHOD) {
        ADAPT(spec_load_method(co, INDEX(), TOP(), names[ARG()]));
    GENERIC(LOAD_METHOD);
        Object *obj = TOP();
        Object *name = names[ARG()];
        TypeObject *tp = TYPE(obj);
        if (tp->getattr == obj_generic_getattr) {
            Object *descr = type_lookup_borrowed(tp, name);
            if (descr && (TYPE(descr) == &FunctionType || TYPE(descr) == &MethodDescrType)) {
                Object **dictptr = obj_dict_ptr(obj);
                if (!dictptr || !*dictptr || !dict_get_str_borrowed(ts, *dictptr, name)) {
                    INCREF(descr);
                    SET_TOP(descr);
                    PUSH(obj);        /* the stack's reference to obj moves up */
                    DISPATCH();
                }
            }
        }
        Object *attr = obj_getattr(ts, obj, name);
        DECREF(obj);
        if (!attr) { sp--; goto error; }
        SET_TOP(NULL);
        PUSH(attr);
        DISPATCH();
    }

    TARGET(BINARY_SUBSCR) {
        ADAPT(spec_binary_subscr(co, INDEX(), SECOND(), TOP()));
    GENERIC(BINARY_SUBSCR);
        Object *key = POP(), *container = TOP();
        Object *r;
        int64_t i;
        if (list_check_exact(container) && int_check_exact(key) && int_is_small(key) &&
            (i = int_small_value(key)) >= 0 && (uint64_t)i < LIST_SIZE(container)) {
            r = NEWREF(LIST_GET(container, i));
        } else if (tuple_check_exact(container) && int_check_exact(key) && int_is_small(key) &&
                   (i = int_small_value(key)) >= 0 && (uint64_t)i < TUPLE_SIZE(container)) {
            r = NEWREF(TUPLE_GET(container, i));
        } else if (dict_check_exact(container)) {
            r = dict_get_borrowed(ts, container, key);
            if (r) INCREF(r);
            else if (!err_occurred(ts)) err_set_object(ts, &ExcKeyError, key);
        } else {
            r = obj_getitem(ts, container, key);
        }
        DECREF(key);
        DECREF(container);
        SET_TOP(r);
        if (!r) { sp--; goto error; }
        DISPATCH();
    }

    TARGET(STORE_SUBSCR) {
        ADAPT(spec_store_subscr(co, INDEX(), SECOND(), TOP()));
    GENERIC(STORE_SUBSCR);
        Object *key = TOP(), *container = SECOND(), *v = PEEK(3);
        sp -= 3;
        REF_REASON(v, MEM_STORED_IN, NULL, container);
        int r = dict_check_exact(container) ? store_in_dict(ts, container, key, v, NARRATING(TRACE_MEM))
                                            : obj_setitem(ts, container, key, v);
        DECREF(key);
        DECREF(container);
        DECREF(v);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(DELETE_SUBSCR) {
        Object *key = TOP(), *container = SECOND();
        sp -= 2;
        int r = dict_check_exact(container) ? dict_del(ts, container, key) : obj_delitem(ts, container, key);
        DECREF(key);
        DECREF(container);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(BUILD_SLICE) {
        /* seq[a:b] on a str, list or tuple, a and b small ints or None: the
         * part is taken at once and the BINARY_SUBSCR after this is skipped,
         * as CPython 3.12's BINARY_SLICE does; the slice object nobody could
         * see is never made. Not while --trace=op shows each instruction or
         * --trace=mem each object. */
        if (ARG() == 2 && opcode_family[INSTR_OP(*ip)] == OP_BINARY_SUBSCR && !NARRATING(TRACE_OP | TRACE_MEM)) {
            Object *container = PEEK(3), *start = SECOND(), *stop = TOP();
            ssize_t n = str_check_exact(container)     ? (ssize_t)STR_LEN(container)
                        : list_check_exact(container)  ? (ssize_t)LIST_SIZE(container)
                        : tuple_check_exact(container) ? (ssize_t)TUPLE_SIZE(container)
                                                       : -1;
            ssize_t lo = 0, hi = n;
            if (n >= 0 && (start == None || (int_check_exact(start) && int_is_small(start))) &&
                (stop == None || (int_check_exact(stop) && int_is_small(stop)))) {
                if (start != None) lo = (ssize_t)int_small_value(start);
                if (stop != None) hi = (ssize_t)int_small_value(stop);
                ssize_t count = slice_adjust(n, &lo, &hi, 1);
                size_t from = (size_t)lo, to = (size_t)lo + (size_t)count;
                Object *r = str_check_exact(container)    ? str_substring(ts, container, from, to)
                            : list_check_exact(container) ? list_slice(ts, container, from, to)
                                                          : tuple_slice(ts, container, from, to);
                sp -= 2;
                DECREF(start);
                DECREF(stop);
                DECREF(container);
                SET_TOP(r);
                ip++;                       /* the BINARY_SUBSCR is done */
                if (!r) { sp--; goto error; }
                DISPATCH();
            }
        }
        Object *step = ARG() == 3 ? POP() : NULL;
        Object *stop = POP(), *start = TOP();
        Object *s = slice_new(ts, start, stop, step);
        DECREF(start);
        DECREF(stop);
        XDECREF(step);
        SET_TOP(s);
        if (!s) { sp--; goto error; }
        DISPATCH();
    }

    TARGET(BINARY_OP) {
        ADAPT(spec_binary_op(co, INDEX(), SECOND(), TOP(), ARG()));
    GENERIC(BINARY_OP);
        Object *b = POP(), *a = TOP();
        Object *r;
        uint32_t op = ARG();
        if (int_check_exact(a) && int_check_exact(b) && int_is_small(a) && int_is_small(b)) {
            int64_t x = int_small_value(a), y = int_small_value(b), z;
            switch (op >= NB_INPLACE ? op - NB_INPLACE : op) {
            case NB_ADD:
                if (!__builtin_add_overflow(x, y, &z)) { r = int_from_i64(ts, z); goto binop_done; }
                break;
            case NB_SUB:
                if (!__builtin_sub_overflow(x, y, &z)) { r = int_from_i64(ts, z); goto binop_done; }
                break;
            case NB_MUL:
                if (!__builtin_mul_overflow(x, y, &z)) { r = int_from_i64(ts, z); goto binop_done; }
                break;
            case NB_AND: r = int_from_i64(ts, x & y); goto binop_done;
            case NB_RSHIFT:
                if (y >= 0) { r = int_from_i64(ts, y > 63 ? (x < 0 ? -1 : 0) : x >> y); goto binop_done; }
                break;
            case NB_LSHIFT:
                if (y >= 0 && y < 63) {
                    z = (int64_t)((uint64_t)x << y);          /* shifted as bits: no C overflow */
                    if (z >> y == x) { r = int_from_i64(ts, z); goto binop_done; }
                }
                break;
            case NB_OR: r = int_from_i64(ts, x | y); goto binop_done;
            case NB_XOR: r = int_from_i64(ts, x ^ y); goto binop_done;
            case NB_FLOORDIV:
                if (y != 0 && !(x == INT64_MIN && y == -1)) {
                    z = x / y;
                    if ((x % y != 0) && ((x < 0) != (y < 0))) z--;
                    r = int_from_i64(ts, z);
                    goto binop_done;
                }
                break;
            case NB_MOD:
                if (y != 0 && !(x == INT64_MIN && y == -1)) {
                    z = x % y;
                    if (z != 0 && ((z < 0) != (y < 0))) z += y;
                    r = int_from_i64(ts, z);
                    goto binop_done;
                }
                break;
            default: break;
            }
        } else if (TYPE(a) == &FloatType && TYPE(b) == &FloatType) {
            double x = FLOAT_VALUE(a), y = FLOAT_VALUE(b);
            /* an operand that only the stack holds is about to be freed:
             * the result goes into it instead of a new float (as CPython
             * 3.11's BINARY_OP_ADD_FLOAT); not while tracing, which
             * narrates each float made */
#define FLOAT_RESULT(value)                                                        \
    do {                                                                           \
        double z_ = (value);                                                       \
        if (a->refcnt == 1 && !NARRATING(TRACE_MEM)) { FLOAT_VALUE(a) = z_; r = NEWREF(a); } \
        else if (b->refcnt == 1 && !NARRATING(TRACE_MEM)) { FLOAT_VALUE(b) = z_; r = NEWREF(b); } \
        else r = float_new(ts, z_);                                                \
    } while (0)
            switch (op >= NB_INPLACE ? op - NB_INPLACE : op) {
            case NB_ADD: FLOAT_RESULT(x + y); goto binop_done;
            case NB_SUB: FLOAT_RESULT(x - y); goto binop_done;
            case NB_MUL: FLOAT_RESULT(x * y); goto binop_done;
            case NB_TRUEDIV:
                if (y != 0.0) { FLOAT_RESULT(x / y); goto binop_done; }
                break;
            default: break;
            }
#undef FLOAT_RESULT
        } else if ((op == NB_ADD || op == NB_ADD + NB_INPLACE) && str_check_exact(a) && str_check_exact(b)) {
            r = concat_strs_steal(ts, locals, ip, a, b, !NARRATING(TRACE_MEM));
            SET_TOP(r);
            if (!r) { sp--; goto error; }
            DISPATCH();
        }
        r = op >= NB_INPLACE ? obj_inplace_binop(ts, (NbOp)(op - NB_INPLACE), a, b)
                             : obj_binop(ts, (NbOp)op, a, b);
    binop_done:
        DECREF(a);
        DECREF(b);
        SET_TOP(r);
        if (!r) { sp--; goto error; }
        DISPATCH();
    }

    TARGET(UNARY_NEGATIVE) {
        Object *v = TOP();
        Object *r = obj_neg(ts, v);
        DECREF(v);
        SET_TOP(r);
        if (!r) { sp--; goto error; }
        DISPATCH();
    }

    TARGET(UNARY_POSITIVE) {
        Object *v = TOP();
        Object *r = obj_pos(ts, v);
        DECREF(v);
        SET_TOP(r);
        if (!r) { sp--; goto error; }
        DISPATCH();
    }

    TARGET(UNARY_INVERT) {
        Object *v = TOP();
        Object *r = obj_invert(ts, v);
        DECREF(v);
        SET_TOP(r);
        if (!r) { sp--; goto error; }
        DISPATCH();
    }

    TARGET(UNARY_NOT) {
        Object *v = TOP();
        int t = obj_is_true(ts, v);
        DECREF(v);
        if (t < 0) { sp--; goto error; }
        SET_TOP(bool_from(!t));
        DISPATCH();
    }

    TARGET(COMPARE_OP) {
        ADAPT(spec_compare_op(co, INDEX(), SECOND(), TOP(), ARG()));
    GENERIC(COMPARE_OP);
        Object *b = POP(), *a = TOP();
        Object *r;
        if (int_check_exact(a) && int_check_exact(b) && int_is_small(a) && int_is_small(b)) {
            r = bool_from(COMPARED(int_small_value(a), int_small_value(b), ARG()));
        } else {
            r = obj_richcompare(ts, a, b, (CompareOp)ARG());
        }
        DECREF(a);
        DECREF(b);
        SET_TOP(r);
        if (!r) { sp--; goto error; }
        DISPATCH();
    }

    TARGET(IS_OP) {
        Object *b = POP(), *a = TOP();
        bool r = (a == b) ^ (ARG() != 0);
        DECREF(a);
        DECREF(b);
        SET_TOP(bool_from(r));
        DISPATCH();
    }

    TARGET(CONTAINS_OP) {
        Object *container = POP(), *item = TOP();
        int r = dict_check_exact(container) ? dict_contains(ts, container, item) : obj_contains(ts, container, item);
        DECREF(container);
        DECREF(item);
        if (r < 0) { sp--; goto error; }
        SET_TOP(bool_from(r ^ (ARG() != 0)));
        DISPATCH();
    }

    TARGET(BUILD_TUPLE) {
        uint32_t n = ARG();
        if (NARRATING(TRACE_MEM)) narrate_put_in_new(ts, sp - n, n, "tuple");
        Object *t = tuple_new(ts, n);
        if (!t) goto error;
        for (uint32_t i = 0; i < n; i++) TUPLE_SET_STEAL(t, i, sp[(int)i - (int)n]);
        sp -= n;
        PUSH(t);
        DISPATCH();
    }

    TARGET(BUILD_LIST) {
        uint32_t n = ARG();
        if (NARRATING(TRACE_MEM)) narrate_put_in_new(ts, sp - n, n, "list");
        Object *l = list_new(ts, n);
        if (!l) goto error;
        for (uint32_t i = 0; i < n; i++) LIST_SET_STEAL(l, i, sp[(int)i - (int)n]);
        sp -= n;
        PUSH(l);
        DISPATCH();
    }

    TARGET(BUILD_SET) {
        uint32_t n = ARG();
        if (NARRATING(TRACE_MEM)) narrate_put_in_new(ts, sp - n, n, "set");
        Object *s = set_new(ts, NULL);
        int err = s ? 0 : -1;
        for (uint32_t i = 0; i < n; i++) {
            Object *item = sp[(int)i - (int)n];
            if (!err && set_add(ts, s, item) < 0) err = -1;
            DECREF(item);
        }
        sp -= n;
        if (err) { XDECREF(s); goto error; }
        PUSH(s);
        DISPATCH();
    }

    TARGET(BUILD_MAP) {
        uint32_t n = ARG();
        /* a display or comprehension is the program's table; the dict that
         * carries f(**kw)'s keywords (DICT_MERGE next) is the interpreter's */
        if (NARRATING(TRACE_MEM)) narrate_put_in_new(ts, sp - 2 * n, 2 * n, "dict");
        Object *d = INSTR_OP(*ip) == OP_DICT_MERGE ? dict_new(ts) : dict_new_watched(ts);
        int err = d ? 0 : -1;
        if (!err && n > 5) err = dict_resize_for(ts, (DictObject *)d, n);
        for (uint32_t i = 0; i < n; i++) {
            Object *k = sp[2 * (int)i - 2 * (int)n], *v = sp[2 * (int)i + 1 - 2 * (int)n];
            if (!err && dict_set(ts, d, k, v) < 0) err = -1;
            DECREF(k);
            DECREF(v);
        }
        sp -= 2 * n;
        if (err) { XDECREF(d); goto error; }
        PUSH(d);
        DISPATCH();
    }

    TARGET(BUILD_STRING) {
        uint32_t n = ARG();
        StrBuf b;
        strbuf_init(&b);
        for (uint32_t i = 0; i < n; i++) {
            Object *s = sp[(int)i - (int)n];
            strbuf_append(&b, STR_DATA(s), STR_SIZE(s));
            DECREF(s);
        }
        sp -= n;
        Object *r = str_from_strbuf(ts, &b);
        if (!r) goto error;
        PUSH(r);
        DISPATCH();
    }

    TARGET(LIST_APPEND) {
        Object *v = POP();
        REF_REASON(v, MEM_ADDED_TO, NULL, PEEK(ARG()));
        if (list_append_steal(ts, PEEK(ARG()), v) < 0) goto error;
        DISPATCH();
    }

    TARGET(SET_ADD) {
        Object *v = POP();
        REF_REASON(v, MEM_ADDED_TO, NULL, PEEK(ARG()));
        int r = set_add(ts, PEEK(ARG()), v);
        DECREF(v);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(MAP_ADD) {
        Object *v = POP(), *k = POP();
        REF_REASON(v, MEM_STORED_IN, NULL, PEEK(ARG()));
        REF_REASON(k, MEM_KEY_OF, NULL, PEEK(ARG()));
        int r = dict_set(ts, PEEK(ARG()), k, v);
        DECREF(k);
        DECREF(v);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(LIST_EXTEND) {
        Object *iterable = POP();
        int r = list_extend(ts, PEEK(ARG()), iterable);
        if (r < 0 && err_matches(ts, &ExcTypeError) && !TYPE(iterable)->iter && !TYPE(iterable)->getitem) {
            err_clear(ts);
            err_format(ts, &ExcTypeError, "Value after * must be an iterable, not %s", TYPE_NAME(iterable));
        }
        DECREF(iterable);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(SET_UPDATE) {
        Object *iterable = POP();
        int r = set_update(ts, PEEK(ARG()), iterable);
        DECREF(iterable);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(DICT_UPDATE) {
        Object *m = POP();
        int r = dict_update_mapping(ts, PEEK(ARG()), m);
        if (r < 0 && err_matches(ts, &ExcAttributeError)) {
            /* as CPython: an AttributeError from m.keys() itself says so too */
            err_clear(ts);
            err_format(ts, &ExcTypeError, "'%s' object is not a mapping", TYPE_NAME(m));
        }
        DECREF(m);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(DICT_MERGE) {
        Object *m = POP();
        Object *func = PEEK(ARG() + 2), *target = PEEK(ARG());
        /* The merge names the callee only when [m] is not a dict or a key
         * may repeat; only then is CPython's label ("mod.f()") worth making. */
        Object *label = NULL;
        if (!dict_check(m) || (DICT_SIZE(target) && DICT_SIZE(m))) {
            label = func_str(ts, func);
            if (!label) { DECREF(m); goto error; }
        }
        int r = dict_merge_kwargs(ts, target, m, label ? label : func);
        XDECREF(label);
        DECREF(m);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(LIST_TO_TUPLE) {
        Object *l = TOP();
        Object *t = list_as_tuple(ts, l);
        DECREF(l);
        SET_TOP(t);
        if (!t) { sp--; goto error; }
        DISPATCH();
    }

    TARGET(FORMAT_VALUE) {
        uint32_t flags = ARG();
        Object *spec = (flags & 4) ? POP() : NULL;
        Object *v = TOP();
        Object *conv = NULL;
        switch (flags & 3) {
        case 1: conv = obj_str(ts, v); break;
        case 2: conv = obj_repr(ts, v); break;
        case 3: {
            Object *ascii = dict_get_cstr_borrowed(ts, f->builtins, "ascii");
            conv = ascii ? obj_call1(ts, ascii, v) : obj_repr(ts, v);
            break;
        }
        default: conv = NEWREF(v); break;
        }
        DECREF(v);
        if (!conv) { XDECREF(spec); sp--; goto error; }
        Object *r;
        if (!spec && str_check_exact(conv)) r = NEWREF(conv);
        else r = obj_format(ts, conv, spec ? spec : ts->interp->empty_str);
        DECREF(conv);
        XDECREF(spec);
        SET_TOP(r);
        if (!r) { sp--; goto error; }
        DISPATCH();
    }

    TARGET(UNPACK_SEQUENCE) {
        ADAPT(spec_unpack_sequence(co, INDEX(), TOP(), ARG()));
    GENERIC(UNPACK_SEQUENCE);
        Object *seq = POP();
        int n = (int)ARG();
        if (tuple_check_exact(seq) && TUPLE_SIZE(seq) == (size_t)n) {   /* `for k, v in d.items()` */
            Object **items = TUPLE_ITEMS(seq);
            for (int i = 0; i < n; i++) sp[n - 1 - i] = NEWREF(items[i]);
            sp += n;
            DECREF(seq);
            DISPATCH();
        }
        int r = unpack(ts, seq, n, -1, sp);
        DECREF(seq);
        if (r < 0) goto error;
        sp += n;
        DISPATCH();
    }

    TARGET(UNPACK_EX) {
        Object *seq = POP();
        int before = (int)(ARG() & 0xff), after = (int)(ARG() >> 8);
        int r = unpack(ts, seq, before, after, sp);
        DECREF(seq);
        if (r < 0) goto error;
        sp += before + after + 1;
        DISPATCH();
    }

    /* A jump's argument is a distance from the next instruction, where ip
     * already is (opcode_jump_target() in vm/opcodes.h): one add. Backward
     * jumps are where loops come round: JUMP_BACKWARD_BY() also checks the
     * eval breaker (vm/eval.c). */
    TARGET(JUMP_FORWARD) {
        ip += ARG();
        DISPATCH();
    }

    TARGET(JUMP_BACKWARD) {
        JUMP_BACKWARD_BY(ARG());
        DISPATCH();
    }

/* Pop TOS; if its truth is [when], [move] ip (True and False need no call). */
#define POP_JUMP_IF_BOOL(when, move)                                          \
    do {                                                                      \
        Object *v = POP();                                                    \
        if (v == ((when) ? True : False)) { DECREF(v); move; DISPATCH(); }    \
        if (v == ((when) ? False : True)) { DECREF(v); DISPATCH(); }          \
        int t = int_check_exact(v) && int_is_small(v) ? int_small_value(v) != 0 \
                                                       : obj_is_true(ts, v);  \
        DECREF(v);                                                            \
        if (t < 0) goto error;                                                \
        if (t == (when)) move;                                                \
        DISPATCH();                                                           \
    } while (0)

    TARGET(POP_JUMP_FORWARD_IF_FALSE) { POP_JUMP_IF_BOOL(0, ip += ARG()); }
    TARGET(POP_JUMP_BACKWARD_IF_FALSE) { POP_JUMP_IF_BOOL(0, JUMP_BACKWARD_BY(ARG())); }
    TARGET(POP_JUMP_FORWARD_IF_TRUE) { POP_JUMP_IF_BOOL(1, ip += ARG()); }
    TARGET(POP_JUMP_BACKWARD_IF_TRUE) { POP_JUMP_IF_BOOL(1, JUMP_BACKWARD_BY(ARG())); }
#undef POP_JUMP_IF_BOOL

    TARGET(POP_JUMP_FORWARD_IF_NONE) {
        Object *v = POP();
        if (v == None) ip += ARG();
        DECREF(v);
        DISPATCH();
    }

    TARGET(POP_JUMP_BACKWARD_IF_NONE) {
        Object *v = POP();
        bool jump = v == None;
        DECREF(v);
        if (jump) {
            JUMP_BACKWARD_BY(ARG());
        }
        DISPATCH();
    }

    TARGET(POP_JUMP_FORWARD_IF_NOT_NONE) {
        Object *v = POP();
        if (v != None) ip += ARG();
        DECREF(v);
        DISPATCH();
    }

    TARGET(POP_JUMP_BACKWARD_IF_NOT_NONE) {
        Object *v = POP();
        bool jump = v != None;
        DECREF(v);
        if (jump) {
            JUMP_BACKWARD_BY(ARG());
        }
        DISPATCH();
    }

    TARGET(JUMP_IF_FALSE_OR_POP) {
        Object *v = TOP();
        int t = v == True ? 1 : v == False ? 0 : obj_is_true(ts, v);
        if (t < 0) goto error;
        if (!t) ip += ARG();
        else { sp--; DECREF(v); }
        DISPATCH();
    }

    TARGET(JUMP_IF_TRUE_OR_POP) {
        Object *v = TOP();
        int t = v == True ? 1 : v == False ? 0 : obj_is_true(ts, v);
        if (t < 0) goto error;
        if (t) ip += ARG();
        else { sp--; DECREF(v); }
        DISPATCH();
    }

    TARGET(GET_ITER) {
        Object *v = TOP();
        Object *it = obj_iter(ts, v);
        DECREF(v);
        SET_TOP(it);
        if (!it) { sp--; goto error; }
        DISPATCH();
    }

    TARGET(FOR_ITER) {
        ADAPT(spec_for_iter(co, INDEX(), TOP()));
    GENERIC(FOR_ITER);
        Object *it = TOP();
        UnaryFunc next_fn = TYPE(it)->next;
        if (UNLIKELY(!next_fn)) {
            /* only a comprehension's code called by hand gets here: its
             * hidden argument .0 is an iterator when the compiler passes it,
             * but function(code, globals)([1, 2]) passes a list */
            err_format(ts, &ExcTypeError, "'%s' object is not an iterator", TYPE_NAME(it));
            goto error;
        }
        Object *next = next_fn(ts, it);
        if (next) {
            PUSH(next);
            DISPATCH();
        }
        if (err_occurred(ts)) {
            if (!err_matches(ts, &ExcStopIteration)) goto error;
            err_clear(ts);
        }
        sp--;
        DECREF(it);
        ip += ARG();
        DISPATCH();
    }

    TARGET(RETURN_VALUE) {
        retval = POP();
        if (NARRATING(TRACE_MEM)) narrate_return(ts, f, retval);
        goto return_from_frame;
    }

    TARGET(KW_NAMES) {
        kwnames = consts[ARG()];
        DISPATCH();
    }

    TARGET(CALL) {
        ADAPT(spec_call(co, INDEX(), PEEK(ARG() + 2) ? PEEK(ARG() + 2) : PEEK(ARG() + 1),
                        ARG() + (PEEK(ARG() + 2) != NULL) - (kwnames ? TUPLE_SIZE(kwnames) : 0), kwnames));
    GENERIC(CALL);
        CALL_OPERANDS();
        Object *kw = kwnames;
        kwnames = NULL;
        size_t npos = nargs - (kw ? TUPLE_SIZE(kw) : 0);
        if (NARRATING(TRACE_MEM)) narrate_call(ts, base, n);
        if (TYPE(callable) == &FunctionType &&
            !(((CodeObject *)((FunctionObject *)callable)->code)->flags & CO_RESUMABLE)) {
            /* a Python function: push its frame and carry on in this loop */
            FunctionObject *func = (FunctionObject *)callable;
            bool exact = !kw && code_takes_exactly((CodeObject *)func->code, npos);
            SAVE();
            Frame *nf = call_frame_new(ts, func, exact ? (int)npos : 0);
            if (!nf) goto call_failed;
            if (exact) {
                /* the common case: the arguments move into the new frame */
                for (size_t i = 0; i < npos; i++) nf->localsplus[i] = args[i];
                DECREF(callable);
                sp = base;
            } else {
                int r = bind_arguments(ts, nf, func, args, npos, kw);
                for (Object **p = base; p < sp; p++) XDECREF(*p);
                sp = base;
                if (r < 0) {
                    f->sp = sp;
                    frame_clear(nf);
                    frame_release(ts, nf);
                    ts->recursion_depth--;
                    goto error;
                }
            }
            ENTER_FRAME(nf);
        }
        SAVE();
        Object *r = obj_call(ts, callable, args, npos, kw);
        for (Object **p = base; p < sp; p++) XDECREF(*p);
        sp = base;
        if (!r) goto error;
        PUSH(r);
        /* ... and of a call to C code, its return (as CPython 3.11) */
        CHECK_BREAKER();
        DISPATCH();
    call_failed:
        for (Object **p = base; p < sp; p++) XDECREF(*p);
        sp = base;
        goto error;
    }

    TARGET(CALL_FUNCTION_EX) {
        Object *kwargs = (ARG() & 1) ? POP() : NULL;
        Object *callargs = POP();
        Object *func = POP();
        Object *null = POP();
        XDECREF(null);
        Object *r = NULL;
        if (!tuple_check_exact(callargs)) {
            Object *t = NULL;
            if (TYPE(callargs)->iter || TYPE(callargs)->getitem) {
                t = tuple_from_iterable(ts, callargs);
            } else {
                Object *label = func_str(ts, func);
                if (label) err_format(ts, &ExcTypeError, "%U argument after * must be an iterable, not %s",
                                      label, TYPE_NAME(callargs));
                XDECREF(label);
            }
            SETREF(callargs, t);
        }
        if (callargs) {
            SAVE();
            r = obj_call_tuple_dict(ts, func, callargs, kwargs);
        }
        XDECREF(callargs);
        XDECREF(kwargs);
        DECREF(func);
        if (!r) goto error;
        PUSH(r);
        CHECK_BREAKER();
        DISPATCH();
    }

    TARGET(MAKE_FUNCTION) {
        uint32_t flags = ARG();
        Object *code = POP();
        Object *closure = (flags & 8) ? POP() : NULL;
        Object *annotations = (flags & 4) ? POP() : NULL;
        Object *kwdefaults = (flags & 2) ? POP() : NULL;
        Object *defaults = (flags & 1) ? POP() : NULL;
        FunctionObject *fn = (FunctionObject *)func_new(ts, code, f->globals, ((CodeObject *)code)->qualname);
        DECREF(code);
        if (fn) {
            fn->closure = closure;
            fn->annotations = annotations;
            fn->kwdefaults = kwdefaults;
            fn->defaults = defaults;
            if (fn->builtins != f->builtins) SETREF(fn->builtins, NEWREF(f->builtins));
        } else {
            XDECREF(closure);
            XDECREF(annotations);
            XDECREF(kwdefaults);
            XDECREF(defaults);
            goto error;
        }
        PUSH((Object *)fn);
        DISPATCH();
    }

    TARGET(LOAD_BUILD_CLASS) {
        Object *bc = load_build_class(ts, f);
        if (!bc) goto error;
        PUSH(bc);
        DISPATCH();
    }

    TARGET(YIELD_VALUE) {
        retval = POP();
        REF_REASON(retval, MEM_YIELDED_BY, NULL, NULL);
        SAVE();
        f->suspended = true;
        ts->recursion_depth--;
        ts->frame = f->back;
        if (NARRATING(TRACE_CALL)) narrate_flow(ts, f, EV_YIELD, retval, INDEX());
        return retval;
    }

    TARGET(GET_AWAITABLE) {
        Object *v = TOP();
        SAVE();
        Object *it = get_awaitable(ts, v, (int)ARG());
        DECREF(v);
        SET_TOP(it);
        if (!it) { sp--; goto error; }
        DISPATCH();
    }

    TARGET(GET_AITER) {
        Object *v = TOP();
        SAVE();
        Object *it = get_aiter(ts, v);
        DECREF(v);
        SET_TOP(it);
        if (!it) { sp--; goto error; }
        DISPATCH();
    }

    TARGET(GET_ANEXT) {
        SAVE();
        Object *aw = get_anext(ts, TOP());
        if (!aw) goto error;
        PUSH(aw);
        DISPATCH();
    }

    TARGET(END_ASYNC_FOR) {
        Object *exc = TOP();
        if (exc_is_exception_instance(exc) && type_is_subtype(TYPE(exc), &ExcStopAsyncIteration)) {
            sp--;
            DECREF(exc);
            Object *aiter = POP();
            DECREF(aiter);
            DISPATCH();
        }
        /* anything else goes on unwinding, traceback kept (RERAISE) */
        sp--;
        Object *old = ts->exc;
        ts->exc = exc;
        XDECREF(old);
        reraise = true;
        goto error;
    }

    TARGET(BEFORE_ASYNC_WITH) {
        Object *mgr = TOP();
        Object *exit = NULL;
        SAVE();
        Object *res = async_with_enter(ts, mgr, &exit);
        DECREF(mgr);
        if (!res) { sp--; goto error; }
        SET_TOP(exit);
        PUSH(res);
        DISPATCH();
    }

    TARGET(ASYNC_GEN_WRAP) {
        Object *v = TOP();
        Object *w = asyncgen_wrap(ts, v);
        if (!w) goto error;
        DECREF(v);
        SET_TOP(w);
        DISPATCH();
    }

    TARGET(GET_YIELD_FROM_ITER) {
        Object *v = TOP();
        if (TYPE(v) == &CoroType) {
            if (!(co->flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE))) {
                err_set_string(ts, &ExcTypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
                goto error;
            }
        } else if (TYPE(v) != &GenType) {
            Object *it = obj_iter(ts, v);
            DECREF(v);
            SET_TOP(it);
            if (!it) { sp--; goto error; }
        }
        DISPATCH();
    }

    TARGET(SEND) {
        Object *v = POP(), *receiver = TOP();
        Object *r = NULL;
        SAVE();
        if (gen_check(receiver)) {
            GenResult g = gen_send(ts, receiver, v, &r);
            DECREF(v);
            if (g == GEN_ERROR) goto error;
            if (g == GEN_RETURN) {
                sp--;
                DECREF(receiver);
                PUSH(r);
                ip += ARG();
            } else {
                PUSH(r);
            }
            DISPATCH();
        }
        if (v == None) {
            /* the slot itself, not obj_next(), which would drop the
             * StopIteration that carries the return value */
            UnaryFunc next = TYPE(receiver)->next;
            r = next ? next(ts, receiver)
                     : err_format(ts, &ExcTypeError, "'%s' object is not an iterator", TYPE_NAME(receiver));
        } else {
            Object *send = obj_getattr(ts, receiver, ts->interp->ids.send);
            r = send ? obj_call1(ts, send, v) : NULL;
            XDECREF(send);
        }
        DECREF(v);
        if (r) {
            PUSH(r);
            DISPATCH();
        }
        /* the iterator is done: its return value is StopIteration's value */
        Object *value = NULL;
        if (!err_occurred(ts)) {
            value = NEWREF(None);
        } else if (err_matches(ts, &ExcStopIteration)) {
            Object *e = err_fetch(ts);
            Object *val = ((BaseExceptionObject *)e)->value;
            value = NEWREF(val ? val : None);
            DECREF(e);
        } else {
            goto error;
        }
        sp--;
        DECREF(receiver);
        PUSH(value);
        ip += ARG();
        DISPATCH();
    }

    TARGET(RAISE_VARARGS) {
        Object *cause = ARG() == 2 ? POP() : NULL;
        Object *exc = ARG() >= 1 ? POP() : NULL;
        int rr = do_raise(ts, exc, cause);
        XDECREF(exc);
        XDECREF(cause);
        reraise = rr == 1;
        goto error;
    }

    TARGET(RERAISE) {
        Object *exc = POP();
        Object *old = ts->exc;
        ts->exc = exc;
        XDECREF(old);
        reraise = true;
        goto error;
    }

    TARGET(PUSH_EXC_INFO) {
        Object *exc = TOP();
        Object *prev = ts->handled_exc ? ts->handled_exc : NEWREF(None);
        SET_TOP(prev);
        PUSH(exc);
        INCREF(exc);
        ts->handled_exc = exc;
        DISPATCH();
    }

    TARGET(POP_EXCEPT) {
        Object *prev = POP();
        Object *old = ts->handled_exc;
        if (prev == None) {
            ts->handled_exc = NULL;
            DECREF(prev);
        } else {
            ts->handled_exc = prev;
        }
        XDECREF(old);
        DISPATCH();
    }

    TARGET(CHECK_EXC_MATCH) {
        Object *type = POP(), *exc = TOP();
        if (check_exc_class(ts, type) < 0) {
            DECREF(type);
            goto error;
        }
        int r = obj_isinstance(ts, exc, type);
        DECREF(type);
        if (r < 0) goto error;
        PUSH(bool_from(r));
        DISPATCH();
    }

    TARGET(CHECK_EG_MATCH) {
        Object *type = POP(), *exc = TOP();
        SAVE();
        Object *match, *rest;
        if (exc_group_check_star_type(ts, type) < 0 || exc_group_match(ts, exc, type, &match, &rest) < 0) {
            DECREF(type);
            goto error;
        }
        DECREF(type);
        if (match == None) {
            DECREF(rest);
        } else {
            /* [exc] -> [rest, match]; the handlers see the match as sys.exception() */
            SET_TOP(rest);
            DECREF(exc);
            Object *old = ts->handled_exc;
            ts->handled_exc = NEWREF(match);
            XDECREF(old);
        }
        PUSH(match);
        DISPATCH();
    }

    TARGET(PREP_RERAISE_STAR) {
        Object *excs = POP(), *orig = POP();
        SAVE();
        Object *val = exc_group_prep_reraise_star(ts, orig, excs);
        DECREF(excs);
        DECREF(orig);
        if (!val) goto error;
        PUSH(val);
        DISPATCH();
    }

    TARGET(LOAD_ASSERTION_ERROR) {
        INCREF(&ExcAssertionError);
        PUSH((Object *)&ExcAssertionError);
        DISPATCH();
    }

    TARGET(BEFORE_WITH) {
        Object *mgr = TOP();
        Object *exit = NULL;
        SAVE();
        Object *res = with_enter(ts, mgr, &exit);
        DECREF(mgr);
        if (!res) { sp--; goto error; }
        SET_TOP(exit);
        PUSH(res);
        /* a check point for the narration alone: `with minipy.trace():` */
        HANDOVER();
        DISPATCH();
    }

    TARGET(WITH_EXCEPT_START) {
        Object *exc = TOP();
        Object *exit = PEEK(3);
        Object *tb = ((BaseExceptionObject *)exc)->traceback;
        Object *args[3] = {(Object *)TYPE(exc), exc, tb ? tb : None};
        SAVE();
        Object *r = obj_call(ts, exit, args, 3, NULL);
        if (!r) goto error;
        PUSH(r);
        DISPATCH();
    }

    /* ---- the match statement: see vm/match.c ---- */

    TARGET(GET_LEN) {
        SAVE();
        ssize_t n = obj_len(ts, TOP());
        if (n < 0) goto error;
        Object *len = int_from_i64(ts, n);
        if (!len) goto error;
        PUSH(len);
        DISPATCH();
    }

    TARGET(MATCH_SEQUENCE) {
        bool is = eval_match_sequence(TOP());
        PUSH(bool_from(is));
        DISPATCH();
    }

    TARGET(MATCH_MAPPING) {
        bool is = eval_match_mapping(TOP());
        PUSH(bool_from(is));
        DISPATCH();
    }

    TARGET(MATCH_KEYS) {
        SAVE();
        Object *values = eval_match_keys(ts, SECOND(), TOP());
        if (!values) goto error;
        PUSH(values);
        DISPATCH();
    }

    TARGET(MATCH_CLASS) {
        SAVE();
        Object *names = TOP(), *type = SECOND(), *subject = PEEK(3);
        Object *attrs = eval_match_class(ts, subject, type, ARG(), names);
        if (!attrs) goto error;
        sp -= 2;
        DECREF(names);
        DECREF(type);
        DECREF(subject);
        SET_TOP(attrs);
        DISPATCH();
    }

    TARGET(IMPORT_NAME) {
        Object *fromlist = POP(), *level = TOP();
        int64_t lv = 0;
        int_as_i64(level, &lv);
        SAVE();
        Object *m = imp_import(ts, names[ARG()], f->globals, fromlist == None ? NULL : fromlist, (int)lv);
        DECREF(fromlist);
        DECREF(level);
        SET_TOP(m);
        if (!m) { sp--; goto error; }
        if (NARRATING(TRACE_IMPORT)) ts->import_result = m;
        DISPATCH();
    }

    TARGET(IMPORT_FROM) {
        SAVE();
        Object *v = imp_import_from(ts, TOP(), names[ARG()]);
        if (!v) goto error;
        if (NARRATING(TRACE_IMPORT)) ts->import_result = v;
        PUSH(v);
        DISPATCH();
    }

    TARGET(IMPORT_STAR) {
        Object *m = POP();
        SAVE();
        int r = f->locals ? imp_import_star(ts, m, f->locals) : -1;
        if (!f->locals) err_set_string(ts, &ExcSystemError, "no locals found during 'import *'");
        DECREF(m);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(PRINT_EXPR) {
        Object *v = POP();
        SAVE();
        int r = print_expr(ts, v);
        DECREF(v);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(SETUP_ANNOTATIONS) {
        if (!f->locals) {
            err_set_string(ts, &ExcSystemError, "no locals found when setting up annotations");
            goto error;
        }
        Object *key = ts->interp->ids.__annotations__;
        if (dict_check_exact(f->locals)) {
            if (!dict_get_str_borrowed(ts, f->locals, key)) {
                Object *d = dict_new(ts);
                if (!d || dict_set(ts, f->locals, key, d) < 0) { XDECREF(d); goto error; }
                DECREF(d);
            }
            DISPATCH();
        }
        /* a namespace from __prepare__ that is not a dict: its own
         * __getitem__ and __setitem__ */
        SAVE();
        Object *old = obj_getitem(ts, f->locals, key);
        if (old) {
            DECREF(old);
            DISPATCH();
        }
        if (!err_matches(ts, &ExcKeyError)) goto error;
        err_clear(ts);
        Object *d = dict_new(ts);
        if (!d || obj_setitem(ts, f->locals, key, d) < 0) { XDECREF(d); goto error; }
        DECREF(d);
        DISPATCH();
    }

    /* ---- specialised forms (vm/opcodes.def's last section) ----
     * Each checks its guard against the inline cache and otherwise does
     * its family's generic work (DEOPT_IF: a miss). The caches' owners
     * are compared, never followed (vm/specialize.c). */

    TARGET(LOAD_ATTR_WITH_HINT) {
        Object *owner = TOP();
        InlineCache *c = CACHE();
        DEOPT_IF(TYPE(owner) != (TypeObject *)c->owner, LOAD_ATTR, SPEC_OTHER_TYPE);
        DEOPT_IF(c->version != type_epoch, LOAD_ATTR, SPEC_CLASS_CHANGED);
        DictObject *d = *(DictObject **)((char *)owner + c->offset);
        DEOPT_IF(!HINT_HOLDS(d, c, names[ARG()]), LOAD_ATTR,
                 SPEC_NOT_IN_DICT);
        SET_TOP(NEWREF(d->entries[c->index].value));
        DECREF(owner);
        DISPATCH();
    }

    TARGET(LOAD_ATTR_MODULE) {
        Object *owner = TOP();
        InlineCache *c = CACHE();
        DEOPT_IF(TYPE(owner) != &ModuleType, LOAD_ATTR, SPEC_OTHER_TYPE);
        DictObject *d = (DictObject *)MODULE_DICT(owner);
        DEOPT_IF(!HINT_HOLDS(d, c, names[ARG()]), LOAD_ATTR,
                 SPEC_NOT_IN_DICT);
        SET_TOP(NEWREF(d->entries[c->index].value));
        DECREF(owner);
        DISPATCH();
    }

    TARGET(STORE_ATTR_WITH_HINT) {
        Object *owner = TOP(), *v = SECOND();
        InlineCache *c = CACHE();
        DEOPT_IF(TYPE(owner) != (TypeObject *)c->owner, STORE_ATTR, SPEC_OTHER_TYPE);
        DEOPT_IF(c->version != type_epoch, STORE_ATTR, SPEC_CLASS_CHANGED);
        DictObject *d = *(DictObject **)((char *)owner + c->offset);
        DEOPT_IF(!HINT_HOLDS(d, c, names[ARG()]), STORE_ATTR,
                 SPEC_NOT_IN_DICT);
        sp -= 2;
        REF_REASON(v, MEM_STORED_ATTR, names[ARG()], owner);
        Object *old = d->entries[c->index].value;
        d->entries[c->index].value = v;             /* the stack's reference moves in */
        d->version = ++ts->interp->dict_versions;   /* a change, as dict_set makes it */
        REF_REASON(old, MEM_ATTR_REPLACED, names[ARG()], owner);
        DECREF(old);
        DECREF(owner);
        DISPATCH();
    }

    TARGET(STORE_ATTR_WITH_DICT) {
        Object *owner = TOP(), *v = SECOND();
        InlineCache *c = CACHE();
        DEOPT_IF(TYPE(owner) != (TypeObject *)c->owner, STORE_ATTR, SPEC_OTHER_TYPE);
        DEOPT_IF(c->version != type_epoch, STORE_ATTR, SPEC_CLASS_CHANGED);
        sp -= 2;
        REF_REASON(v, MEM_STORED_ATTR, names[ARG()], owner);
        int r = obj_dict_store(ts, owner, (Object **)((char *)owner + c->offset), names[ARG()], v);
        DECREF(owner);
        DECREF(v);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(LOAD_METHOD_NO_DICT) {
        Object *obj = TOP();
        InlineCache *c = CACHE();
        DEOPT_IF(TYPE(obj) != (TypeObject *)c->owner, LOAD_METHOD, SPEC_OTHER_TYPE);
        DEOPT_IF(c->version != type_epoch, LOAD_METHOD, SPEC_CLASS_CHANGED);
        SET_TOP(NEWREF(c->value));
        PUSH(obj);            /* the stack's reference to obj moves up */
        DISPATCH();
    }

    TARGET(LOAD_METHOD_WITH_DICT) {
        Object *obj = TOP();
        InlineCache *c = CACHE();
        DEOPT_IF(TYPE(obj) != (TypeObject *)c->owner, LOAD_METHOD, SPEC_OTHER_TYPE);
        DEOPT_IF(c->version != type_epoch, LOAD_METHOD, SPEC_CLASS_CHANGED);
        Object *d = *obj_dict_ptr(obj);
        /* a dict of str keys only: the search cannot run any __eq__ */
        DEOPT_IF(d && (!((DictObject *)d)->str_keys || dict_get_str_borrowed(ts, d, names[ARG()])), LOAD_METHOD,
                 SPEC_SHADOWED);
        SET_TOP(NEWREF(c->value));
        PUSH(obj);
        DISPATCH();
    }

    TARGET(LOAD_METHOD_MODULE) {
        Object *owner = TOP();
        InlineCache *c = CACHE();
        DEOPT_IF(TYPE(owner) != &ModuleType, LOAD_METHOD, SPEC_OTHER_TYPE);
        DictObject *d = (DictObject *)MODULE_DICT(owner);
        DEOPT_IF(!HINT_HOLDS(d, c, names[ARG()]), LOAD_METHOD,
                 SPEC_NOT_IN_DICT);
        SET_TOP(NULL);
        PUSH(NEWREF(d->entries[c->index].value));
        DECREF(owner);
        DISPATCH();
    }

    /* The forms keep the generic LOAD_GLOBAL's own cache as its searches
     * would (keep_global_cache), so that after a miss the generic work
     * finds it as it would have, narrated or not. */
    TARGET(LOAD_GLOBAL_MODULE) {
        InlineCache *c = CACHE();
        DictObject *g = (DictObject *)f->globals;
        DEOPT_IF(c->owner != (Object *)g || c->offset >= g->nentries || g->entries[c->offset].key != names[ARG() >> 1],
                 LOAD_GLOBAL, SPEC_NOT_FOUND);
        Object *v = g->entries[c->offset].value;
        bool cached = keep_global_cache(c, g, (DictObject *)f->builtins, v, false);
        if (NARRATING(TRACE_SCOPE)) narrate_global_form(ts, f, INDEX(), names[ARG() >> 1], v, false, cached);
        if (ARG() & 1) PUSH(NULL);
        PUSH(NEWREF(v));
        DISPATCH();
    }

    TARGET(LOAD_GLOBAL_BUILTIN) {
        InlineCache *c = CACHE();
        DictObject *g = (DictObject *)f->globals, *b = (DictObject *)f->builtins;
        DEOPT_IF(c->owner != (Object *)g || c->keys_version != g->keys_version, LOAD_GLOBAL, SPEC_DICT_CHANGED);
        DEOPT_IF(c->dict2 != (Object *)b || c->index2 >= b->nentries || b->entries[c->index2].key != names[ARG() >> 1],
                 LOAD_GLOBAL, SPEC_NOT_FOUND);
        Object *v = b->entries[c->index2].value;
        bool cached = keep_global_cache(c, g, b, v, true);
        if (NARRATING(TRACE_SCOPE)) narrate_global_form(ts, f, INDEX(), names[ARG() >> 1], v, true, cached);
        if (ARG() & 1) PUSH(NULL);
        PUSH(NEWREF(v));
        DISPATCH();
    }

/* the guard of the int forms: two ints of 64 bits */
#define SMALL_INTS(a, b)                                                                         \
    do {                                                                                         \
        DEOPT_IF(!int_check_exact(a) || !int_check_exact(b), BINARY_OP, SPEC_OPERAND_TYPES);    \
        DEOPT_IF(!int_is_small(a) || !int_is_small(b), BINARY_OP, SPEC_BIG_INT);                 \
    } while (0)
/* an int result; one that overflows 64 bits is the generic code's (no miss) */
#define INT_RESULT(builtin)                                                                      \
    do {                                                                                         \
        Object *b = TOP(), *a = SECOND();                                                        \
        SMALL_INTS(a, b);                                                                        \
        int64_t z;                                                                               \
        if (builtin(int_small_value(a), int_small_value(b), &z)) goto generic_BINARY_OP;         \
        Object *r = int_from_i64(ts, z);                                                         \
        sp--;                                                                                    \
        DECREF(a);                                                                               \
        DECREF(b);                                                                               \
        SET_TOP(r);                                                                              \
        if (!r) { sp--; goto error; }                                                            \
        DISPATCH();                                                                              \
    } while (0)
    TARGET(BINARY_OP_ADD_INT) { INT_RESULT(__builtin_add_overflow); }
    TARGET(BINARY_OP_SUBTRACT_INT) { INT_RESULT(__builtin_sub_overflow); }
    TARGET(BINARY_OP_MULTIPLY_INT) { INT_RESULT(__builtin_mul_overflow); }
#undef INT_RESULT
#undef SMALL_INTS

/* a float result goes into an operand only the stack holds, as the generic
 * code does (not while --trace=mem follows each float made) */
#define FLOAT_RESULT(expr)                                                                       \
    do {                                                                                         \
        Object *b = TOP(), *a = SECOND();                                                        \
        DEOPT_IF(TYPE(a) != &FloatType || TYPE(b) != &FloatType, BINARY_OP, SPEC_OPERAND_TYPES); \
        double x = FLOAT_VALUE(a), y = FLOAT_VALUE(b), z = (expr);                              \
        Object *r;                                                                               \
        if (a->refcnt == 1 && !NARRATING(TRACE_MEM)) { FLOAT_VALUE(a) = z; r = NEWREF(a); }      \
        else if (b->refcnt == 1 && !NARRATING(TRACE_MEM)) { FLOAT_VALUE(b) = z; r = NEWREF(b); } \
        else r = float_new(ts, z);                                                               \
        sp--;                                                                                    \
        DECREF(a);                                                                               \
        DECREF(b);                                                                               \
        SET_TOP(r);                                                                              \
        if (!r) { sp--; goto error; }                                                            \
        DISPATCH();                                                                              \
    } while (0)
    TARGET(BINARY_OP_ADD_FLOAT) { FLOAT_RESULT(x + y); }
    TARGET(BINARY_OP_SUBTRACT_FLOAT) { FLOAT_RESULT(x - y); }
    TARGET(BINARY_OP_MULTIPLY_FLOAT) { FLOAT_RESULT(x * y); }
#undef FLOAT_RESULT

    TARGET(BINARY_OP_ADD_UNICODE) {
        Object *b = TOP(), *a = SECOND();
        DEOPT_IF(!str_check_exact(a) || !str_check_exact(b), BINARY_OP, SPEC_OPERAND_TYPES);
        sp--;
        Object *r = concat_strs_steal(ts, locals, ip, a, b, !NARRATING(TRACE_MEM));
        SET_TOP(r);
        if (!r) { sp--; goto error; }
        DISPATCH();
    }

    TARGET(COMPARE_OP_INT) {
        Object *b = TOP(), *a = SECOND();
        DEOPT_IF(!int_check_exact(a) || !int_check_exact(b), COMPARE_OP, SPEC_OPERAND_TYPES);
        DEOPT_IF(!int_is_small(a) || !int_is_small(b), COMPARE_OP, SPEC_BIG_INT);
        bool t = COMPARED(int_small_value(a), int_small_value(b), ARG());
        sp--;
        DECREF(a);
        DECREF(b);
        SET_TOP(bool_from(t));
        DISPATCH();
    }

    TARGET(COMPARE_OP_FLOAT) {
        Object *b = TOP(), *a = SECOND();
        DEOPT_IF(TYPE(a) != &FloatType || TYPE(b) != &FloatType, COMPARE_OP, SPEC_OPERAND_TYPES);
        bool t = COMPARED(FLOAT_VALUE(a), FLOAT_VALUE(b), ARG());
        sp--;
        DECREF(a);
        DECREF(b);
        SET_TOP(bool_from(t));
        DISPATCH();
    }

    TARGET(COMPARE_OP_STR) {
        Object *b = TOP(), *a = SECOND();
        DEOPT_IF(!str_check_exact(a) || !str_check_exact(b), COMPARE_OP, SPEC_OPERAND_TYPES);
        bool t = str_eq(a, b) == (ARG() == CMP_EQ);
        sp--;
        DECREF(a);
        DECREF(b);
        SET_TOP(bool_from(t));
        DISPATCH();
    }

    TARGET(BINARY_SUBSCR_LIST_INT) {
        Object *key = TOP(), *container = SECOND();
        DEOPT_IF(!list_check_exact(container) || !int_check_exact(key), BINARY_SUBSCR, SPEC_OPERAND_TYPES);
        int64_t i = int_is_small(key) ? int_small_value(key) : -1;
        DEOPT_IF(i < 0 || (uint64_t)i >= LIST_SIZE(container), BINARY_SUBSCR, SPEC_OUT_OF_RANGE);
        Object *r = NEWREF(LIST_GET(container, i));
        sp--;
        DECREF(key);
        DECREF(container);
        SET_TOP(r);
        DISPATCH();
    }

    TARGET(BINARY_SUBSCR_TUPLE_INT) {
        Object *key = TOP(), *container = SECOND();
        DEOPT_IF(!tuple_check_exact(container) || !int_check_exact(key), BINARY_SUBSCR, SPEC_OPERAND_TYPES);
        int64_t i = int_is_small(key) ? int_small_value(key) : -1;
        DEOPT_IF(i < 0 || (uint64_t)i >= TUPLE_SIZE(container), BINARY_SUBSCR, SPEC_OUT_OF_RANGE);
        Object *r = NEWREF(TUPLE_GET(container, i));
        sp--;
        DECREF(key);
        DECREF(container);
        SET_TOP(r);
        DISPATCH();
    }

    TARGET(BINARY_SUBSCR_DICT) {
        Object *key = TOP(), *container = SECOND();
        DEOPT_IF(!dict_check_exact(container), BINARY_SUBSCR, SPEC_OPERAND_TYPES);
        Object *r = dict_get_borrowed(ts, container, key);
        if (r) INCREF(r);
        else if (!err_occurred(ts)) err_set_object(ts, &ExcKeyError, key);
        sp--;
        DECREF(key);
        DECREF(container);
        SET_TOP(r);
        if (!r) { sp--; goto error; }
        DISPATCH();
    }

    TARGET(STORE_SUBSCR_LIST_INT) {
        Object *key = TOP(), *container = SECOND(), *v = PEEK(3);
        DEOPT_IF(!list_check_exact(container) || !int_check_exact(key), STORE_SUBSCR, SPEC_OPERAND_TYPES);
        int64_t i = int_is_small(key) ? int_small_value(key) : -1;
        DEOPT_IF(i < 0 || (uint64_t)i >= LIST_SIZE(container), STORE_SUBSCR, SPEC_OUT_OF_RANGE);
        sp -= 3;
        REF_REASON(v, MEM_STORED_IN, NULL, container);
        Object **slot = &((ListObject *)container)->items[i];
        Object *old = *slot;
        *slot = v;                    /* the stack's reference moves in */
        DECREF(old);
        DECREF(key);
        DECREF(container);
        DISPATCH();
    }

    TARGET(STORE_SUBSCR_DICT) {
        Object *key = TOP(), *container = SECOND(), *v = PEEK(3);
        DEOPT_IF(!dict_check_exact(container), STORE_SUBSCR, SPEC_OPERAND_TYPES);
        sp -= 3;
        REF_REASON(v, MEM_STORED_IN, NULL, container);
        int r = store_in_dict(ts, container, key, v, NARRATING(TRACE_MEM));
        DECREF(key);
        DECREF(container);
        DECREF(v);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(UNPACK_SEQUENCE_TWO_TUPLE) {
        Object *seq = TOP();
        DEOPT_IF(!tuple_check_exact(seq) || TUPLE_SIZE(seq) != 2, UNPACK_SEQUENCE, SPEC_OPERAND_TYPES);
        SET_TOP(NEWREF(TUPLE_GET(seq, 1)));
        PUSH(NEWREF(TUPLE_GET(seq, 0)));
        DECREF(seq);
        DISPATCH();
    }

    TARGET(FOR_ITER_LIST) {
        ListIterObject *it = (ListIterObject *)TOP();
        DEOPT_IF(TYPE(it) != &ListIterType || it->reversed, FOR_ITER, SPEC_OTHER_TYPE);
        if (it->seq && it->index < LIST_SIZE(it->seq)) {
            PUSH(NEWREF(LIST_GET(it->seq, it->index++)));
            DISPATCH();
        }
        CLEAR(it->seq);                  /* exhausted, as list_iterator's next leaves it */
        sp--;
        DECREF(it);
        ip += ARG();
        DISPATCH();
    }

    TARGET(FOR_ITER_RANGE) {
        RangeIterObject *it = (RangeIterObject *)TOP();
        DEOPT_IF(TYPE(it) != &RangeIterType || it->bnext, FOR_ITER, SPEC_OTHER_TYPE);
        if (it->remaining > 0) {
            int64_t v = it->next;
            it->next += it->step;
            it->remaining--;
            Object *r = int_from_i64(ts, v);
            if (!r) goto error;
            PUSH(r);
            DISPATCH();
        }
        sp--;
        DECREF(it);
        ip += ARG();
        DISPATCH();
    }

    TARGET(CALL_PY_EXACT_ARGS) {
        CALL_OPERANDS();
        DEOPT_IF(kwnames, CALL, SPEC_KEYWORDS);
        DEOPT_IF(TYPE(callable) != &FunctionType, CALL, SPEC_NOT_A_FUNCTION);
        FunctionObject *func = (FunctionObject *)callable;
        CodeObject *fco = (CodeObject *)func->code;
        DEOPT_IF((fco->flags & CO_RESUMABLE) || !code_takes_exactly(fco, nargs), CALL, SPEC_ARGUMENTS);
        if (NARRATING(TRACE_MEM)) narrate_call(ts, base, n);
        SAVE();
        Frame *nf = call_frame_new(ts, func, (int)nargs);
        if (!nf) {
            for (Object **p = base; p < sp; p++) XDECREF(*p);
            sp = base;
            goto error;
        }
        for (size_t i = 0; i < nargs; i++) nf->localsplus[i] = args[i];   /* the arguments move in */
        DECREF(callable);
        sp = base;
        ENTER_FRAME(nf);
    }

    /* Vec(1, 2): the instance is made here and left where the class was on
     * the stack, and __init__'s frame is entered in this loop instead of
     * through the class's __call__ in C; return_from_frame makes the
     * instance the call's result once __init__ returns None. */
    TARGET(CALL_ALLOC_AND_ENTER_INIT) {
        uint32_t n = ARG();
        Object **base = sp - n - 2;         /* [NULL, class, args] */
        Object **args = base + 2;
        InlineCache *c = CACHE();
        DEOPT_IF(base[0] || kwnames, CALL, SPEC_KEYWORDS);
        TypeObject *cls = (TypeObject *)base[1];
        DEOPT_IF((Object *)cls != c->owner, CALL, SPEC_OTHER_TYPE);
        DEOPT_IF(c->version != type_epoch, CALL, SPEC_CLASS_CHANGED);
        FunctionObject *init = (FunctionObject *)c->value;
        DEOPT_IF(!code_takes_exactly((CodeObject *)init->code, n + 1), CALL, SPEC_ARGUMENTS);
        if (NARRATING(TRACE_MEM)) narrate_call(ts, base, n);
        SAVE();
        /* held: making the instance may collect, and a finalizer may take
         * __init__ off the class */
        INCREF((Object *)init);
        Object *obj = object_new(ts, cls, args, n, NULL);
        Frame *nf = obj ? call_frame_new(ts, init, (int)n + 1) : NULL;
        DECREF((Object *)init);                           /* the frame holds it now */
        if (!nf) {
            XDECREF(obj);
            for (Object **p = base; p < sp; p++) XDECREF(*p);
            sp = base;
            goto error;
        }
        nf->is_init = true;
        nf->localsplus[0] = NEWREF(obj);                  /* self; the stack keeps obj */
        for (uint32_t i = 0; i < n; i++) nf->localsplus[i + 1] = args[i];   /* the arguments move in */
        base[0] = obj;                                    /* where the result goes */
        DECREF((Object *)cls);
        sp = base + 1;
        ENTER_FRAME(nf);
    }

    TARGET(CALL_BUILTIN_FAST) {
        CALL_OPERANDS();
        DEOPT_IF(kwnames, CALL, SPEC_KEYWORDS);
        DEOPT_IF(TYPE(callable) != &BuiltinFunctionType, CALL, SPEC_NOT_A_FUNCTION);
        if (NARRATING(TRACE_MEM)) narrate_call(ts, base, n);
        SAVE();
        Object *r = BuiltinFunctionType.call(ts, callable, args, nargs, NULL);
        for (Object **p = base; p < sp; p++) XDECREF(*p);
        sp = base;
        if (!r) goto error;
        PUSH(r);
        CHECK_BREAKER();
        DISPATCH();
    }

#ifndef MINIPY_COMPUTED_GOTO
    default:
        fatal_error("unknown opcode %d", INSTR_OP(word));
    }
#endif

return_from_frame: {
        SAVE();                 /* the line it returned from: f_lineno of a frame object that outlives it */
        if (NARRATING(TRACE_CALL)) narrate_flow(ts, f, EV_RETURN, retval, INDEX());
        ts->recursion_depth--;
        f->suspended = false;
        if (f->is_entry) {
            ts->frame = f->back;
            return retval;
        }
        Frame *caller = f->back;
        bool was_init = f->is_init;
        if (LIKELY(sp == frame_stack_base(f) && !f->owns_code && !f->locals && !f->frame_obj)) {
            /* the common case, a function returning: only locals and func,
             * each slot emptied before its reference goes, since a __del__
             * that runs meanwhile may look at this frame (sys._getframe, a
             * traceback, the browser view's snapshot) */
            for (int i = 0; i < co->nlocalsplus; i++) CLEAR(locals[i]);
            CLEAR(f->func);
            if (UNLIKELY(f->frame_obj)) frame_object_forget(f);   /* made by a __del__ just now */
        } else {
            frame_clear(f);
        }
        frame_release(ts, f);
        f = caller;
        ts->frame = f;
        LOAD_FRAME();
        if (UNLIKELY(was_init)) {
            /* CALL_ALLOC_AND_ENTER_INIT: the instance on the stack is the
             * result; what __init__ returned must be None (the check type's
             * __call__ makes) */
            Object *r = retval;
            retval = NULL;
            if (r != None) {
                err_format(ts, &ExcTypeError, "__init__() should return None, not '%s'", TYPE_NAME(r));
                DECREF(r);
                goto error;
            }
            DECREF(r);
            DISPATCH();
        }
        PUSH(retval);
        retval = NULL;
        DISPATCH();
    }

error: {
        f->sp = sp;
        int index = (int)(ip - co->code) - 1;
        if (index < 0) index = 0;
        if (!ts->exc) err_set_string(ts, &ExcSystemError, "error return without exception set");
        if (!reraise) {
            exc_add_traceback(ts, ts->exc, (Object *)co, f->globals, frame_object(ts, f), index,
                              code_line(co, index));
            if (NARRATING(TRACE_CALL)) narrate_raise(ts, f, index, ts->exc);
        }
        reraise = false;
        kwnames = NULL;
        /* once a limit is reached (runtime/limits.h) no handler runs: the
         * program cannot catch its way past it, not even with finally */
        const ExcEntry *h = UNLIKELY(ts->interp->limit_hit) ? NULL : code_find_handler(co, (uint32_t)index);
        if (h) {
            Object **target = frame_stack_base(f) + h->depth;
            while (sp > target) {
                Object *v = POP();
                XDECREF(v);
            }
            PUSH(err_fetch(ts));
            ip = co->code + h->handler;
            DISPATCH();
        }
        /* no handler here: leave the frame and look in the caller */
        if (NARRATING(TRACE_CALL)) narrate_flow(ts, f, EV_EXIT, ts->exc, index);
        ts->recursion_depth--;
        f->suspended = false;
        if (f->is_entry) {
            ts->frame = f->back;
            while (sp > frame_stack_base(f)) {
                Object *v = POP();
                XDECREF(v);
            }
            f->sp = sp;
            return NULL;
        }
        Frame *caller = f->back;
        frame_clear(f);
        frame_release(ts, f);
        f = caller;
        ts->frame = f;
        LOAD_FRAME();
        goto error;
    }
}
