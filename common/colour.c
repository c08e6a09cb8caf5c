/* colour.c -- the palette and the decision to colour (common/colour.h).
 *
 * Serves every lesson watched on a terminal: the narration, tracebacks
 * and --dis all ask here, so they share one look and one rule. Start at
 * colour_wanted(), then colour_write().
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "colour.h"

/* SGR sequences: bold 1, dim 2, blue 34, green 32, magenta 35, red 31. */
static const char *const sgr[COLOUR_ROLES] = {
    [COLOUR_NONE] = "",
    [COLOUR_LABEL] = "\033[34m",
    [COLOUR_NAME] = "\033[1m",
    [COLOUR_VALUE] = "\033[32m",
    [COLOUR_ERROR] = "\033[1;31m",
    [COLOUR_PLACE] = "\033[35m",
    [COLOUR_QUIET] = "\033[2m",
};

const char *colour_start(ColourRole role) { return role < COLOUR_ROLES ? sgr[role] : ""; }

int colour_parse_option(const char *arg, ColourMode *mode, char *err, size_t errlen) {
    const char *v;
    if (strncmp(arg, "--color=", 8) == 0) v = arg + 8;
    else if (strncmp(arg, "--colour=", 9) == 0) v = arg + 9;
    else if (strcmp(arg, "--color") == 0 || strcmp(arg, "--colour") == 0) v = "always";
    else return 0;
    if (strcmp(v, "auto") == 0) *mode = COLOUR_AUTO;
    else if (strcmp(v, "always") == 0) *mode = COLOUR_ALWAYS;
    else if (strcmp(v, "never") == 0) *mode = COLOUR_NEVER;
    else {
        snprintf(err, errlen, "unknown colour setting '%s' (auto, always or never)", v);
        return -1;
    }
    return 1;
}

bool colour_wanted(ColourMode mode, FILE *f) {
    if (mode == COLOUR_ALWAYS) return true;
    if (mode == COLOUR_NEVER || !f) return false;
    const char *no = getenv("NO_COLOR");
    if (no && *no) return false;
    const char *term = getenv("TERM");
    if (term && strcmp(term, "dumb") == 0) return false;
    return isatty(fileno(f)) == 1;
}

void colour_mark(ColourMarks *m, size_t from, size_t to, ColourRole role) {
    if (to <= from || role == COLOUR_NONE || role >= COLOUR_ROLES || m->n == COLOUR_MAX_MARKS) return;
    /* kept sorted by start: a line has a handful, inserted mostly in order */
    int i = m->n++;
    while (i > 0 && m->mark[i - 1].from > from) {
        m->mark[i] = m->mark[i - 1];
        i--;
    }
    m->mark[i] = (ColourMark){(uint32_t)from, (uint32_t)to, (uint8_t)role};
}

/* Walk [text] with [m]: [put] each plain or escape piece to [ctx]. */
static void render(const char *text, size_t len, const ColourMarks *m,
                   void (*put)(void *ctx, const char *s, size_t n), void *ctx) {
    size_t at = 0;
    for (int i = 0; m && i < m->n && at < len; i++) {
        size_t from = m->mark[i].from, to = m->mark[i].to;
        if (from < at) from = at;                /* overlaps the one before: its rest only */
        if (to > len) to = len;
        if (from >= to) continue;
        put(ctx, text + at, from - at);
        const char *start = sgr[m->mark[i].role];
        put(ctx, start, strlen(start));
        put(ctx, text + from, to - from);
        put(ctx, COLOUR_END, sizeof COLOUR_END - 1);
        at = to;
    }
    put(ctx, text + at, len - at);
}

static void put_buf(void *ctx, const char *s, size_t n) { strbuf_append(ctx, s, n); }

static void put_file(void *ctx, const char *s, size_t n) {
    if (n) fwrite(s, 1, n, ctx);
}

void colour_render(StrBuf *out, const char *text, size_t len, const ColourMarks *m) {
    render(text, len, m, put_buf, out);
}

void colour_write(FILE *f, const char *text, size_t len, const ColourMarks *m) {
    render(text, len, m, put_file, f);
}

void colour_fputs(FILE *f, bool on, ColourRole role, const char *text) {
    if (on && role != COLOUR_NONE) fputs(sgr[role], f);
    fputs(text, f);
    if (on && role != COLOUR_NONE) fputs(COLOUR_END, f);
}
