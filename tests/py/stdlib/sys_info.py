# sys.version_info, sys.flags and sys.implementation are named tuples / a namespace with CPython's field names
import sys

vi = sys.version_info
print(vi[:2], vi.major, vi.minor, vi.releaselevel, vi >= (3, 8), vi < (4,), len(vi), isinstance(vi, tuple), type(vi).__name__)
major, minor, *rest = vi
print(major, minor, len(rest), tuple(vi[:2]) == (vi.major, vi.minor), type(vi))
f = sys.flags
print(type(f), type(f).__name__, len(f), f.debug, f.optimize, f.verbose, f.quiet, f.inspect, f.interactive, f.isolated, f.dev_mode, f.safe_path)
print(isinstance(f.hash_randomization, int), isinstance(f.utf8_mode, int), f[0] == f.debug, isinstance(f, tuple))
print([name for name in ('debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site',
                         'ignore_environment', 'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated',
                         'dev_mode', 'utf8_mode', 'warn_default_encoding', 'safe_path', 'int_max_str_digits') if hasattr(f, name)])
impl = sys.implementation
print(type(impl).__name__, type(impl.name).__name__, impl.name == impl.name.lower(), type(impl.version).__name__, impl.version[:0],
      type(impl.hexversion).__name__, hasattr(impl, 'cache_tag'))
for call in (lambda: type(f)(), lambda: type(vi)()):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
try:
    f.debug = 1
except AttributeError as e:
    print('AttributeError:', e)
try:
    vi.missing
except AttributeError as e:
    print('AttributeError:', e)
