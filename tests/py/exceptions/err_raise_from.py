# an uncaught exception raised from another: both tracebacks, joined by "The above exception was the direct cause"
def lookup(table, key):
    return table[key]
def get_user(uid):
    try:
        return lookup({1: 'ann'}, uid)
    except KeyError as e:
        raise LookupError('no user ' + str(uid)) from e
print(get_user(1))
get_user(2)
