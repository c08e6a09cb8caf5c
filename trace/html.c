/* html.c -- the browser view (--trace-format=html --trace-out=FILE): one
 * self-contained page that steps through a run, forwards and backwards.
 *
 * Every lesson, on a projector, offline: the source with the current line,
 * the frames as boxes with their variables and cells, the objects as boxes
 * with arrows and reference counts, the narration of each step, and the
 * output so far. The page is written as the program runs: a head with the
 * style sheet, then the steps -- the same steps as Python Tutor's format
 * (trace/pytutor.c), with cells kept as objects so that a closure's
 * late binding shows -- as JSON inside a <script> element, then the
 * program's output and the script that draws it all (trace/html/view.css
 * and view.js, which CMake turns into C strings: gen/html_assets.c).
 *
 * The narration of a step is what the text sink (trace/text.c) says about
 * the events from that step to the next, in the categories of --trace
 * (line, call, scope by default); this sink hands those events to a text
 * sink that writes into a buffer instead of a file.
 */
#include <string.h>

#include "sink.h"
#include "pytutor.h"
#include "names.h"
#include "common/rawmem.h"
#include "runtime/interp.h"
#include "runtime/source.h"
#include "runtime/str.h"

/* trace/html/view.css and view.js, generated into the build folder */
extern const char html_view_css[], html_view_js[];

typedef struct HtmlSink {
    TraceSink base;
    Steps steps;
    uint32_t narrate;             /* the categories narrated */
    TraceSink *text;              /* renders them into `said` */
    StrBuf said;                  /* the narration since the last step */
    StrBuf step;                  /* the last step's JSON, without its closing brace */
    StrBuf buf;
    bool started;                 /* the page's head is written */
    bool open;                    /* `step` holds a step waiting for its narration */
    bool limited;                 /* STEPS_MAX reached: nothing more is recorded */
    uint64_t unsaid;              /* events of this step past NARRATION_KEPT, not narrated */
} HtmlSink;

#define NARRATION_KEPT (64 * 1024)   /* bytes of narration a step keeps */

static void emit(HtmlSink *s) {
    FILE *out = s->base.tracer->out;
    if (s->buf.data && !s->buf.failed) fwrite(s->buf.data, 1, s->buf.len, out);
    strbuf_reset(&s->buf);
}

/* Append [text] as JSON that may sit inside <script> (no "</" in it). */
static void put_json_text(StrBuf *b, const char *text, size_t len) { json_put_string(b, text, len, true); }

/* Copy JSON made for a document into a page: '<' only occurs inside its
 * strings, where \u003c means the same. */
static void put_json_page(StrBuf *b, const StrBuf *json) {
    for (size_t i = 0; i < json->len; i++) {
        if (json->data[i] == '<') strbuf_puts(b, "\\u003c");
        else strbuf_appendc(b, json->data[i]);
    }
}

static void put_html_text(StrBuf *b, const char *s) {
    for (; *s; s++) {
        switch (*s) {
        case '<': strbuf_puts(b, "&lt;"); break;
        case '>': strbuf_puts(b, "&gt;"); break;
        case '&': strbuf_puts(b, "&amp;"); break;
        case '"': strbuf_puts(b, "&quot;"); break;
        default: strbuf_appendc(b, *s);
        }
    }
}

static void begin_page(HtmlSink *s, ThreadState *ts) {
    StrBuf *b = &s->buf;
    const char *file = s->steps.main_file ? s->steps.main_file : "<string>";
    const char *base = strrchr(file, '/') ? strrchr(file, '/') + 1 : file;
    strbuf_puts(b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                   "<link rel=\"icon\" href=\"data:,\">\n<title>minipy: ");
    put_html_text(b, base);
    strbuf_puts(b, "</title>\n<style>\n");
    strbuf_puts(b, html_view_css);
    strbuf_puts(b, "</style>\n</head>\n<body>\n<noscript>This page draws the run with JavaScript: "
                   "turn it on to step through it.</noscript>\n<script type=\"application/json\" "
                   "id=\"minipy-file\">");
    put_json_text(b, base, strlen(base));
    strbuf_puts(b, "</script>\n<script type=\"application/json\" id=\"minipy-source\">");
    size_t len = 0;
    const char *code = s->steps.main_file ? source_text(ts->interp, s->steps.main_file, &len) : NULL;
    put_json_text(b, code ? code : "", code ? len : 0);
    strbuf_puts(b, "</script>\n<script type=\"application/json\" id=\"minipy-steps\">[\n");
    s->started = true;
    emit(s);
}

/* The step in `step` is complete: add its narration and write it. */
static void close_step(HtmlSink *s) {
    if (!s->open) return;
    StrBuf *b = &s->buf;
    if (s->unsaid) strbuf_printf(&s->said, "\u2026 and %llu more events\n", (unsigned long long)s->unsaid);
    s->unsaid = 0;
    put_json_page(b, &s->step);
    strbuf_puts(b, ", \"narration\": ");
    put_json_text(b, s->said.data ? s->said.data : "", s->said.len);
    strbuf_puts(b, "}");
    strbuf_reset(&s->said);
    strbuf_reset(&s->step);
    s->open = false;
    emit(s);
}

static void html_event(TraceSink *sink, ThreadState *ts, const Event *ev) {
    HtmlSink *s = (HtmlSink *)sink;
    /* a child of fork() shares the file: the document is the first process's */
    if (s->limited || ev->process) return;
    const char *name = steps_event(&s->steps, ev);
    if (name) {
        if (!s->started) begin_page(s, ts);
        bool first = s->steps.count == 0;
        close_step(s);
        if (!first) {
            strbuf_puts(&s->buf, ",\n");
            emit(s);
        }
        if (s->steps.count == STEPS_MAX) {
            strbuf_reset(&s->said);
            steps_write_limit(&s->steps, &s->step);
            s->step.len--;                               /* its closing brace */
            s->open = true;
            strbuf_puts(&s->said, "(the run went on; the page shows its first steps)\n");
            close_step(s);
            s->limited = true;
            return;
        }
        steps_write(&s->steps, &s->step, ts, ev, name);
        if (s->step.len) s->step.data[--s->step.len] = '\0';   /* its closing brace */
        s->open = true;
    }
    if (ev->kind != EV_OUTPUT && (trace_event_category[ev->kind] & s->narrate)) {
        /* a step whose events are many (a million dict probes in one call)
         * keeps the first of them */
        if (s->said.len < NARRATION_KEPT) s->text->ops->event(s->text, ts, ev);
        else s->unsaid++;
    }
}

static void html_finish(TraceSink *sink, ThreadState *ts) {
    HtmlSink *s = (HtmlSink *)sink;
    if (ts->interp->process_name[0]) return;    /* a child of fork(): the parent ends the document */
    if (!s->started) begin_page(s, ts);
    s->text->ops->finish(s->text, ts);
    close_step(s);
    StrBuf *b = &s->buf;
    strbuf_puts(b, "\n]</script>\n<script type=\"application/json\" id=\"minipy-stdout\">");
    put_json_text(b, s->steps.out.data ? s->steps.out.data : "", s->steps.out.len);
    strbuf_puts(b, "</script>\n<script>\n");
    strbuf_puts(b, html_view_js);
    strbuf_puts(b, "</script>\n</body>\n</html>\n");
    emit(s);
    fflush(s->base.tracer->out);
}

static void html_free(TraceSink *sink) {
    HtmlSink *s = (HtmlSink *)sink;
    s->text->ops->free(s->text);
    steps_free(&s->steps);
    strbuf_free(&s->said);
    strbuf_free(&s->step);
    strbuf_free(&s->buf);
    rawmem_free(s);
}

static const SinkOps html_ops = {html_event, html_finish, html_free};

TraceSink *html_sink_new(Tracer *t, uint32_t narrate) {
    HtmlSink *s = rawmem_calloc(1, sizeof(HtmlSink));
    if (!s) return NULL;           /* trace_start: no narration */
    s->base = (TraceSink){&html_ops, t};
    s->narrate = narrate;
    steps_init(&s->steps, t, true);
    strbuf_init(&s->said);
    strbuf_init(&s->step);
    strbuf_init(&s->buf);
    s->text = text_sink_new_into(t, &s->said);
    if (!s->text) {
        steps_free(&s->steps);
        rawmem_free(s);
        return NULL;
    }
    return &s->base;
}
