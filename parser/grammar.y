/* grammar.y -- Python 3.11's syntax as an
 * LALR(1) bison grammar whose actions build the syntax tree.
 *
 * Lesson 2 (the pipeline): tokens -> *syntax tree*. CPython parses with a
 * PEG parser; an LALR grammar needs the older CPython trick instead: parse a
 * target as an ordinary expression (`a[i], b.c = ...`) and check it in the
 * action (ast_set_target in actions.c), which is also where CPython-style
 * messages such as "cannot assign to function call here" come from.
 * Parameter lists, call arguments and string concatenation are likewise
 * collected as flat lists here and checked in C.
 *
 * The grammar is stratified by precedence (test > or_test > and_test >
 * not_test > comparison > expr > ... > power > atom_expr > atom), so no
 * %left/%right declarations are needed and `%expect 0` holds.
 *
 * Memory: every semantic value is an arena pointer (ast.h), so a failed
 * parse leaks nothing and no %destructor is needed (STYLE.md suggests one
 * for malloc'd nodes; the arena makes it unnecessary).
 *
 * Errors: `parse.error custom` hands each syntax error to
 * yyreport_syntax_error (parse.c), which records the offending token and
 * the expected set; parse.c then explains it the way CPython 3.11 does.
 * Start reading at `start`.
 */
%define api.pure full
%define api.token.prefix {T_}
%define parse.error custom
%define parse.lac full
%locations
%param {Parser *p}
%expect 0

%code requires {
#include "parser/ast.h"
typedef struct Parser Parser;
typedef struct Seq Seq;
typedef struct StrTok StrTok;
#define YYLTYPE Loc
typedef struct Loc Loc;
struct Loc { int first_line, first_column, last_line, last_column; };
#define YYLTYPE_IS_DECLARED 1
#define YYLTYPE_IS_TRIVIAL 1
}

%code {
#include "parser/pstate.h"
int yylex(YYSTYPE *lval, YYLTYPE *lloc, Parser *p);
void yyerror(YYLTYPE *lloc, Parser *p, const char *msg);
#define N(kind, l) ast_node(p, NODE_##kind, l)
#define FAIL_IF(cond) do { if (cond) YYABORT; } while (0)
/* The stack is on the heap. Its bound is only a backstop: CPython's parser
 * gives up (MemoryError) far sooner, and parser/nesting.c says when; a
 * program that fills this stack is deeper still, and gets the same error. */
#define YYMAXDEPTH 200000
/* bison's stacks, past their first 200 entries: freed even when a parse
 * is abandoned for want of memory (parse.c) */
#define YYMALLOC parse_stack_alloc
#define YYFREE parse_stack_free
static Loc span(Loc a, Loc b)
{
    Loc l = {a.first_line, a.first_column, b.last_line, b.last_column};
    return l;
}
}

%union {
    Node *node;
    Seq *seq;
    const char *str;
    StrTok *strtok;
    int op;
    void *param;
}

%token START_FILE START_INTERACTIVE START_EVAL START_FSTRING
%token <str> NAME
%token <node> NUMBER
%token <strtok> STRING
%token NEWLINE INDENT DEDENT ERRORTOKEN
%token FALSE "'False'" NONE "'None'" TRUE "'True'" AND "'and'" AS "'as'"
       ASSERT "'assert'" ASYNC "'async'" AWAIT "'await'" BREAK "'break'"
       CLASS "'class'" CONTINUE "'continue'" DEF "'def'" DEL "'del'"
       ELIF "'elif'" ELSE "'else'" EXCEPT "'except'" FINALLY "'finally'"
       FOR "'for'" FROM "'from'" GLOBAL "'global'" IF "'if'"
       IMPORT "'import'" IN "'in'" IS "'is'" LAMBDA "'lambda'"
       NONLOCAL "'nonlocal'" NOT "'not'" OR "'or'" PASS "'pass'"
       RAISE "'raise'" RETURN "'return'" TRY "'try'" WHILE "'while'"
       WITH "'with'" YIELD "'yield'"
%token LPAR "'('" RPAR "')'" LSQB "'['" RSQB "']'" LBRACE "'{'"
       RBRACE "'}'" COLON "':'" COMMA "','" SEMI "';'" PLUS "'+'"
       MINUS "'-'" STAR "'*'" SLASH "'/'" VBAR "'|'" AMPER "'&'"
       LESS "'<'" GREATER "'>'" EQUAL "'='" DOT "'.'" PERCENT "'%'"
       EQEQUAL "'=='" NOTEQUAL "'!='" LESSEQUAL "'<='"
       GREATEREQUAL "'>='" TILDE "'~'" CIRCUMFLEX "'^'"
       LEFTSHIFT "'<<'" RIGHTSHIFT "'>>'" DOUBLESTAR "'**'"
       PLUSEQUAL "'+='" MINEQUAL "'-='" STAREQUAL "'*='"
       SLASHEQUAL "'/='" PERCENTEQUAL "'%='" AMPEREQUAL "'&='"
       VBAREQUAL "'|='" CIRCUMFLEXEQUAL "'^='" LEFTSHIFTEQUAL "'<<='"
       RIGHTSHIFTEQUAL "'>>='" DOUBLESTAREQUAL "'**='"
       DOUBLESLASH "'//'" DOUBLESLASHEQUAL "'//='" AT "'@'"
       ATEQUAL "'@='" RARROW "'->'" ELLIPSIS "'...'" COLONEQUAL "':='"
       WITH_LPAR "'(' after 'with'"
/* soft keywords: yylex (parse.c) hands `match` and `case` over as these
 * only where they start a match statement or one of its cases */
%token MATCH "'match'" CASE "'case'"

%type <seq> stmts_opt stmt stmts simple_stmt small_stmts suite elif_tail
%type <seq> else_opt finally_opt handlers star_handlers mixed_handlers decorators
%type <seq> tse_items el_items tc_items arglist arglist_opt sub_items
%type <seq> dict_items set_items comp_fors comp_ifs params param_items
%type <seq> lparams lparam_items with_items names dotted_as_names
%type <seq> import_as_names assign_chain istmts exprlist tl_items
%type <node> small_stmt expr_stmt compound_stmt if_stmt while_stmt for_stmt
%type <node> try_stmt with_stmt funcdef classdef decorated decorator handler star_handler
%type <node> with_item del_stmt return_stmt raise_stmt global_stmt
%type <node> nonlocal_stmt assert_stmt import_stmt import_name import_from
%type <node> dotted_as_name import_as_name ret_opt rhs
%type <node> testlist_star_expr test_or_star star_expr namedexpr_test test
%type <node> or_test and_test not_test comparison cmp_chain expr xor_expr
%type <node> and_expr shift_expr arith term factor power atom_expr atom
%type <node> or_chain and_chain named_or_star expr_or_star lambdef yield_expr
%type <node> testlist_comp argument subscriptlist subscript opt_test
%type <node> dictorsetmaker dict_elem comp_for tfpdef import_targets
%type <node> expr_or_star_target testlist for_target funcdef_head lambda_head
%type <node> async_stmt await_primary
%type <node> match_stmt match_subject case_block guard_opt patterns pattern
%type <node> or_pattern closed_pattern maybe_star_pattern literal_pattern
%type <node> signed_number complex_number name_or_attr attr class_arg map_key map_item
%type <seq> case_blocks pat_items or_items class_args map_items
%type <param> param_item lparam_item
%type <strtok> strings
%type <str> dotted_name
%type <op> augassign comp_op dots

%start start

%%

start:
    START_FILE stmts_opt
        { p->result = N(Module, @2); p->result->v.Module.body = ast_list($2); }
  | START_INTERACTIVE istmts
        { p->result = N(Interactive, @2);
          p->result->v.Interactive.body = ast_list($2); }
  | START_EVAL testlist newlines_opt
        { p->result = N(Expression, @2); p->result->v.Expression.body = $2; }
  | START_FSTRING testlist newlines_opt
        { p->result = $2; }
  ;

newlines_opt: %empty | newlines_opt NEWLINE ;

stmts_opt:
    %empty                  { $$ = ast_seq(p); }
  | stmts_opt stmt          { $$ = ast_seq_concat(p, $1, $2); }
  | stmts_opt NEWLINE       { $$ = $1; }
  ;

istmts:
    %empty                  { $$ = ast_seq(p); }
  | istmts stmt             { $$ = ast_seq_concat(p, $1, $2); p->entries++; }
  | istmts NEWLINE          { $$ = $1; }
  ;

stmt:
    simple_stmt             { $$ = $1; }
  | compound_stmt           { $$ = ast_seq_push(p, ast_seq(p), $1); }
  ;

stmts:
    stmt                    { $$ = $1; }
  | stmts stmt              { $$ = ast_seq_concat(p, $1, $2); }
  ;

simple_stmt:
    small_stmts NEWLINE     { $$ = $1; }
  | small_stmts SEMI NEWLINE { $$ = $1; }
  ;

small_stmts:
    small_stmt              { $$ = ast_seq_push(p, ast_seq(p), $1); }
  | small_stmts SEMI small_stmt { $$ = ast_seq_push(p, $1, $3); }
  ;

small_stmt:
    expr_stmt
  | del_stmt
  | PASS                    { $$ = N(Pass, @1); }
  | BREAK                   { $$ = N(Break, @1); }
  | CONTINUE                { $$ = N(Continue, @1); }
  | return_stmt
  | raise_stmt
  | global_stmt
  | nonlocal_stmt
  | assert_stmt
  | import_stmt
  ;

/* ---- expression statements and assignments ---- */

expr_stmt:
    testlist_star_expr
        { $$ = N(Expr, @$); $$->v.Expr.value = ast_value(p, $1); }
  | yield_expr
        { $$ = N(Expr, @$); $$->v.Expr.value = $1; }
  | testlist_star_expr augassign rhs
        { FAIL_IF(!ast_check_aug_target(p, $1));
          $$ = N(AugAssign, @$); $$->v.AugAssign.target = $1;
          $$->v.AugAssign.op = (BinOpKind)$2;
          $$->v.AugAssign.value = ast_value(p, $3); }
  | testlist_star_expr COLON test
        { FAIL_IF(!ast_check_ann_target(p, $1, @2));
          $$ = N(AnnAssign, @$); $$->v.AnnAssign.target = $1;
          $$->v.AnnAssign.annotation = $3;
          $$->v.AnnAssign.simple = $1->kind == NODE_Name &&
                                   $1->col_offset == @1.first_column &&
                                   $1->lineno == @1.first_line; }
  | testlist_star_expr COLON test EQUAL rhs
        { FAIL_IF(!ast_check_ann_target(p, $1, @2));
          $$ = N(AnnAssign, @$); $$->v.AnnAssign.target = $1;
          $$->v.AnnAssign.annotation = $3;
          $$->v.AnnAssign.value = ast_value(p, $5);
          $$->v.AnnAssign.simple = $1->kind == NODE_Name &&
                                   $1->col_offset == @1.first_column &&
                                   $1->lineno == @1.first_line; }
  | assign_chain
        { $$ = ast_assign(p, $1, @$); FAIL_IF(!$$); }
  ;

assign_chain:
    testlist_star_expr EQUAL rhs
        { $$ = ast_seq_push(p, ast_seq_push(p, ast_seq(p), $1), $3); }
  | yield_expr EQUAL rhs
        { $$ = ast_seq_push(p, ast_seq_push(p, ast_seq(p), $1), $3); }
  | assign_chain EQUAL rhs  { $$ = ast_seq_push(p, $1, $3); }
  ;

rhs: yield_expr | testlist_star_expr ;

augassign:
    PLUSEQUAL { $$ = OP_Add; } | MINEQUAL { $$ = OP_Sub; }
  | STAREQUAL { $$ = OP_Mult; } | ATEQUAL { $$ = OP_MatMult; }
  | SLASHEQUAL { $$ = OP_Div; } | PERCENTEQUAL { $$ = OP_Mod; }
  | AMPEREQUAL { $$ = OP_BitAnd; } | VBAREQUAL { $$ = OP_BitOr; }
  | CIRCUMFLEXEQUAL { $$ = OP_BitXor; } | LEFTSHIFTEQUAL { $$ = OP_LShift; }
  | RIGHTSHIFTEQUAL { $$ = OP_RShift; } | DOUBLESTAREQUAL { $$ = OP_Pow; }
  | DOUBLESLASHEQUAL { $$ = OP_FloorDiv; }
  ;

testlist_star_expr:
    tse_items               { $$ = ast_tuple_or_item(p, $1, @$); }
  | tse_items COMMA         { $1->comma = true; $$ = ast_tuple_or_item(p, $1, @$); }
  ;

tse_items:
    test_or_star            { $$ = ast_seq_push(p, ast_seq(p), $1); }
  | tse_items COMMA test_or_star { $$ = ast_seq_push(p, $1, $3); }
  ;

test_or_star: test | star_expr ;

star_expr:
    STAR expr               { $$ = ast_starred(p, $2, @$); }
  ;

testlist:
    tl_items                { $$ = ast_tuple_or_item(p, $1, @$); }
  | tl_items COMMA          { $1->comma = true; $$ = ast_tuple_or_item(p, $1, @$); }
  ;

tl_items:
    test                    { $$ = ast_seq_push(p, ast_seq(p), $1); }
  | tl_items COMMA test     { $$ = ast_seq_push(p, $1, $3); }
  ;

/* ---- simple statements ---- */

del_stmt:
    DEL exprlist
        { $$ = N(Delete, @$);
          for (int i = 0; i < $2->count; i++)
              FAIL_IF(!ast_set_target(p, $2->items[i], CTX_Del, TARGET_DEL));
          $$->v.Delete.targets = ast_list($2); }
  ;

return_stmt:
    RETURN                  { $$ = N(Return, @$); }
  | RETURN testlist_star_expr
        { $$ = N(Return, @$); $$->v.Return.value = ast_value(p, $2); }
  ;

raise_stmt:
    RAISE                   { $$ = N(Raise, @$); }
  | RAISE test              { $$ = N(Raise, @$); $$->v.Raise.exc = $2; }
  | RAISE test FROM test
        { $$ = N(Raise, @$); $$->v.Raise.exc = $2; $$->v.Raise.cause = $4; }
  ;

global_stmt:
    GLOBAL names            { $$ = N(Global, @$); $$->v.Global.names = ast_idlist($2); }
  ;

nonlocal_stmt:
    NONLOCAL names          { $$ = N(Nonlocal, @$); $$->v.Nonlocal.names = ast_idlist($2); }
  ;

names:
    NAME                    { $$ = ast_seq_push(p, ast_seq(p), (void *)$1); }
  | names COMMA NAME        { $$ = ast_seq_push(p, $1, (void *)$3); }
  ;

assert_stmt:
    ASSERT test             { $$ = N(Assert, @$); $$->v.Assert.test = $2; }
  | ASSERT test COMMA test
        { $$ = N(Assert, @$); $$->v.Assert.test = $2; $$->v.Assert.msg = $4; }
  ;

import_stmt: import_name | import_from ;

import_name:
    IMPORT dotted_as_names  { $$ = N(Import, @$); $$->v.Import.names = ast_list($2); }
  ;

dotted_as_names:
    dotted_as_name          { $$ = ast_seq_push(p, ast_seq(p), $1); }
  | dotted_as_names COMMA dotted_as_name { $$ = ast_seq_push(p, $1, $3); }
  ;

dotted_as_name:
    dotted_name             { $$ = ast_alias(p, $1, NULL, @$); }
  | dotted_name AS NAME     { $$ = ast_alias(p, $1, $3, @$); }
  ;

dotted_name:
    NAME                    { $$ = $1; }
  | dotted_name DOT NAME    { $$ = ast_dotted(p, $1, $3); }
  ;

import_from:
    FROM dotted_name IMPORT import_targets
        { $$ = N(ImportFrom, @$); $$->v.ImportFrom.module = $2;
          $$->v.ImportFrom.names = $4->v.Module.body; }
  | FROM dots dotted_name IMPORT import_targets
        { $$ = N(ImportFrom, @$); $$->v.ImportFrom.module = $3;
          $$->v.ImportFrom.level = $2;
          $$->v.ImportFrom.names = $5->v.Module.body; }
  | FROM dots IMPORT import_targets
        { $$ = N(ImportFrom, @$); $$->v.ImportFrom.level = $2;
          $$->v.ImportFrom.names = $4->v.Module.body; }
  ;

dots:
    DOT                     { $$ = 1; }
  | ELLIPSIS                { $$ = 3; }
  | dots DOT                { $$ = $1 + 1; }
  | dots ELLIPSIS           { $$ = $1 + 3; }
  ;

/* A Module node is used as a plain holder for the alias list. */
import_targets:
    STAR
        { $$ = N(Module, @$);
          $$->v.Module.body = ast_list(ast_seq_push(p, ast_seq(p),
                                       ast_alias(p, "*", NULL, @1))); }
  | LPAR import_as_names RPAR
        { $$ = N(Module, @$); $$->v.Module.body = ast_list($2); }
  | LPAR import_as_names COMMA RPAR
        { $$ = N(Module, @$); $$->v.Module.body = ast_list($2); }
  | import_as_names
        { $$ = N(Module, @$); $$->v.Module.body = ast_list($1); }
  ;

import_as_names:
    import_as_name          { $$ = ast_seq_push(p, ast_seq(p), $1); }
  | import_as_names COMMA import_as_name { $$ = ast_seq_push(p, $1, $3); }
  ;

import_as_name:
    NAME                    { $$ = ast_alias(p, $1, NULL, @$); }
  | NAME AS NAME            { $$ = ast_alias(p, $1, $3, @$); }
  ;

/* ---- compound statements ---- */

compound_stmt:
    if_stmt | while_stmt | for_stmt | try_stmt | with_stmt | funcdef
  | classdef | decorated | async_stmt | match_stmt
  ;

/* `async` turns the statement after it into its Async twin, which starts
 * at the keyword (actions.c). */
async_stmt:
    ASYNC funcdef           { $$ = ast_async(p, $2, @$); }
  | ASYNC with_stmt         { $$ = ast_async(p, $2, @$); }
  | ASYNC for_stmt          { $$ = ast_async(p, $2, @$); }
  ;

suite:
    simple_stmt             { $$ = $1; }
  | NEWLINE INDENT stmts DEDENT { $$ = $3; }
  ;

if_stmt:
    IF namedexpr_test COLON suite elif_tail
        { $$ = N(If, @$); $$->v.If.test = $2; $$->v.If.body = ast_list($4);
          $$->v.If.orelse = ast_list($5);
          ast_stmt_end($$, $5->count ? $5 : $4); }
  ;

elif_tail:
    %empty                  { $$ = ast_seq(p); }
  | ELSE COLON suite        { $$ = $3; }
  | ELIF namedexpr_test COLON suite elif_tail
        { Node *n = N(If, @$); n->v.If.test = $2; n->v.If.body = ast_list($4);
          n->v.If.orelse = ast_list($5);
          ast_stmt_end(n, $5->count ? $5 : $4);
          $$ = ast_seq_push(p, ast_seq(p), n); }
  ;

else_opt:
    %empty                  { $$ = ast_seq(p); }
  | ELSE COLON suite        { $$ = $3; }
  ;

while_stmt:
    WHILE namedexpr_test COLON suite else_opt
        { $$ = N(While, @$); $$->v.While.test = $2;
          $$->v.While.body = ast_list($4); $$->v.While.orelse = ast_list($5);
          ast_stmt_end($$, $5->count ? $5 : $4); }
  ;

/* The target is checked as soon as `in` is seen, before the rest: CPython
 * reports a bad target before any later error. */
for_target:
    FOR exprlist IN
        { $$ = ast_tuple_or_item(p, $2, @2);
          FAIL_IF(!ast_set_target(p, $$, CTX_Store, TARGET_FOR)); }
  ;

for_stmt:
    for_target testlist_star_expr COLON suite else_opt
        { $$ = N(For, @$); $$->v.For.target = $1;
          $$->v.For.iter = ast_value(p, $2);
          $$->v.For.body = ast_list($4); $$->v.For.orelse = ast_list($5);
          ast_stmt_end($$, $5->count ? $5 : $4); }
  ;

try_stmt:
    TRY COLON suite handlers else_opt finally_opt
        { $$ = N(Try, @$); $$->v.Try.body = ast_list($3);
          $$->v.Try.handlers = ast_list($4); $$->v.Try.orelse = ast_list($5);
          $$->v.Try.finalbody = ast_list($6);
          if ($6->count) ast_stmt_end($$, $6);
          else if ($5->count) ast_stmt_end($$, $5);
          else { Node *h = $4->items[$4->count - 1];
                 $$->end_lineno = h->end_lineno;
                 $$->end_col_offset = h->end_col_offset; } }
  | TRY COLON suite star_handlers else_opt finally_opt
        { $$ = N(TryStar, @$); $$->v.Try.body = ast_list($3);
          $$->v.Try.handlers = ast_list($4); $$->v.Try.orelse = ast_list($5);
          $$->v.Try.finalbody = ast_list($6);
          if ($6->count) ast_stmt_end($$, $6);
          else if ($5->count) ast_stmt_end($$, $5);
          else { Node *h = $4->items[$4->count - 1];
                 $$->end_lineno = h->end_lineno;
                 $$->end_col_offset = h->end_col_offset; } }
  | TRY COLON suite mixed_handlers
        { YYABORT; }
  | TRY COLON suite FINALLY COLON suite
        { $$ = N(Try, @$); $$->v.Try.body = ast_list($3);
          $$->v.Try.finalbody = ast_list($6); ast_stmt_end($$, $6); }
  ;

finally_opt:
    %empty                  { $$ = ast_seq(p); }
  | FINALLY COLON suite     { $$ = $3; }
  ;

handlers:
    handler                 { $$ = ast_seq_push(p, ast_seq(p), $1); }
  | handlers handler        { $$ = ast_seq_push(p, $1, $2); }
  ;

star_handlers:
    star_handler                { $$ = ast_seq_push(p, ast_seq(p), $1); }
  | star_handlers star_handler  { $$ = ast_seq_push(p, $1, $2); }
  ;

/* `except` after `except*` or the other way round: CPython's message, at
 * the first clause of the other kind ("except*" underlined when it is one) */
mixed_handlers:
    handlers star_handler
        { parse_error_at(p, DIAG_SYNTAX, @2.first_line, @2.first_column,
                         @2.first_line, @2.first_column + 7,
                         "cannot have both 'except' and 'except*' on the same 'try'");
          YYABORT; }
  | star_handlers handler
        { parse_error_at(p, DIAG_SYNTAX, @2.first_line, @2.first_column,
                         @2.first_line, @2.first_column + 6,
                         "cannot have both 'except' and 'except*' on the same 'try'");
          YYABORT; }
  ;

star_handler:
    EXCEPT STAR COLON
        { parse_error_at(p, DIAG_SYNTAX, @3.first_line, @3.first_column,
                         @3.last_line, @3.last_column, "expected one or more exception types");
          YYABORT; }
  | EXCEPT STAR test COLON suite
        { $$ = N(ExceptHandler, @$); $$->v.ExceptHandler.type = $3;
          $$->v.ExceptHandler.body = ast_list($5); ast_stmt_end($$, $5); }
  | EXCEPT STAR test AS NAME COLON suite
        { $$ = N(ExceptHandler, @$); $$->v.ExceptHandler.type = $3;
          $$->v.ExceptHandler.name = $5;
          $$->v.ExceptHandler.body = ast_list($7); ast_stmt_end($$, $7); }
  ;

handler:
    EXCEPT COLON suite
        { $$ = N(ExceptHandler, @$); $$->v.ExceptHandler.body = ast_list($3);
          ast_stmt_end($$, $3); }
  | EXCEPT test COLON suite
        { $$ = N(ExceptHandler, @$); $$->v.ExceptHandler.type = $2;
          $$->v.ExceptHandler.body = ast_list($4); ast_stmt_end($$, $4); }
  | EXCEPT test AS NAME COLON suite
        { $$ = N(ExceptHandler, @$); $$->v.ExceptHandler.type = $2;
          $$->v.ExceptHandler.name = $4;
          $$->v.ExceptHandler.body = ast_list($6); ast_stmt_end($$, $6); }
  ;

with_stmt:
    WITH with_items COLON suite
        { $$ = ast_with(p, $2, $4, @$); FAIL_IF(!$$); }
  | WITH WITH_LPAR with_items RPAR COLON suite
        { $$ = ast_with(p, $3, $6, @$); FAIL_IF(!$$); }
  | WITH WITH_LPAR with_items COMMA RPAR COLON suite
        { $$ = ast_with(p, $3, $7, @$); FAIL_IF(!$$); }
  ;

with_items:
    with_item               { $$ = ast_seq_push(p, ast_seq(p), $1); }
  | with_items COMMA with_item { $$ = ast_seq_push(p, $1, $3); }
  ;

with_item:
    test
        { $$ = ast_node(p, NODE_withitem, @$);
          $$->v.withitem.context_expr = $1; }
  | test AS expr_or_star_target
        { FAIL_IF(!ast_set_target(p, $3, CTX_Store, TARGET_WITH));
          $$ = ast_node(p, NODE_withitem, @$);
          $$->v.withitem.context_expr = $1;
          $$->v.withitem.optional_vars = $3; }
  ;

expr_or_star_target: expr ;

/* Parameters are checked as soon as the ')' is seen. */
funcdef_head:
    DEF NAME LPAR params RPAR
        { $$ = N(FunctionDef, @$); $$->v.FunctionDef.name = $2;
          $$->v.FunctionDef.args = ast_arguments(p, $4, false, @5);
          FAIL_IF(!$$->v.FunctionDef.args); }
  ;

funcdef:
    funcdef_head ret_opt COLON suite
        { $$ = $1; $$->v.FunctionDef.body = ast_list($4);
          $$->v.FunctionDef.returns = $2; ast_stmt_end($$, $4); }
  ;

ret_opt:
    %empty                  { $$ = NULL; }
  | RARROW test             { $$ = $2; }
  ;

params:
    %empty                  { $$ = ast_seq(p); }
  | param_items             { $$ = $1; }
  | param_items COMMA       { $$ = $1; }
  ;

param_items:
    param_item              { $$ = ast_seq_push(p, ast_seq(p), $1); }
  | param_items COMMA param_item { $$ = ast_seq_push(p, $1, $3); }
  ;

param_item:
    tfpdef                  { $$ = ast_param(p, PARAM_PLAIN, $1, NULL, @$); }
  | tfpdef EQUAL test       { $$ = ast_param(p, PARAM_PLAIN, $1, $3, @$); }
  | STAR                    { $$ = ast_param(p, PARAM_STAR, NULL, NULL, @$); }
  | STAR tfpdef             { $$ = ast_param(p, PARAM_STAR, $2, NULL, @$); }
  | STAR tfpdef EQUAL test  { $$ = ast_param(p, PARAM_STAR, $2, $4, @$); }
    /* *args: *Ts (PEP 646): a starred annotation, for *args alone */
  | STAR NAME COLON star_expr { $$ = ast_param(p, PARAM_STAR, ast_arg(p, $2, $4, span(@2, @4)), NULL, @$); }
  | DOUBLESTAR tfpdef       { $$ = ast_param(p, PARAM_DSTAR, $2, NULL, @$); }
  | DOUBLESTAR tfpdef EQUAL test { $$ = ast_param(p, PARAM_DSTAR, $2, $4, @$); }
  | SLASH                   { $$ = ast_param(p, PARAM_SLASH, NULL, NULL, @$); }
  ;

tfpdef:
    NAME                    { $$ = ast_arg(p, $1, NULL, @$); }
  | NAME COLON test         { $$ = ast_arg(p, $1, $3, @$); }
  ;

lambda_head:
    LAMBDA lparams COLON
        { $$ = N(Lambda, @$); $$->v.Lambda.args = ast_arguments(p, $2, true, @3);
          FAIL_IF(!$$->v.Lambda.args); }
  ;

lambdef:
    lambda_head test
        { $$ = $1; $$->v.Lambda.body = $2;
          $$->end_lineno = @2.last_line; $$->end_col_offset = @2.last_column; }
  ;

lparams:
    %empty                  { $$ = ast_seq(p); }
  | lparam_items            { $$ = $1; }
  | lparam_items COMMA      { $$ = $1; }
  ;

lparam_items:
    lparam_item             { $$ = ast_seq_push(p, ast_seq(p), $1); }
  | lparam_items COMMA lparam_item { $$ = ast_seq_push(p, $1, $3); }
  ;

lparam_item:
    NAME            { $$ = ast_param(p, PARAM_PLAIN, ast_arg(p, $1, NULL, @1), NULL, @$); }
  | NAME EQUAL test { $$ = ast_param(p, PARAM_PLAIN, ast_arg(p, $1, NULL, @1), $3, @$); }
  | STAR            { $$ = ast_param(p, PARAM_STAR, NULL, NULL, @$); }
  | STAR NAME       { $$ = ast_param(p, PARAM_STAR, ast_arg(p, $2, NULL, @2), NULL, @$); }
  | STAR NAME EQUAL test
                    { $$ = ast_param(p, PARAM_STAR, ast_arg(p, $2, NULL, @2), $4, @$); }
  | DOUBLESTAR NAME { $$ = ast_param(p, PARAM_DSTAR, ast_arg(p, $2, NULL, @2), NULL, @$); }
  | DOUBLESTAR NAME EQUAL test
                    { $$ = ast_param(p, PARAM_DSTAR, ast_arg(p, $2, NULL, @2), $4, @$); }
  | SLASH           { $$ = ast_param(p, PARAM_SLASH, NULL, NULL, @$); }
  ;

classdef:
    CLASS NAME COLON suite
        { $$ = N(ClassDef, @$); $$->v.ClassDef.name = $2;
          $$->v.ClassDef.body = ast_list($4); ast_stmt_end($$, $4); }
  | CLASS NAME LPAR arglist_opt RPAR COLON suite
        { Node *c = ast_call(p, NULL, $4, @$, span(@3, @5)); FAIL_IF(!c);
          $$ = N(ClassDef, @$); $$->v.ClassDef.name = $2;
          $$->v.ClassDef.bases = c->v.Call.args;
          $$->v.ClassDef.keywords = c->v.Call.keywords;
          $$->v.ClassDef.body = ast_list($7); ast_stmt_end($$, $7); }
  ;

decorated:
    decorators funcdef
        { $$ = $2; $$->v.FunctionDef.decorator_list = ast_list($1); }
  | decorators ASYNC funcdef
        { $$ = ast_async(p, $3, span(@2, @3));
          $$->v.FunctionDef.decorator_list = ast_list($1); }
  | decorators classdef
        { $$ = $2; $$->v.ClassDef.decorator_list = ast_list($1); }
  ;

decorators:
    decorator               { $$ = ast_seq_push(p, ast_seq(p), $1); }
  | decorators decorator    { $$ = ast_seq_push(p, $1, $2); }
  ;

decorator:
    AT namedexpr_test NEWLINE { $$ = $2; }
  ;

/* ---- the match statement (PEP 634) ----
 * Patterns look like expressions but are their own little language: they
 * have their own nodes (MatchAs, MatchSequence, ...) and their own rules
 * here, reached only after the soft keyword `case`. The checks that need a
 * whole pattern (a keyword sub-pattern before a positional one, `_` as an
 * `as` target) are in parser/patterns.c. */

match_stmt:
    MATCH match_subject COLON NEWLINE INDENT case_blocks DEDENT
        { $$ = ast_match(p, $2, $6, @$); }
  ;

match_subject:
    tc_items                { $$ = ast_match_subject(p, $1, @$); FAIL_IF(!$$); }
  | tc_items COMMA          { $1->comma = true; $$ = ast_match_subject(p, $1, @$); FAIL_IF(!$$); }
  ;

case_blocks:
    case_block              { $$ = ast_seq_push(p, ast_seq(p), $1); }
  | case_blocks case_block  { $$ = ast_seq_push(p, $1, $2); }
  ;

case_block:
    CASE patterns guard_opt COLON suite
        { $$ = ast_node(p, NODE_match_case, @$); $$->v.match_case.pattern = $2;
          $$->v.match_case.guard = $3; $$->v.match_case.body = ast_list($5);
          ast_stmt_end($$, $5); }
  ;

guard_opt:
    %empty                  { $$ = NULL; }
  | IF namedexpr_test       { $$ = $2; }
  ;

/* `case a, *b:` is a sequence without brackets */
patterns:
    pat_items               { $$ = ast_pattern_items(p, $1, false, @$); FAIL_IF(!$$); }
  | pat_items COMMA         { $$ = ast_pattern_items(p, $1, true, @$); FAIL_IF(!$$); }
  ;

pat_items:
    maybe_star_pattern      { $$ = ast_seq_push(p, ast_seq(p), $1); }
  | pat_items COMMA maybe_star_pattern { $$ = ast_seq_push(p, $1, $3); }
  ;

maybe_star_pattern:
    pattern
  | STAR NAME               { $$ = ast_star_pattern(p, $2, @$); }
  ;

pattern:
    or_pattern
  | or_pattern AS NAME      { $$ = ast_as_pattern(p, $1, $3, @$, @3); FAIL_IF(!$$); }
  ;

or_pattern:
    closed_pattern
  | or_items                { $$ = N(MatchOr, @$); $$->v.MatchOr.patterns = ast_list($1); }
  ;

or_items:
    closed_pattern VBAR closed_pattern
        { $$ = ast_seq_push(p, ast_seq_push(p, ast_seq(p), $1), $3); }
  | or_items VBAR closed_pattern { $$ = ast_seq_push(p, $1, $3); }
  ;

closed_pattern:
    literal_pattern
  | NAME                    { $$ = ast_capture_pattern(p, $1, @$); }
  | attr                    { $$ = N(MatchValue, @$); $$->v.MatchValue.value = $1; }
  | LPAR RPAR               { $$ = N(MatchSequence, @$); }
  | LPAR pat_items RPAR     { $$ = ast_paren_pattern(p, $2, false, @$); FAIL_IF(!$$); }
  | LPAR pat_items COMMA RPAR { $$ = ast_paren_pattern(p, $2, true, @$); FAIL_IF(!$$); }
  | LSQB RSQB               { $$ = N(MatchSequence, @$); }
  | LSQB pat_items RSQB
        { $$ = N(MatchSequence, @$); $$->v.MatchSequence.patterns = ast_list($2); }
  | LSQB pat_items COMMA RSQB
        { $$ = N(MatchSequence, @$); $$->v.MatchSequence.patterns = ast_list($2); }
  | LBRACE RBRACE           { $$ = N(MatchMapping, @$); }
  | LBRACE map_items RBRACE { $$ = ast_mapping_pattern(p, $2, @$); FAIL_IF(!$$); }
  | LBRACE map_items COMMA RBRACE { $$ = ast_mapping_pattern(p, $2, @$); FAIL_IF(!$$); }
  | name_or_attr LPAR RPAR  { $$ = ast_class_pattern(p, $1, ast_seq(p), @$); FAIL_IF(!$$); }
  | name_or_attr LPAR class_args RPAR
        { $$ = ast_class_pattern(p, $1, $3, @$); FAIL_IF(!$$); }
  | name_or_attr LPAR class_args COMMA RPAR
        { $$ = ast_class_pattern(p, $1, $3, @$); FAIL_IF(!$$); }
  ;

/* MatchValue of a number, a string, or MatchSingleton of None/True/False */
literal_pattern:
    signed_number           { $$ = N(MatchValue, @$); $$->v.MatchValue.value = $1; }
  | complex_number          { $$ = N(MatchValue, @$); $$->v.MatchValue.value = $1; }
  | strings
        { Node *s = ast_strings(p, $1, @$); FAIL_IF(!s);
          $$ = N(MatchValue, @$); $$->v.MatchValue.value = s; }
  | NONE                    { $$ = N(MatchSingleton, @$); $$->v.MatchSingleton.value.kind = CONST_NONE; }
  | TRUE                    { $$ = N(MatchSingleton, @$); $$->v.MatchSingleton.value.kind = CONST_TRUE; }
  | FALSE                   { $$ = N(MatchSingleton, @$); $$->v.MatchSingleton.value.kind = CONST_FALSE; }
  ;

signed_number:
    NUMBER                  { $$ = $1; }
  | MINUS NUMBER            { $$ = ast_unop(p, UOP_USub, $2, @$); FAIL_IF(!$$); }
  ;

/* a real part, then an imaginary one: 1+2j, -1-2j */
complex_number:
    signed_number PLUS NUMBER  { $$ = ast_complex_pattern(p, $1, OP_Add, $3, @$); FAIL_IF(!$$); }
  | signed_number MINUS NUMBER { $$ = ast_complex_pattern(p, $1, OP_Sub, $3, @$); FAIL_IF(!$$); }
  ;

name_or_attr:
    NAME                    { $$ = ast_name(p, $1, @$); }
  | attr
  ;

attr:
    name_or_attr DOT NAME
        { $$ = N(Attribute, @$); $$->v.Attribute.value = $1;
          $$->v.Attribute.attr = $3; }
  ;

/* positional and keyword sub-patterns, in the order written (checked in
 * ast_class_pattern); a keyword one is a `keyword` node holding its pattern */
class_args:
    class_arg               { $$ = ast_seq_push(p, ast_seq(p), $1); }
  | class_args COMMA class_arg { $$ = ast_seq_push(p, $1, $3); }
  ;

class_arg:
    pattern
  | NAME EQUAL pattern
        { $$ = ast_node(p, NODE_keyword, @$); $$->v.keyword.arg = $1;
          $$->v.keyword.value = $3; }
  ;

/* key: pattern pairs as one-entry MatchMapping nodes; `**rest` as a
 * MatchStar (joined by ast_mapping_pattern) */
map_items:
    map_item                { $$ = ast_seq_push(p, ast_seq(p), $1); }
  | map_items COMMA map_item { $$ = ast_seq_push(p, $1, $3); }
  ;

map_item:
    map_key COLON pattern
        { $$ = N(MatchMapping, @$);
          $$->v.MatchMapping.keys = ast_list(ast_seq_push(p, ast_seq(p), $1));
          $$->v.MatchMapping.patterns = ast_list(ast_seq_push(p, ast_seq(p), $3)); }
  | DOUBLESTAR NAME         { $$ = ast_star_pattern(p, $2, @$); }
  ;

map_key:
    signed_number
  | complex_number
  | strings                 { $$ = ast_strings(p, $1, @$); FAIL_IF(!$$); }
  | NONE                    { $$ = ast_const(p, CONST_NONE, @$); }
  | TRUE                    { $$ = ast_const(p, CONST_TRUE, @$); }
  | FALSE                   { $$ = ast_const(p, CONST_FALSE, @$); }
  | attr
  ;

/* ---- expressions ---- */

namedexpr_test:
    test
  | test COLONEQUAL test    { $$ = ast_walrus(p, $1, $3, @$); FAIL_IF(!$$); }
  ;

test:
    or_test
  | or_test IF or_test ELSE test
        { $$ = N(IfExp, @$); $$->v.IfExp.test = $3; $$->v.IfExp.body = $1;
          $$->v.IfExp.orelse = $5; }
  | lambdef
  ;

or_test: and_test | or_chain ;
or_chain:
    and_test OR and_test    { $$ = ast_boolop(p, BOOL_Or, $1, $3, false, @$); FAIL_IF(!$$); }
  | or_chain OR and_test    { $$ = ast_boolop(p, BOOL_Or, $1, $3, true, @$); FAIL_IF(!$$); }
  ;

and_test: not_test | and_chain ;
and_chain:
    not_test AND not_test   { $$ = ast_boolop(p, BOOL_And, $1, $3, false, @$); FAIL_IF(!$$); }
  | and_chain AND not_test  { $$ = ast_boolop(p, BOOL_And, $1, $3, true, @$); FAIL_IF(!$$); }
  ;

not_test:
    NOT not_test            { $$ = ast_unop(p, UOP_Not, $2, @$); FAIL_IF(!$$); }
  | comparison
  ;

comparison: expr | cmp_chain ;
cmp_chain:
    expr comp_op expr       { $$ = ast_compare_new(p, $1, $2, $3, @$); FAIL_IF(!$$); }
  | cmp_chain comp_op expr  { $$ = ast_compare_add(p, $1, $2, $3, @$); FAIL_IF(!$$); }
  ;

comp_op:
    LESS { $$ = CMP_Lt; } | GREATER { $$ = CMP_Gt; } | EQEQUAL { $$ = CMP_Eq; }
  | GREATEREQUAL { $$ = CMP_GtE; } | LESSEQUAL { $$ = CMP_LtE; }
  | NOTEQUAL { $$ = CMP_NotEq; } | IN { $$ = CMP_In; } | NOT IN { $$ = CMP_NotIn; }
  | IS { $$ = CMP_Is; } | IS NOT { $$ = CMP_IsNot; }
  ;

expr:
    xor_expr
  | expr VBAR xor_expr      { $$ = ast_binop(p, $1, OP_BitOr, $3, @$); FAIL_IF(!$$); }
  ;
xor_expr:
    and_expr
  | xor_expr CIRCUMFLEX and_expr { $$ = ast_binop(p, $1, OP_BitXor, $3, @$); FAIL_IF(!$$); }
  ;
and_expr:
    shift_expr
  | and_expr AMPER shift_expr { $$ = ast_binop(p, $1, OP_BitAnd, $3, @$); FAIL_IF(!$$); }
  ;
shift_expr:
    arith
  | shift_expr LEFTSHIFT arith { $$ = ast_binop(p, $1, OP_LShift, $3, @$); FAIL_IF(!$$); }
  | shift_expr RIGHTSHIFT arith { $$ = ast_binop(p, $1, OP_RShift, $3, @$); FAIL_IF(!$$); }
  ;
arith:
    term
  | arith PLUS term         { $$ = ast_binop(p, $1, OP_Add, $3, @$); FAIL_IF(!$$); }
  | arith MINUS term        { $$ = ast_binop(p, $1, OP_Sub, $3, @$); FAIL_IF(!$$); }
  ;
term:
    factor
  | term STAR factor        { $$ = ast_binop(p, $1, OP_Mult, $3, @$); FAIL_IF(!$$); }
  | term SLASH factor       { $$ = ast_binop(p, $1, OP_Div, $3, @$); FAIL_IF(!$$); }
  | term PERCENT factor     { $$ = ast_binop(p, $1, OP_Mod, $3, @$); FAIL_IF(!$$); }
  | term DOUBLESLASH factor { $$ = ast_binop(p, $1, OP_FloorDiv, $3, @$); FAIL_IF(!$$); }
  | term AT factor          { $$ = ast_binop(p, $1, OP_MatMult, $3, @$); FAIL_IF(!$$); }
  ;
factor:
    PLUS factor             { $$ = ast_unop(p, UOP_UAdd, $2, @$); FAIL_IF(!$$); }
  | MINUS factor            { $$ = ast_unop(p, UOP_USub, $2, @$); FAIL_IF(!$$); }
  | TILDE factor            { $$ = ast_unop(p, UOP_Invert, $2, @$); FAIL_IF(!$$); }
  | power
  ;
power:
    await_primary
  | await_primary DOUBLESTAR factor { $$ = ast_binop(p, $1, OP_Pow, $3, @$); FAIL_IF(!$$); }
  ;
await_primary:
    atom_expr
  | AWAIT atom_expr         { $$ = N(Await, @$); $$->v.Await.value = $2; }
  ;

atom_expr:
    atom
  | atom_expr LPAR arglist_opt RPAR
        { $$ = ast_call(p, $1, $3, @$, span(@2, @4)); FAIL_IF(!$$); }
  | atom_expr LSQB subscriptlist RSQB
        { $$ = N(Subscript, @$); $$->v.Subscript.value = $1;
          $$->v.Subscript.slice = $3; $$ = ast_deep(p, $$, $1);
          FAIL_IF(!$$); }
  | atom_expr DOT NAME
        { $$ = N(Attribute, @$); $$->v.Attribute.value = $1;
          $$->v.Attribute.attr = $3; $$ = ast_deep(p, $$, $1);
          FAIL_IF(!$$); }
  ;

atom:
    LPAR RPAR               { $$ = N(Tuple, @$); ast_add_parens($$, 1); }
  | LPAR yield_expr RPAR    { $$ = $2; ast_add_parens($$, 1); }
  | LPAR testlist_comp RPAR
        { $$ = $2; ast_add_parens($$, 1);
          if ($$->end_col_offset == -1) {
              $$->lineno = @$.first_line; $$->col_offset = @$.first_column;
              $$->end_lineno = @$.last_line; $$->end_col_offset = @$.last_column;
          } else if ($$->kind == NODE_Starred) {
              parse_error_node(p, $$, "cannot use starred expression here");
              YYABORT;
          } }
  | LSQB RSQB               { $$ = N(List, @$); }
  | LSQB testlist_comp RSQB
        { Node *t = $2;
          if (t->kind == NODE_GeneratorExp && t->end_col_offset == -1) {
              $$ = N(ListComp, @$); $$->v.ListComp.elt = t->v.GeneratorExp.elt;
              $$->v.ListComp.generators = t->v.GeneratorExp.generators;
          } else {
              $$ = N(List, @$);
              if (t->kind == NODE_Tuple && t->end_col_offset == -1)
                  $$->v.List.elts = t->v.Tuple.elts;
              else
                  $$->v.List.elts = ast_list(ast_seq_push(p, ast_seq(p), t));
          } }
  | LBRACE RBRACE           { $$ = N(Dict, @$); }
  | LBRACE dictorsetmaker RBRACE
        { $$ = $2; $$->lineno = @$.first_line; $$->col_offset = @$.first_column;
          $$->end_lineno = @$.last_line; $$->end_col_offset = @$.last_column; }
  | NAME                    { $$ = ast_name(p, $1, @$); }
  | NUMBER                  { $$ = $1; }
  | strings                 { $$ = ast_strings(p, $1, @$); FAIL_IF(!$$); }
  | ELLIPSIS                { $$ = ast_const(p, CONST_ELLIPSIS, @$); }
  | NONE                    { $$ = ast_const(p, CONST_NONE, @$); }
  | TRUE                    { $$ = ast_const(p, CONST_TRUE, @$); }
  | FALSE                   { $$ = ast_const(p, CONST_FALSE, @$); }
  ;

strings:
    STRING                  { $$ = $1; $$->last = $1; }
  | strings STRING          { $1->last->next = $2; $1->last = $2; $$ = $1; }
  ;

/* The contents of ( ) and [ ]: one element, a comma list (marked as a Tuple
 * whose end_col_offset is -1 until the brackets give it a location), or a
 * generator. */
testlist_comp:
    named_or_star comp_fors
        { FAIL_IF($1->kind == NODE_Starred &&
                  (parse_error_node(p, $1, "iterable unpacking cannot be used in comprehension"), 1));
          $$ = ast_comp(p, NODE_GeneratorExp, $1, NULL, $2, @$);
          $$->end_col_offset = -1; }
  | tc_items
        { $$ = $1->count == 1 ? $1->items[0] : NULL;
          if (!$$) { $$ = N(Tuple, @$); $$->v.Tuple.elts = ast_list($1);
                     $$->end_col_offset = -1; } }
  | tc_items COMMA
        { $$ = N(Tuple, @$); $$->v.Tuple.elts = ast_list($1);
          $$->end_col_offset = -1; }
  ;

tc_items:
    named_or_star           { $$ = ast_seq_push(p, ast_seq(p), $1); }
  | tc_items COMMA named_or_star { $$ = ast_seq_push(p, $1, $3); }
  ;

named_or_star: namedexpr_test | star_expr ;

arglist_opt:
    %empty                  { $$ = ast_seq(p); }
  | arglist                 { $$ = $1; }
  | arglist COMMA           { $$ = $1; $$->comma = true; }
  ;

arglist:
    argument                { $$ = ast_seq_push(p, ast_seq(p), $1); }
  | arglist COMMA argument  { $$ = ast_seq_push(p, $1, $3); }
  ;

argument:
    test
  | test COLONEQUAL test    { $$ = ast_walrus(p, $1, $3, @$); FAIL_IF(!$$); }
  | test comp_fors          { $$ = ast_genexp_arg(p, $1, $2, @$); }
  | test EQUAL test         { $$ = ast_keyword(p, $1, $3, @$, @2); FAIL_IF(!$$); }
  | STAR test               { $$ = ast_starred(p, $2, @$); }
  | DOUBLESTAR test
        { $$ = ast_node(p, NODE_keyword, @$); $$->v.keyword.value = $2; }
  ;

subscriptlist:
    sub_items
        { Node *only = $1->count == 1 ? $1->items[0] : NULL;
          $$ = only && only->kind != NODE_Starred ? only
                                                 : ast_subscript_tuple(p, $1, @$); }
  | sub_items COMMA         { $$ = ast_subscript_tuple(p, $1, @$); }
  ;

sub_items:
    subscript               { $$ = ast_seq_push(p, ast_seq(p), $1); }
  | sub_items COMMA subscript { $$ = ast_seq_push(p, $1, $3); }
  ;

subscript:
    namedexpr_test
  | star_expr
  | opt_test COLON opt_test
        { $$ = ast_slice(p, $1, $3, NULL, $1 ? @$ : span(@2, @$)); }
  | opt_test COLON opt_test COLON opt_test
        { $$ = ast_slice(p, $1, $3, $5, $1 ? @$ : span(@2, @$)); }
  ;

opt_test:
    %empty                  { $$ = NULL; }
  | test
  ;

exprlist:
    el_items                { $$ = $1; }
  | el_items COMMA          { $$ = $1; $$->comma = true; }
  ;

el_items:
    expr_or_star            { $$ = ast_seq_push(p, ast_seq(p), $1); }
  | el_items COMMA expr_or_star { $$ = ast_seq_push(p, $1, $3); }
  ;

expr_or_star: expr | star_expr ;

dictorsetmaker:
    dict_items              { $$ = N(Dict, @$); ast_dict_fill(p, $$, $1); }
  | dict_items COMMA        { $$ = N(Dict, @$); ast_dict_fill(p, $$, $1); }
  | test COLON test comp_fors
        { $$ = ast_comp(p, NODE_DictComp, $1, $3, $4, @$); }
  | DOUBLESTAR expr comp_fors
        { parse_error_at(p, DIAG_SYNTAX, @1.first_line, @1.first_column,
                         @1.last_line, @1.last_column,
                         "dict unpacking cannot be used in dict comprehension");
          YYABORT; }
  | set_items               { $$ = N(Set, @$); $$->v.Set.elts = ast_list($1); }
  | set_items COMMA         { $$ = N(Set, @$); $$->v.Set.elts = ast_list($1); }
  | named_or_star comp_fors
        { FAIL_IF($1->kind == NODE_Starred &&
                  (parse_error_node(p, $1, "iterable unpacking cannot be used in comprehension"), 1));
          $$ = ast_comp(p, NODE_SetComp, $1, NULL, $2, @$); }
  ;

/* Dict entries alternate key, value in the list; a NULL key means `**`. */
dict_items:
    dict_elem               { $$ = ast_seq_push(p, ast_seq(p), $1); }
  | dict_items COMMA dict_elem { $$ = ast_seq_push(p, $1, $3); }
  ;

dict_elem:
    test COLON test
        { $$ = N(Dict, @$);
          $$->v.Dict.keys = ast_list(ast_seq_push(p, ast_seq(p), $1));
          $$->v.Dict.values = ast_list(ast_seq_push(p, ast_seq(p), $3)); }
  | DOUBLESTAR expr
        { $$ = N(Dict, @$);
          $$->v.Dict.keys = ast_list(ast_seq_push(p, ast_seq(p), NULL));
          $$->v.Dict.values = ast_list(ast_seq_push(p, ast_seq(p), $2)); }
  ;

set_items:
    named_or_star           { $$ = ast_seq_push(p, ast_seq(p), $1); }
  | set_items COMMA named_or_star { $$ = ast_seq_push(p, $1, $3); }
  ;

comp_fors:
    comp_for                { $$ = ast_seq_push(p, ast_seq(p), $1); }
  | comp_fors comp_for      { $$ = ast_seq_push(p, $1, $2); }
  ;

comp_for:
    for_target or_test comp_ifs
        { $$ = ast_comprehension(p, $1, $2, $3); }
  | ASYNC for_target or_test comp_ifs
        { $$ = ast_comprehension(p, $2, $3, $4); $$->v.comprehension.is_async = 1; }
  ;

comp_ifs:
    %empty                  { $$ = ast_seq(p); }
  | comp_ifs IF or_test     { $$ = ast_seq_push(p, $1, $3); }
  ;

yield_expr:
    YIELD                   { $$ = N(Yield, @$); }
  | YIELD testlist_star_expr
        { $$ = N(Yield, @$); $$->v.Yield.value = ast_value(p, $2); }
  | YIELD FROM test         { $$ = N(YieldFrom, @$); $$->v.YieldFrom.value = $3; }
  ;

%%

/* Bison's name for token [kind] ("NAME", "'if'", "'('"), for --tokens and
 * messages. */
const char *parse_token_symbol(int kind)
{
    if (kind == T_YYEOF)
        return "ENDMARKER";
    return yysymbol_name(YYTRANSLATE(kind));
}

void yyerror(YYLTYPE *lloc, Parser *p, const char *msg)
{
    /* Only "memory exhausted" (YYMAXDEPTH) arrives here: syntax errors go
     * through yyreport_syntax_error. */
    parse_report_exhausted(p, lloc);
}

static int report(const yypcontext_t *ctx, Parser *p)
{
    yysymbol_kind_t exp[YYNTOKENS];
    int n = yypcontext_expected_tokens(ctx, exp, YYNTOKENS);
    int kinds[YYNTOKENS];
    int m = 0;
    for (int i = 0; i < n && i < YYNTOKENS; i++) {
        /* map symbol numbers back to token kinds */
        for (int k = 0; k <= YYMAXUTOK; k++)
            if (YYTRANSLATE(k) == exp[i]) {
                kinds[m++] = k;
                break;
            }
    }
    parse_report_syntax_error(p, kinds, m);
    return 0;
}

static int yyreport_syntax_error(const yypcontext_t *ctx, Parser *p)
{
    return report(ctx, p);
}
