0 42 1_000 0x1F 0o17 0b101 3.14 1e10 .5 5. 1j 2.5J
'a' "b" '''c
d''' r'\n' b'x' rb'y' f'{x}' F"{y!r}" u'z'
'unicode café' ñame
