# -*- coding: bogus -*- an encoding CPython does not know: SyntaxError before anything runs
print('never')
