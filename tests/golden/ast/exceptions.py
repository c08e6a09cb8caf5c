# try/except/else/finally, raise, assert
try:
    risky()
except ValueError:
    pass
except (TypeError, KeyError) as e:
    handle(e)
except:
    raise
else:
    ok()
finally:
    done()
try:
    pass
finally:
    pass
raise
raise ValueError
raise ValueError('x') from err
raise X from None
assert x
assert x, 'message'
