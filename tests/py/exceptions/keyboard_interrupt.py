# KeyboardInterrupt is not an Exception: "except Exception" lets it through, finally runs, an outer "except KeyboardInterrupt" gets it
def loop():
    try:
        raise KeyboardInterrupt
    except Exception:
        print('not reached')
    finally:
        print('finally still runs')
try:
    loop()
except KeyboardInterrupt as e:
    print('caught', repr(e), isinstance(e, Exception), isinstance(e, BaseException))
