# except* runs each matching clause once, with its part of the group
import sys
def run(exc):
    try:
        raise exc
    except* ValueError as e:
        print("ValueError part:", repr(e))
        print("  handled:", repr(sys.exc_info()[1]))
    except* (TypeError, KeyError) as e:
        print("Type/Key part:", repr(e))
    except* ZeroDivisionError:
        print("never")
    else:
        print("no else")
    print("after", repr(sys.exc_info()[1]))
run(ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("in", [KeyError(3), ValueError(4)])]))
run(ExceptionGroup("only", [KeyError(5)]))
try:
    pass
except* ValueError:
    print("not run")
else:
    print("else runs")
finally:
    print("finally runs")
