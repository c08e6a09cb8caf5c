/* sandbox.c -- `--sandbox`: the checks open() and import make for a program
 * that is not trusted (the policy is in sandbox.h; the README says what it
 * does not protect against).
 *
 * A path is judged by where it really leads: realpath() follows every link
 * and removes every "..", and the result must lie under one of the folders
 * resolved at start-up. So `open('../../etc/passwd')` and a link from the
 * script's folder to /etc are both refused. The program cannot make a link
 * (it cannot write at all), but another process could swap one in between
 * the check and the open: the sandbox is a teacher's safety net against
 * mistakes and casual mischief, not a wall against an attacker, which is why
 * the README recommends OS isolation (a container, bubblewrap, nsjail) on
 * top.
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "sandbox.h"
#include "interp.h"
#include "exceptions.h"
#include "list.h"
#include "str.h"

struct Sandbox {
    char *open_root;         /* the script's folder, resolved; NULL if it cannot be */
    size_t nroots;
    char **import_roots;     /* sys.path at start-up, resolved */
};

/* [dir] with every link followed ("" is the current folder): a malloc'd
 * string, or NULL if it does not exist. */
static char *resolve(const char *dir) { return realpath(*dir ? dir : ".", NULL); }

/* Does [path] lie in [root] or below? ("/x/ab" is not under "/x/a".) */
static bool under(const char *path, const char *root) {
    size_t n = strlen(root);
    if (n == 1 && root[0] == '/') return true;
    return strncmp(path, root, n) == 0 && (path[n] == '/' || path[n] == '\0');
}

int sandbox_start(Interp *interp) {
    Sandbox *sb = calloc(1, sizeof *sb);
    if (!sb) return -1;
    interp->sandbox = sb;
    Object *path = interp->sys_path;
    size_t n = path ? LIST_SIZE(path) : 0;
    if (n && str_check(LIST_GET(path, 0))) sb->open_root = resolve(STR_DATA(LIST_GET(path, 0)));
    sb->import_roots = calloc(n ? n : 1, sizeof(char *));
    if (!sb->import_roots) return -1;
    for (size_t i = 0; i < n; i++) {
        Object *entry = LIST_GET(path, i);
        if (!str_check(entry)) continue;
        char *real = resolve(STR_DATA(entry));
        if (real) sb->import_roots[sb->nroots++] = real;
    }
    return 0;
}

void sandbox_free(Interp *interp) {
    Sandbox *sb = interp->sandbox;
    if (!sb) return;
    for (size_t i = 0; i < sb->nroots; i++) free(sb->import_roots[i]);
    free(sb->import_roots);
    free(sb->open_root);
    free(sb);
    interp->sandbox = NULL;
}

/* Where [path] really leads, in [*real] (malloc'd). 1: resolved; 0: there
 * is nothing there (opening it will fail on its own); -1: it cannot be
 * told (out of memory, a loop of links...), which the caller refuses. */
static int where_it_leads(const char *path, char **real) {
    *real = realpath(path, NULL);
    if (*real) return 1;
    return errno == ENOENT || errno == ENOTDIR ? 0 : -1;
}

int sandbox_check_open(ThreadState *ts, Object *path, char base, bool plus) {
    Sandbox *sb = ts->interp->sandbox;
    if (!sb) return 0;
    if (base != 'r' || plus) {
        err_format(ts, &ExcPermissionError, "minipy --sandbox: files may only be opened for reading, not %R",
                   path);
        return -1;
    }
    char *real;
    int found = where_it_leads(STR_DATA(path), &real);
    if (found == 0) return 0;
    bool inside = found > 0 && sb->open_root && under(real, sb->open_root);
    free(real);
    if (inside) return 0;
    err_format(ts, &ExcPermissionError, "minipy --sandbox: only files in the script's folder may be read, not %R",
               path);
    return -1;
}

int sandbox_check_import(ThreadState *ts, const char *path) {
    Sandbox *sb = ts->interp->sandbox;
    if (!sb) return 0;
    char *real;
    int found = where_it_leads(path, &real);
    bool inside = false;
    for (size_t i = 0; found > 0 && i < sb->nroots && !inside; i++) inside = under(real, sb->import_roots[i]);
    if (found > 0) free(real);
    if (inside) return 0;
    err_format(ts, &ExcImportError,
               "minipy --sandbox: modules may only be loaded from the folders sys.path held at start-up, not from '%s'",
               path);
    return -1;
}
