# FutureWarning for what may become set syntax ([[, --, &&, ~~, ||), once per pattern compiled
import re
for p in ['[[a]', '[+--b]', '[--a]', '[a&&b]', '[a~~b]', '[a||b]', '[^[x]', '[[a]']:
    print(p, re.compile(p).findall('a[b-&~|x'))
