/* dis.h -- the disassembler behind --dis, and the one instruction
 * formatter that --trace=op shares with it. */
#ifndef MINIPY_DIS_H
#define MINIPY_DIS_H

#include <stdio.h>
#include "runtime/code.h"
#include "common/strbuf.h"
#include "common/colour.h"

/* Append instruction [index] of [co] in `python -m dis` layout:
 * "  3     >>  12 LOAD_FAST                0 (x)". [show_line]: print the
 * line number column (the first instruction of a line). */
void dis_instruction(ThreadState *ts, StrBuf *out, CodeObject *co, int index, bool show_line,
                     bool is_target);
/* dis_instruction(), recording its coloured parts in [marks] (NULL: none)
 * as byte ranges of [out] (common/colour.h): --dis on a terminal.
 * [adaptive]: name the specialised form the instruction has now, and what
 * its inline cache holds (--dis --adaptive); otherwise its family, the
 * instruction the compiler emitted. */
void dis_instruction_marked(ThreadState *ts, StrBuf *out, CodeObject *co, int index, bool show_line,
                            bool is_target, bool adaptive, ColourMarks *marks);
/* The argument explanation of instruction [index] ("x", "to 12", "+"). */
void dis_argrepr(ThreadState *ts, StrBuf *out, CodeObject *co, int index);
/* Print [co] and then every code object nested in its constants.
 * [adaptive]: as the program left them (see dis_instruction_marked).
 * [file]: the file name the headers show (NULL: each code's own). */
void dis_code(ThreadState *ts, FILE *out, CodeObject *co, bool adaptive, const char *file);

#endif
