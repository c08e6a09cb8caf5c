/* fuzz_front.c -- libFuzzer harnesses for the front end: the lexer alone
 * (FUZZ_LEXER) and the lexer with the parser and the --ast printer
 * (FUZZ_PARSER). Whatever the bytes, the answer is tokens, a tree or a
 * SyntaxError -- never a crash, a hang or a sanitizer report.
 *
 * Built by -DMINIPY_FUZZ=ON with clang (tests/fuzz/CMakeLists.txt); run by
 * tests/fuzz/run.sh. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "parser/parse.h"
#include "parser/ast.h"
#include "common/diag.h"

static FILE *sink;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (!sink) sink = fopen("/dev/null", "w");
    Diag diag = {0};
#ifdef FUZZ_LEXER
    parse_dump_tokens(sink, (const char *)data, size, "<fuzz>", &diag);
#else
    Arena *arena = arena_new();
    Node *mod = parse_source(arena, (const char *)data, size, "<fuzz>", PARSE_FILE, &diag);
    if (mod) ast_print(sink, mod);
    arena_free(arena);
#endif
    diag_clear(&diag);
    return 0;
}
