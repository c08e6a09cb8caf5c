/* main.c -- the command line: minipy [options] FILE [args...]
 *
 * Lesson 2 (the pipeline): --tokens, --ast and --dis stop after one stage
 * and print what it produced; --trace runs the program and narrates it.
 * Everything else goes through the embedding API in vm/run.h.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "run.h"
#include "runtime/code.h"
#include "dis.h"
#include "trace/tracer.h"
#include "parser/parse.h"
#include "runtime/interp.h"
#include "runtime/exceptions.h"
#include "runtime/source.h"
#include "runtime/signals.h"
#include "runtime/limits.h"
#include "runtime/gil.h"

static const char usage[] =
    "usage: minipy [options] FILE [args...]   run a program\n"
    "       minipy [options] -c CODE [args]   run a string\n"
    "       minipy                            interactive prompt\n"
    "options:\n"
    "  --tokens               print the token stream and stop\n"
    "  --ast                  print the syntax tree and stop\n"
    "  --dis                  print the bytecode of every code object and stop\n"
    "  --dis --adaptive       run the program, then print its bytecode as the run left it:\n"
    "                         the specialised instructions and what their caches hold\n"
    "  --trace[=CATS]         run and narrate events to stderr; CATS is a comma\n"
    "                         list of line, call, scope, op, dict, dict:all,\n"
    "                         mem, mem:all, gc, import, gil, async,\n"
    "                         all (= line,call,scope,op)\n"
    "                         (bare --trace: line,call,scope)\n"
    "  --trace-format=FMT     text (default), json (one JSON object per line),\n"
    "                         pytutor (Python Tutor's trace: one JSON document) or\n"
    "                         html (a page that steps through the run; needs\n"
    "                         --trace-out; CATS choose its narration)\n"
    "  --trace-out=FILE       write the narration to FILE instead of stderr\n"
    "  --trace-times=no       leave timings out, so two runs narrate alike\n"
    "  --trace-only=F[,G]     narrate only while a call of F (or G) is running: its\n"
    "                         own events and those of everything it calls; a name\n"
    "                         with a dot ends a qualified name (Cls.meth,\n"
    "                         outer.<locals>.inner), one without is a plain name\n"
    "                         (meth: every class's meth)\n"
    "  --trace-lines=A-B      narrate only what happens on lines A to B of the main\n"
    "                         script (a call or return: its line or its caller's)\n"
    "  --step                 pause at each event of the --trace categories\n"
    "                         (line by default) and read pdb's commands:\n"
    "                         s n r c b w p l locals globals stack q (h lists\n"
    "                         them); the session goes to stdout (or --trace-out).\n"
    "                         breakpoint() in the program stops there too; under\n"
    "                         --trace it pauses the narration; PYTHONBREAKPOINT=0\n"
    "                         turns it off\n"
    "  --step-commands=FILE   read the stepper's commands from FILE (-: stdin);\n"
    "                         without it: stdin if it is a terminal, else the\n"
    "                         terminal (/dev/tty), else stdin. When they end, the\n"
    "                         program runs on to its end\n"
    "  --switch-every=N       hand the GIL to the next thread every N instructions,\n"
    "                         in a fixed order: the same interleaving on every run\n"
    "  --max-steps=N          end the program after N instructions\n"
    "  --max-seconds=S        end the program after S seconds of CPU time\n"
    "  --max-wall=S           end the program after S seconds of wall-clock time\n"
    "                         (threads that wait for ever use no CPU time)\n"
    "  --max-output=KB        end the program when it has written KB kilobytes\n"
    "  --max-memory=MB        end the program when it would use more than MB megabytes\n"
    "                         of memory (the interpreter's own included)\n"
    "                         (a limit reached: a report on stderr, exit status 124;\n"
    "                         no except or finally of the program runs after it)\n"
    "  --sandbox              open() only reads, only in the script's folder;\n"
    "                         import only from the start-up sys.path\n"
    "  --color=WHEN           colour the narration, tracebacks and --dis: auto (the\n"
    "                         default: on a terminal, unless NO_COLOR is set),\n"
    "                         always or never\n"
    "  -h, --help             show this help\n"
    "  -V, --version          show the version\n";

typedef enum { MODE_RUN, MODE_TOKENS, MODE_AST, MODE_DIS } Mode;

static int bad_usage(const char *fmt, const char *arg) {
    fprintf(stderr, "minipy: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\n%s", usage);
    return 2;
}

/* --tokens, --ast, --dis: one stage of the pipeline, printed. */
static int show_stage(Mode mode, const Program *p) {
    const char *src, *name;
    size_t len;
    if (!p->code && !p->file) return bad_usage("%s", "--tokens, --ast and --dis need a FILE or -c CODE");
    Interp *interp = run_interp_for(p);
    if (!interp) return 1;
    ThreadState *ts = interp_main_thread(interp);
    int status = 0;
    if (p->code) {
        src = p->code;
        len = strlen(p->code);
        name = "<string>";
    } else {
        src = source_text(interp, p->file, &len);
        name = p->file;
        if (!src) {
            fprintf(stderr, "minipy: can't open file '%s'\n", p->file);
            interp_free(interp);
            return 2;
        }
    }
    RunMode run_mode = p->code ? RUN_EXEC : RUN_EXEC_FILE;
    Diag diag = {0};
    if (mode == MODE_TOKENS) {
        if (parse_dump_tokens(stdout, src, len, name, &diag) < 0) status = 1;
    } else if (mode == MODE_AST) {
        Arena *arena = arena_new();
        Node *mod = arena ? parse_source(arena, src, len, name, p->code ? PARSE_FILE : PARSE_FILE_READ, &diag) : NULL;
        if (mod) ast_print(stdout, mod);
        else status = 1;
        if (!arena) diag_no_memory(&diag);
        arena_free(arena);
    } else {
        Object *co = run_compile(ts, src, len, name, run_mode);
        if (co) {
            dis_code(ts, stdout, (CodeObject *)co, false, NULL);
            DECREF(co);
        } else {
            status = run_handle_exit(ts);
        }
    }
    if (diag.set) {
        fflush(stdout);
        /* print it as CPython would: through a real SyntaxError */
        Object *co = run_compile(ts, src, len, name, run_mode);
        XDECREF(co);
        status = run_handle_exit(ts);
        if (status == 0) status = 1;
    }
    diag_clear(&diag);
    fflush(stdout);
    interp_free(interp);
    return status;
}

int main(int argc, char **argv) {
    Mode mode = MODE_RUN;
    const char *code = NULL, *file = NULL;
    bool trace = false, adaptive = false;
    const char *trace_spec = NULL, *trace_out = NULL;
    TraceFormat trace_format = TRACE_TEXT;
    bool trace_times = true;
    bool step = false;
    const char *step_commands = NULL;
    Limits limits = {0};
    char limit_err[160];
    int limit;
    uint64_t switch_every = 0;
    ColourMode colour = COLOUR_AUTO;
    TraceFilter filter = {0};
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || strcmp(a, "-") == 0) break;
        if (strcmp(a, "--") == 0) { i++; break; }
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            fputs(usage, stdout);
            return 0;
        }
        if (strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0) {
            printf("minipy %s\n", MINIPY_VERSION);
            return 0;
        }
        if (strcmp(a, "-c") == 0) {
            if (i + 1 >= argc) return bad_usage("%s requires an argument", "-c");
            code = argv[++i];
            i++;
            break;
        }
        if (strcmp(a, "--tokens") == 0) mode = MODE_TOKENS;
        else if (strcmp(a, "--ast") == 0) mode = MODE_AST;
        else if (strcmp(a, "--dis") == 0) mode = MODE_DIS;
        else if (strcmp(a, "--adaptive") == 0) adaptive = true;
        else if (strcmp(a, "--trace") == 0) trace = true;
        else if (strncmp(a, "--trace=", 8) == 0) { trace = true; trace_spec = a + 8; }
        else if (strncmp(a, "--trace-format=", 15) == 0) {
            if (strcmp(a + 15, "json") == 0) trace_format = TRACE_JSON;
            else if (strcmp(a + 15, "text") == 0) trace_format = TRACE_TEXT;
            else if (strcmp(a + 15, "pytutor") == 0) trace_format = TRACE_PYTUTOR;
            else if (strcmp(a + 15, "html") == 0) trace_format = TRACE_HTML;
            else return bad_usage("unknown trace format '%s' (text, json, pytutor or html)", a + 15);
        } else if (strncmp(a, "--trace-out=", 12) == 0) trace_out = a + 12;
        else if (strcmp(a, "--trace-times=no") == 0) trace_times = false;
        else if (strcmp(a, "--trace-times=yes") == 0) trace_times = true;
        else if (strcmp(a, "--step") == 0) step = true;
        else if (strncmp(a, "--step-commands=", 16) == 0) step_commands = a + 16;
        else if ((limit = limits_parse_option(a, &limits, limit_err, sizeof limit_err)) != 0) {
            if (limit < 0) return bad_usage("%s", limit_err);
        } else if ((limit = gil_parse_option(a, &switch_every, limit_err, sizeof limit_err)) != 0) {
            if (limit < 0) return bad_usage("%s", limit_err);
        } else if ((limit = colour_parse_option(a, &colour, limit_err, sizeof limit_err)) != 0) {
            if (limit < 0) return bad_usage("%s", limit_err);
        } else if ((limit = trace_parse_filter_option(a, &filter, limit_err, sizeof limit_err)) != 0) {
            if (limit < 0) return bad_usage("%s", limit_err);
            trace = true;          /* a filter narrates: bare --trace's categories unless given */
        }
        else return bad_usage("unknown option '%s'", a);
    }
    if (!code && i < argc) file = argv[i];
    if (adaptive && mode != MODE_DIS) return bad_usage("%s", "--adaptive goes with --dis");
    if (adaptive) {
        if (!code && !file) return bad_usage("%s", "--dis --adaptive needs a FILE or -c CODE");
        mode = MODE_RUN;          /* the program runs; the listing follows (vm/run.c) */
    }

    /* the step views record a run on their own: no --trace needed */
    if (trace_format == TRACE_PYTUTOR || trace_format == TRACE_HTML) trace = true;
    if (trace_format == TRACE_HTML && !trace_out)
        return bad_usage("%s", "--trace-format=html writes a page: name it with --trace-out=FILE");
    uint32_t mask = 0;
    if (trace) {
        char err[160];
        if (!trace_parse_categories(trace_spec, &mask, err, sizeof err)) return bad_usage("%s", err);
    }
    if (step || step_commands) {
        if (!trace) mask = TRACE_LINE;              /* --step alone stops at each line */
        if (trace_format != TRACE_TEXT) return bad_usage("%s", "--step shows events as text: no --trace-format");
        if (!code && !file) return bad_usage("%s", "--step needs a FILE or -c CODE");
    }

    /* sys.argv: the script (or '-c') and its arguments */
    char **sys_argv = calloc((size_t)argc + 2, sizeof(char *));
    if (!sys_argv) return 1;
    int sys_argc = 0;
    if (code) sys_argv[sys_argc++] = "-c";
    for (int k = i; k < argc; k++) sys_argv[sys_argc++] = argv[k];
    if (sys_argc == 0) sys_argv[sys_argc++] = "";
    Program program = {.file = file, .code = code, .argc = sys_argc, .argv = sys_argv, .limits = &limits,
                       .switch_every = switch_every, .colour = colour, .dis_adaptive = adaptive};
    int status;
    if (mode != MODE_RUN) {
        status = show_stage(mode, &program);
    } else {
        TraceOptions opt = {.mask = mask, .format = trace_format, .out = stderr, .show_times = trace_times,
                            .filter = filter};
        if (step || step_commands) {
            /* the session goes to stdout, between the program's own output;
             * --trace with --step-commands alone: the narration goes on (to
             * stderr) and breakpoint() pauses it there */
            opt.step = step ? STEP_FROM_START : trace ? STEP_NARRATING : STEP_WAITING;
            if (opt.step != STEP_NARRATING) opt.out = stdout;
            if (step_commands && strcmp(step_commands, "-") == 0) {
                opt.step_in = stdin;
            } else if (step_commands) {
                opt.step_in = fopen(step_commands, "r");
                opt.owns_step_in = true;
                if (!opt.step_in) {
                    fprintf(stderr, "minipy: can't open the stepper's commands '%s'\n", step_commands);
                    free(sys_argv);
                    return 2;
                }
            }
            trace = true;
        }
        if (trace && trace_out) {
            opt.out = fopen(trace_out, "w");
            opt.owns_out = true;
            if (!opt.out) {
                fprintf(stderr, "minipy: can't open trace output '%s'\n", trace_out);
                free(sys_argv);
                return 2;
            }
        }
        if (trace) program.trace = &opt;
        status = run_program(&program);
    }
    free(sys_argv);
    if (program.interrupted) signals_exit_interrupted();   /* as CPython: killed by SIGINT */
    return status;
}
