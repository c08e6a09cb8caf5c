# nested try statements: the inner finally runs before the outer handler; an inner handler can raise a new error caught outside
def run(kind):
    try:
        try:
            print('  inner try', kind)
            if kind == 'value':
                raise ValueError('v')
            if kind == 'key':
                raise KeyError('k')
        except ValueError:
            print('  inner handles ValueError, raises TypeError')
            raise TypeError('from inner handler')
        finally:
            print('  inner finally')
        print('  after inner try')
    except (TypeError, KeyError) as e:
        print('  outer caught', repr(e), 'context', repr(e.__context__))
    finally:
        print('  outer finally')

for kind in ['none', 'value', 'key']:
    run(kind)
