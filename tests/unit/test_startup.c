/* test_startup.c -- what a run of minipy loads before its program asks for
 * anything (issue 18: start-up and footprint).
 *
 * libpcre2-8, libcrypto and libedit are opened by the module that needs
 * them (runtime/dynlib.h), not linked: a program that imports none of
 * re, hashlib or the prompt does not map them. Linking one again (a
 * target_link_libraries in CMakeLists.txt) would cost every run its pages
 * and its relocation, and nothing else would notice; this test does.
 *
 * It runs the minipy binary, as a user does, on a program that reads its
 * own /proc/self/maps before and after each import.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef MINIPY_BIN
#define MINIPY_BIN "minipy"
#endif

static const char program[] =
    "def mapped(name):\n"
    "    with open('/proc/self/maps') as f:\n"
    "        return name in f.read()\n"
    "print(mapped('libpcre2-8'), mapped('libcrypto'), mapped('libedit'))\n"
    "import re\n"
    "print(mapped('libpcre2-8'), re.fullmatch(r'(\\w+)-(\\d+)', 'abc-42').groups())\n"
    "import hashlib\n"
    "print(mapped('libcrypto'), hashlib.sha256(b'x').hexdigest()[:8])\n";

/* The output of minipy running [program] (at most [cap] - 1 bytes). */
static void run_program(char *out, size_t cap) {
    char path[] = "/tmp/minipy_startup_XXXXXX";
    int fd = mkstemp(path);
    cr_assert(fd >= 0);
    cr_assert(write(fd, program, sizeof program - 1) == (ssize_t)(sizeof program - 1));
    close(fd);
    char cmd[256];
    snprintf(cmd, sizeof cmd, "%s %s", MINIPY_BIN, path);
    FILE *p = popen(cmd, "r");
    cr_assert(p);
    size_t n = fread(out, 1, cap - 1, p);
    out[n] = '\0';
    int status = pclose(p);
    unlink(path);
    cr_assert_eq(status, 0, "minipy failed:\n%s", out);
}

Test(startup, libraries_are_opened_by_the_module_that_needs_them) {
    char out[512];
    run_program(out, sizeof out);
    cr_assert_str_eq(out,
                     "False False False\n"
                     "True ('abc', '42')\n"
                     "True 2d711642\n");
}
