/* test_repl.c -- the interactive prompt on a real terminal (vm/repl.c):
 * line editing and history through libedit, pre-indented continuation
 * lines, the history file in $HOME, exit's hint, Ctrl-C and Ctrl-D, and
 * --trace per entry.
 *
 * Each test starts the minipy binary on a pseudo-terminal (forkpty()), with
 * HOME pointing at a fresh folder, types keys into it and reads what the
 * terminal shows. Nothing waits a fixed time: expect() reads until the text
 * it wants has appeared (or a generous deadline passes), so a loaded CI
 * machine or an AddressSanitizer build only makes the test slower.
 */
#include <criterion/criterion.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#define DEADLINE_MS 30000         /* per expected text: ASan under load is slow */
#define UP "\033[A"
#define CTRL_C "\003"
#define CTRL_D "\004"

typedef struct {
    pid_t pid;
    int fd;                       /* the terminal's master side */
    char home[64];
    char buf[1 << 16];            /* all the terminal showed, NUL-terminated */
    size_t len, seen;             /* expect() searches from [seen] on */
} Session;

static long now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

/* Start `minipy [arg]` on a new terminal with HOME=[home] (NULL: a new
 * empty folder). */
static void start(Session *s, const char *home, const char *arg) {
    memset(s, 0, sizeof *s);
    if (home) {
        snprintf(s->home, sizeof s->home, "%s", home);
    } else {
        strcpy(s->home, "/tmp/minipy-repl-XXXXXX");
        cr_assert_not_null(mkdtemp(s->home));
    }
    struct winsize ws = {.ws_row = 24, .ws_col = 100};
    s->pid = forkpty(&s->fd, NULL, NULL, &ws);
    cr_assert_geq(s->pid, 0, "forkpty: %s", strerror(errno));
    if (s->pid == 0) {
        setenv("HOME", s->home, 1);
        setenv("TERM", "xterm", 1);
        setenv("NO_COLOR", "1", 1);   /* colour is test_terminal's subject: plain text here */
        if (arg) execl(MINIPY_BIN, "minipy", arg, (char *)NULL);
        else execl(MINIPY_BIN, "minipy", (char *)NULL);
        _exit(127);
    }
}

/* Read what the terminal shows until [text] appears after what earlier
 * calls matched; false when the deadline passes or minipy has gone. */
static bool expect(Session *s, const char *text) {
    long end = now_ms() + DEADLINE_MS;
    for (;;) {
        char *at = strstr(s->buf + s->seen, text);
        if (at) {
            s->seen = (size_t)(at - s->buf) + strlen(text);
            return true;
        }
        long left = end - now_ms();
        if (left <= 0 || s->len + 1 >= sizeof s->buf) return false;
        struct pollfd p = {.fd = s->fd, .events = POLLIN};
        int r = poll(&p, 1, (int)left);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) return false;
        ssize_t n = read(s->fd, s->buf + s->len, sizeof s->buf - 1 - s->len);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;            /* EIO: the other side is closed */
        s->len += (size_t)n;
        s->buf[s->len] = '\0';
    }
}

/* Wait until libedit has put the terminal in raw mode (the master side
 * sees the terminal's settings): libedit shows the prompt first, and a
 * Ctrl-D typed before the switch is the cooked terminal's end-of-file
 * marker, which the switch drops. */
static void wait_raw(Session *s) {
    long end = now_ms() + DEADLINE_MS;
    struct termios t;
    while (tcgetattr(s->fd, &t) == 0 && (t.c_lflag & ICANON) && now_ms() < end) {
        struct timespec pause = {0, 5 * 1000 * 1000};
        nanosleep(&pause, NULL);
    }
}

static void type(Session *s, const char *keys) {
    wait_raw(s);
    size_t n = strlen(keys);
    cr_assert_eq(write(s->fd, keys, n), (ssize_t)n);
}

#define EXPECT(s, text) \
    cr_assert(expect(s, text), "the terminal never showed \"%s\"; it showed:\n%s", text, (s)->buf + (s)->seen)

/* Wait for minipy to end (reading what it still writes, so that it never
 * blocks on a full terminal); its exit status, or -1 when it was killed. */
static int finish(Session *s) {
    long end = now_ms() + DEADLINE_MS;
    int status;
    while (waitpid(s->pid, &status, WNOHANG) == 0) {
        if (now_ms() > end) {
            fprintf(stderr, "minipy did not end; the terminal showed:\n%s\n", s->buf + s->seen);
            kill(s->pid, SIGKILL);
            waitpid(s->pid, &status, 0);
            break;
        }
        struct pollfd p = {.fd = s->fd, .events = POLLIN};
        if (poll(&p, 1, 50) > 0) {
            char junk[4096];
            if (read(s->fd, junk, sizeof junk) <= 0) {
                waitpid(s->pid, &status, 0);
                break;
            }
        }
    }
    close(s->fd);
    if (WIFSIGNALED(status)) fprintf(stderr, "minipy died of signal %d\n", WTERMSIG(status));
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* The contents of $HOME/.minipy_history (malloc'd), or NULL. */
static char *history_file(const Session *s) {
    char path[128];
    snprintf(path, sizeof path, "%s/.minipy_history", s->home);
    FILE *f = fopen(path, "r");
    if (!f) return NULL;
    char *text = calloc(1, 1 << 16);
    size_t n = fread(text, 1, (1 << 16) - 1, f);
    text[n] = '\0';
    fclose(f);
    return text;
}

static void remove_home(const Session *s) {
    char path[128];
    snprintf(path, sizeof path, "%s/.minipy_history", s->home);
    unlink(path);
    rmdir(s->home);
}

Test(repl, history_editing_and_exit_hint, .timeout = 180) {
    Session s;
    start(&s, NULL, NULL);
    EXPECT(&s, ">>> ");
    type(&s, "print(6*7)\r");
    EXPECT(&s, "42\r\n");
    EXPECT(&s, ">>> ");
    /* up-arrow brings the line back; Enter runs it again */
    type(&s, UP);
    EXPECT(&s, "print(6*7)");
    type(&s, "\r");
    EXPECT(&s, "42\r\n");
    EXPECT(&s, ">>> ");
    /* bare exit is an object whose repr is the hint */
    type(&s, "exit\r");
    EXPECT(&s, "Use exit() or Ctrl-D (i.e. EOF) to exit\r\n");
    EXPECT(&s, ">>> ");
    type(&s, CTRL_D);
    cr_expect_eq(finish(&s), 0);
    char *hist = history_file(&s);
    cr_assert_not_null(hist, "no ~/.minipy_history was written");
    cr_expect(strstr(hist, "print(6*7)"), "the history file lacks the line typed:\n%s", hist);
    cr_expect(strstr(hist, "exit"), "the history file lacks the last line typed:\n%s", hist);
    free(hist);
    remove_home(&s);
}

/* A block typed line by line: the body line is offered four spaces, so
 * typing it flush would be an IndentationError without them; Enter on the
 * offered indentation alone ends the block. */
Test(repl, continuation_lines_are_indented, .timeout = 180) {
    Session s;
    start(&s, NULL, NULL);
    EXPECT(&s, ">>> ");
    type(&s, "for i in range(3):\r");
    EXPECT(&s, "... ");
    type(&s, "if i:\r");
    EXPECT(&s, "... ");
    type(&s, "print(i * 10)\r");
    EXPECT(&s, "... ");
    type(&s, "\r");
    EXPECT(&s, "10\r\n20\r\n");
    EXPECT(&s, ">>> ");
    type(&s, CTRL_D);
    cr_expect_eq(finish(&s), 0);
    char *hist = history_file(&s);
    cr_assert_not_null(hist);
    /* libedit writes a space as \040: the body was kept with its indentation */
    cr_expect(strstr(hist, "\\040\\040\\040\\040\\040\\040\\040\\040print(i"),
              "the nested line was not indented by 8:\n%s", hist);
    free(hist);
    remove_home(&s);
}

/* The history outlives the session: the next one's up-arrow finds it. */
Test(repl, history_survives_a_restart, .timeout = 180) {
    Session s;
    start(&s, NULL, NULL);
    EXPECT(&s, ">>> ");
    type(&s, "answer = 41\r");
    EXPECT(&s, ">>> ");
    type(&s, CTRL_D);
    cr_expect_eq(finish(&s), 0);
    char home[64];
    snprintf(home, sizeof home, "%s", s.home);
    start(&s, home, NULL);
    EXPECT(&s, ">>> ");
    type(&s, UP "\r");
    EXPECT(&s, ">>> ");
    type(&s, "answer + 1\r");
    EXPECT(&s, "42\r\n");
    type(&s, "exit(3)\r");
    cr_expect_eq(finish(&s), 3, "exit(3) at the prompt should end minipy with status 3");
    remove_home(&s);
}

/* A HOME where no history can be kept: the prompt works all the same. */
Test(repl, unwritable_home, .timeout = 180) {
    Session s;
    start(&s, "/nonexistent/minipy-home", NULL);
    EXPECT(&s, ">>> ");
    type(&s, "1 + 1\r");
    EXPECT(&s, "2\r\n");
    EXPECT(&s, ">>> ");
    type(&s, UP "\r");
    EXPECT(&s, "2\r\n");
    type(&s, "quit()\r");
    cr_expect_eq(finish(&s), 0);
}

/* Ctrl-C drops the line being typed and gives a new prompt, as CPython's. */
Test(repl, ctrl_c_drops_the_entry, .timeout = 180) {
    Session s;
    start(&s, NULL, NULL);
    EXPECT(&s, ">>> ");
    type(&s, "if True:\r");
    EXPECT(&s, "... ");
    type(&s, CTRL_C);
    EXPECT(&s, "KeyboardInterrupt");
    EXPECT(&s, ">>> ");
    type(&s, "print('still here')\r");
    EXPECT(&s, "still here\r\n");
    type(&s, CTRL_D);
    cr_expect_eq(finish(&s), 0);
    remove_home(&s);
}

/* --trace narrates each entry as it runs. */
Test(repl, trace_per_entry, .timeout = 180) {
    Session s;
    start(&s, NULL, "--trace=line");
    EXPECT(&s, ">>> ");
    type(&s, "x = 5\r");
    EXPECT(&s, "line   <stdin>:1");
    EXPECT(&s, ">>> ");
    type(&s, "print(x * 2)\r");
    EXPECT(&s, "line   <stdin>:1");
    EXPECT(&s, "10\r\n");
    type(&s, CTRL_D);
    cr_expect_eq(finish(&s), 0);
    remove_home(&s);
}

/* A `from __future__ import` typed at the prompt holds for the entries
 * after it, as in CPython's interactive loop: annotations stay text. */
Test(repl, future_import_lasts_the_session, .timeout = 180) {
    Session s;
    start(&s, NULL, NULL);
    EXPECT(&s, ">>> ");
    type(&s, "from __future__ import annotations\r");
    EXPECT(&s, ">>> ");
    type(&s, "def f(x: nope) -> Later: pass\r");
    EXPECT(&s, "... ");
    type(&s, "\r");
    EXPECT(&s, ">>> ");
    type(&s, "f.__annotations__\r");
    EXPECT(&s, "{'x': 'nope', 'return': 'Later'}\r\n");
    EXPECT(&s, ">>> ");
    type(&s, CTRL_D);
    cr_expect_eq(finish(&s), 0);
    remove_home(&s);
}
