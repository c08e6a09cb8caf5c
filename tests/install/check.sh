#!/bin/sh
# tests/install/check.sh BUILD_DIR -- the install test (issue 12): install
# minipy into a fresh prefix, run the installed copy from another folder, and
# check that it finds its library of Python modules (PREFIX/lib/minipy,
# found from where the executable is) and imports from it.
set -eu
build=$(cd "$1" && pwd)
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
lib=$(cd "$prefix/lib/minipy" && pwd -P)
cd /
got=$("$prefix/bin/minipy" -c '
import sys, importlib
print(sys.path[-1])
print(importlib.__file__ == sys.path[-1] + "/importlib/__init__.py")
print(importlib.import_module("importlib") is importlib)')
want="$lib
True
True"
if [ "$got" != "$want" ]; then
    printf 'install test: the installed minipy printed\n%s\ninstead of\n%s\n' "$got" "$want" >&2
    exit 1
fi
echo "install test: $prefix/bin/minipy finds $lib"
