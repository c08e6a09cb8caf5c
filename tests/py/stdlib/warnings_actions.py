# The five filter actions seen from two modules: "once" and "module" show
# a message once per module (CPython keeps "once" in the module registry
# too), "default" once per line, "always" every time; each module's
# __warningregistry__ holds what it has shown, and is emptied when the
# filters change (its version).
import warnings
src = "import warnings\ndef f():\n    warnings.warn('same text')\n"
g1 = {'__name__': 'mod1'}; exec(compile(src, 'mod1.py', 'exec'), g1)
g2 = {'__name__': 'mod2'}; exec(compile(src, 'mod2.py', 'exec'), g2)
for action in ('once', 'module', 'default', 'always'):
    print('---', action, flush=True)
    warnings.resetwarnings(); warnings.simplefilter(action)
    for g in (g1, g2, g1, g2):
        g['f']()
    print(sorted(map(str, g1['__warningregistry__'].items())), flush=True)
print(warnings.filters)
print(warnings.defaultaction, warnings.onceregistry)
