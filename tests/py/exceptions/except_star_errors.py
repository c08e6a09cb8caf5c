# run-time errors of except*: a group class, or a class that is no exception
for t in [ExceptionGroup, BaseExceptionGroup, (ValueError, ExceptionGroup), int, (ValueError, 3)]:
    try:
        try:
            raise ValueError(1)
        except* t:
            pass
    except TypeError as e:
        print(type(e).__name__, e)
        print("  context:", repr(e.__context__))
