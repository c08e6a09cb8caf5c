# an exception raised in finally replaces the one in flight (which becomes its context)
def cleanup():
    try:
        raise ValueError('original')
    finally:
        print('cleaning up')
        [].pop()
cleanup()
