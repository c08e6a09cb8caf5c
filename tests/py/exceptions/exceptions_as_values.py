# exceptions are ordinary objects: stored, compared by identity, raised later, inspected with isinstance; the same instance re-raised
errors = []
for text in ['1', 'x', '3', '']:
    try:
        errors.append(int(text))
    except ValueError as e:
        errors.append(e)
print([type(v).__name__ for v in errors])
print([str(v) for v in errors if isinstance(v, Exception)])
saved = KeyError('saved')
for attempt in range(2):
    try:
        raise saved
    except KeyError as e:
        print(attempt, e is saved, repr(e))
def make(kind):
    return {'v': ValueError, 't': TypeError}[kind]('made ' + kind)
try:
    raise make('t')
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
