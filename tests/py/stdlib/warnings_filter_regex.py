# warnings.filterwarnings with a message regex (case-insensitive, matched at the start) and a module regex
import warnings

warnings.filterwarnings('ignore', message='deprecated: ')
warnings.filterwarnings('error', message=r'.*fatal \d+')
warnings.filterwarnings('ignore', category=UserWarning, module='nomatch.*')
warnings.warn('Deprecated: this one is dropped')
warnings.warn('kept, shown once')
try:
    warnings.warn('a Fatal 42 here')
except UserWarning as e:
    print('raised', e)
warnings.warn('not fatal x')
with warnings.catch_warnings(record=True) as got:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', message='skip')
    warnings.warn('skip me')
    warnings.warn('record me')
print([str(w.message) for w in got])
print([f[0] for f in warnings.filters[:3]], warnings.filters[0][1].pattern, warnings.filters[0][1].flags)
